import { z } from "zod";

// Runs in the browser before any page module. Zod compiles object parsers with `new Function`
// and probes for it even when caught; the CSP (no 'unsafe-eval') reports each probe as a
// violation. Interpreted parsing is fast enough for form input.
z.config({ jitless: true });
