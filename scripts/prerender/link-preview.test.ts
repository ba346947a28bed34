import { chartFrameOf, firstChartOf, lightColors, linkPreviewSvg, resolveVars, wrap } from "./link-preview";

const FRAME =
  '<figure><h3 id="r1" class="chart-frame__title">Russia lost 5 tanks</h3>' +
  '<p class="chart-frame__subtitle">1 – 7 Jul 2023 · cumulative</p>' +
  '<svg class="losses-surface" width="900" height="220" viewBox="0 0 900 220" role="application">' +
  '<path d="M0,0L9,9" stroke="var(--cat-tank)"/></svg>' +
  '<footer class="chart-frame__foot"><span>Source: <a href="https://x.test">General Staff</a>.</span>' +
  '<span class="chart-frame__data-to">7 Jul 2023<!-- -->.</span></footer></figure>';

describe("link preview", () => {
  it("reads each colour's light value from the stylesheets", () => {
    const colors = lightColors(
      ":root { --bg: light-dark(#ffffff, #111418); --wash: light-dark(rgb(10 88 168 / 0.1), rgb(1 2 3)); --radius: 6px; }",
    );
    expect(colors.get("bg")).toBe("#ffffff");
    expect(colors.get("wash")).toBe("rgb(10 88 168 / 0.1)");
    expect(resolveVars('<path stroke="var(--bg)"/>', colors)).toBe('<path stroke="#ffffff"/>');
    expect(() => resolveVars('<path stroke="var(--nope)"/>', colors)).toThrow(/--nope/);
  });
  it("takes the first chart's title, range, source and drawing from the prebuilt markup", () => {
    expect(firstChartOf(FRAME)).toEqual({
      title: "Russia lost 5 tanks",
      subtitle: "1 – 7 Jul 2023 · cumulative",
      source: "Source: General Staff.",
      dataTo: "7 Jul 2023",
      width: 900,
      height: 220,
      body: '<path d="M0,0L9,9" stroke="var(--cat-tank)"/>',
      legend: [],
    });
  });
  it("takes a named frame's chart from its body, not a legend swatch, with the legend's keys", () => {
    const swatch = (color: string) =>
      `<svg class="legend-swatch" width="18" height="12" viewBox="0 0 18 12" aria-hidden="true"><line stroke="${color}"/></svg>`;
    const named =
      '<figure id="map-occupied-all" class="chart-frame"><h3 id="r2" class="chart-frame__title">Held area</h3>' +
      '<p class="chart-frame__subtitle">1 – 7 Jul 2023, km²</p><ul class="chart-frame__legend" aria-label="Legend">' +
      `<li class="chart-frame__key">${swatch("var(--src-deepstate)")}DeepState</li>` +
      `<li class="chart-frame__key">${swatch("var(--src-nzz)")}NZZ<!-- --> (like for like)</li></ul>` +
      '<div class="chart-frame__body"><svg class="series-chart__surface" width="640" height="200" role="application">' +
      '<path d="M1,1L2,2"/></svg></div>' +
      '<footer class="chart-frame__foot"><span>Source<!-- -->s<!-- -->:<!-- --> <span><a href="https://x.test">DeepState</a></span>' +
      '<span> and <a href="https://y.test">NZZ / liveuamap</a></span>.</span>' +
      '<span class="chart-frame__data-to">7 Jul 2023</span></footer></figure>';
    const chart = chartFrameOf(FRAME + named, "map-occupied-");
    expect(chart).toMatchObject({
      title: "Held area",
      width: 640,
      height: 200,
      body: '<path d="M1,1L2,2"/>',
    });
    expect(chart.legend).toEqual([
      { swatch: swatch("var(--src-deepstate)"), label: "DeepState" },
      { swatch: swatch("var(--src-nzz)"), label: "NZZ (like for like)" },
    ]);
    expect(() => chartFrameOf(FRAME, "claims-ledger")).toThrow(/no chart frame claims-ledger/);
    const svg = linkPreviewSvg(
      chart,
      "Site",
      new Map(["bg", "text", "text-muted", "accent", "src-deepstate", "src-nzz"].map((k) => [k, "#123456"])),
    );
    expect(svg).toContain('<svg x="48" y="');
    expect(svg).toContain(">NZZ (like for like)</text>");
    expect(svg).not.toContain("var(");
  });
  it("cuts a title longer than two lines with an ellipsis", () => {
    const long = { ...firstChartOf(FRAME), title: "Russia lost many tanks ".repeat(10).trim() };
    const svg = linkPreviewSvg(
      long,
      "Site",
      new Map(["bg", "text", "text-muted", "accent", "cat-tank"].map((k) => [k, "#000"])),
    );
    const lines = [...svg.matchAll(/font-size="34"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/[a-z]…$/);
  });
  it("draws it on a 1200×630 picture with no CSS variable left", () => {
    const colors = new Map([
      ["bg", "#fff"],
      ["text", "#111"],
      ["text-muted", "#444"],
      ["accent", "#05a"],
      ["cat-tank", "#c2410c"],
    ]);
    const svg = linkPreviewSvg(firstChartOf(FRAME), "Site", colors);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('stroke="#c2410c"');
    expect(svg).toContain(">Russia lost 5 tanks</text>");
    expect(svg).toContain(">Source: General Staff. Data to 7 Jul 2023.</text>");
    expect(svg).not.toContain("var(");
  });
  it("wraps a title at word boundaries", () => {
    expect(wrap("Russia lost 336,100 people between 11 Oct 2025 and 8 Aug 2026", 30)).toEqual([
      "Russia lost 336,100 people",
      "between 11 Oct 2025 and 8 Aug",
      "2026",
    ]);
  });
});
