// Where the build writes the section share pages (scripts/prerender/share-page.ts), for the app's
// "Copy link" too. No imports: the Vite config loads this through the prerender plugin.

/** A share page's path under the site's base (the build writes its index.html there). */
export const sharePagePath = (id: string) => `share/${encodeURIComponent(id)}/`;
