import { z } from "zod";

// Imported first by every browser module that parses with zod (not by every page: zod is ~100 KB).
// Zod compiles object parsers with `new Function` and probes for it even when caught; the CSP (no
// 'unsafe-eval') reports each probe as a violation. Interpreted parsing is fast enough for forms.
z.config({ jitless: true });
