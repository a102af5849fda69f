import { register } from "node:module";

// The hook must be in place before any server module loads, hence the dynamic import.
register("./server-only-hook.mjs", import.meta.url);
await import("./province-run");
