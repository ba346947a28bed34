// The chart-only view (?embed=<chart id>) that the "Embed" snippet's <iframe> loads: the page
// renders as usual, but only the chart frame with that id, and a link back, are shown.

/** The chart id asked for, if the parameter is a plausible id (anything else: the full page). */
export function embedTarget(search: string): string | null {
  const id = new URLSearchParams(search).get("embed");
  return id && /^[a-z0-9][a-z0-9-]{0,79}$/.test(id) ? id : null;
}

/** The full dashboard with the same view. */
export function fullPageUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete("embed");
  return url.toString().replaceAll("%2C", ",");
}
