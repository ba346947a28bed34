import {
  absoluteUrl,
  describeSection,
  frameTextsOf,
  sharePageFile,
  sharePageHtml,
  sharePageUrl,
} from "./share-page";

const frame = (id: string, title: string, subtitle?: string) =>
  `<figure id="${id}" class="chart-frame"><figcaption><h3 id="r${id}" class="chart-frame__title">${title}</h3>` +
  (subtitle === undefined ? "" : `<p class="chart-frame__subtitle">${subtitle}</p>`) +
  `</figcaption><div class="chart-frame__body"><svg class="x" width="10" height="10"></svg></div></figure>`;

describe("share pages", () => {
  it("reads each frame's title and range as text, in page order", () => {
    const html =
      '<div id="cmp-territory">' +
      frame(
        "territory-all",
        "21 Aug 2023: DeepState 1,234 km²<!-- -->, NZZ &amp; liveuamap",
        "1 – 7 Jul 2023",
      ) +
      frame("claims-ledger", "Russia&#x27;s <b>3</b> statements") +
      "</div>";
    expect(frameTextsOf(html)).toEqual([
      {
        id: "territory-all",
        title: "21 Aug 2023: DeepState 1,234 km², NZZ & liveuamap",
        subtitle: "1 – 7 Jul 2023",
      },
      { id: "claims-ledger", title: "Russia's 3 statements", subtitle: "" },
    ]);
  });

  it("titles the page by the section and its first frame (or the named one), described by two frames", () => {
    const frames = [
      { id: "map-occupied-all", title: "Held area", subtitle: "1 – 7 Jul 2023, km²" },
      { id: "map-weekly-all", title: "Russia took 5 km²", subtitle: "1 – 7 Jul 2023" },
      { id: "other", title: "Not described", subtitle: "" },
    ];
    expect(describeSection("Map", frames, "Site")).toEqual({
      title: "Map · Held area · Site",
      description: "Held area (1 – 7 Jul 2023, km²). Russia took 5 km² (1 – 7 Jul 2023).",
    });
    expect(describeSection("Map", frames, "Site", "map-weekly-").title).toBe(
      "Map · Russia took 5 km² · Site",
    );
    expect(() => describeSection("Map", [], "Site")).toThrow(/Map: the section drew no chart frame/);
  });

  const page = sharePageHtml({
    id: "cmp-ledger",
    base: "/war-data/",
    section: "Ledger <&>",
    site: "Site",
    title: 'Ledger · 3 "statements" <b> & more · Site',
    description: 'Checked <against> "data" & more',
    image: { url: "/war-data/assets/share-cmp-ledger-x.png", width: 1200, height: 630, alt: 'A "chart"' },
  });

  it("sends the reader on to the section under the base, by a meta refresh and a plain link", () => {
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/war-data/#cmp-ledger" />');
    expect(page).toContain('<link rel="canonical" href="/war-data/#cmp-ledger" />');
    expect(page).toContain('<a href="/war-data/#cmp-ledger">Ledger &lt;&amp;&gt;: Site</a>');
    // No script of any kind (the Content-Security-Policy allows none inline).
    expect(page).not.toMatch(/<script/i);
  });

  it("gives the preview its own title, description and picture, escaped", () => {
    expect(page).toContain('<title>Ledger · 3 "statements" &lt;b&gt; &amp; more · Site</title>');
    expect(page).toContain(
      '<meta property="og:title" content="Ledger · 3 &quot;statements&quot; &lt;b&gt; &amp; more · Site" />',
    );
    expect(page).toContain(
      '<meta property="og:description" content="Checked &lt;against&gt; &quot;data&quot; &amp; more" />',
    );
    expect(page).toContain('<meta property="og:image" content="/war-data/assets/share-cmp-ledger-x.png" />');
    expect(page).toContain('<meta property="og:image:width" content="1200" />');
    expect(page).toContain('<meta property="og:image:height" content="630" />');
    expect(page).toContain('<meta property="og:image:alt" content="A &quot;chart&quot;" />');
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image" />');
  });

  it("lives at share/<id>/ under the base", () => {
    expect(sharePageFile("map")).toBe("share/map/index.html");
    expect(sharePageUrl("/war-data/", "map")).toBe("/war-data/share/map/");
  });

  it("makes its links and picture absolute on SITE_URL when the build is given one", () => {
    const absolute = sharePageHtml({
      id: "map",
      base: "/war-data/",
      siteUrl: "https://example.org",
      section: "Map",
      site: "Site",
      title: "T",
      description: "D",
      image: { url: "/war-data/assets/share-map-x.png", width: 1200, height: 630, alt: "A" },
    });
    // The reader goes on within the site that served the page (a preview server, a mirror).
    expect(absolute).toContain('content="0; url=/war-data/#map"');
    expect(absolute).toContain('<link rel="canonical" href="https://example.org/war-data/#map" />');
    expect(absolute).toContain(
      '<meta property="og:url" content="https://example.org/war-data/share/map/" />',
    );
    expect(absolute).toContain(
      '<meta property="og:image" content="https://example.org/war-data/assets/share-map-x.png" />',
    );
    expect(page).not.toContain("og:url");
    expect(() => absoluteUrl("/x", "example.org")).toThrow(/SITE_URL .* got example\.org/);
    expect(() => absoluteUrl("/x", "ftp://example.org")).toThrow(/SITE_URL/);
  });
});
