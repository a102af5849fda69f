import { redirect } from "next/navigation";

export default function AdminHome() {
  redirect("/quan-tri/don-vi");
}
