import { RenderedPerRequest } from "@/components/rendered-per-request";

export default RenderedPerRequest;
