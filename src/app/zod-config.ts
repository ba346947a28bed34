// Imported first by main.tsx: zod compiles its parsers with `new Function` as schemas are created
// (at import) unless told not to, and the Content-Security-Policy forbids eval; even zod's caught
// probe would be reported as a violation.
import { config } from "zod";

config({ jitless: true });
