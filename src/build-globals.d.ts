// Constants vite.config.ts defines at build time (and for Vitest).
/** The site's build day, YYYY-MM-DD (UTC). */
declare const __BUILD_DATE__: string;
