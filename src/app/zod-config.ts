// Imported first by main.tsx: zod compiles its parsers with `new Function` as schemas are created
// (at import) unless told not to, and the Content-Security-Policy forbids eval; even zod's caught
// probe would be reported as a violation.
import { config } from "zod/mini";
import en from "zod/v4/locales/en.js";

// zod/mini ships no messages; English ones, so a broken file says "expected number, received string".
config({ jitless: true, ...en() });
