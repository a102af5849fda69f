// autocannon ships no types; only what the benchmarks read.
declare module "autocannon" {
  type Request = { method?: string; path: string; headers?: Record<string, string> };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    /** Sent in this order on each connection, over and over. */
    requests?: Request[];
  };
  type Result = {
    requests: { average: number };
    latency: { p50: number; p97_5: number; p99: number };
    errors: number;
    non2xx: number;
    "2xx": number;
    "3xx": number;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
