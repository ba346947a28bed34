// @vitest-environment jsdom
import { composeFigureSvg, wrapText, type ComposeSpec } from "./svg-compose";

// Every character 0.6 em wide: enough to exercise wrapping without a font.
const measure = (text: string, size: number) => text.length * size * 0.6;

const fixtureChart =
  '<svg x="0" y="0" width="400" height="200" viewBox="0 0 400 200"><path d="M0 200 L400 0" stroke="rgb(194, 65, 12)" fill="none"/><text x="4" y="190" fill="rgb(85, 91, 102)">Jul 2023</text></svg>';

const spec: ComposeSpec = {
  width: 432,
  title: "Russia lost 64 tanks & 3 APCs <claimed>",
  subtitle: "18 – 20 Jul 2023 · losses per day",
  note: "As claimed; not independently verified.",
  legend: [
    { label: "Tanks", color: "rgb(194, 65, 12)", shape: "line" },
    { label: "Partial week", color: "rgb(74, 82, 96)", shape: "bar", pattern: "hatch" },
  ],
  body: { markup: fixtureChart, width: 400, height: 200 },
  footer: [
    "Source: Source A. Data to 20 Jul 2023.",
    "Licences: Source A: CC BY 4.0.",
    "https://example.org/?from=2023-07-18&to=2023-07-20#tanks",
  ],
  colors: {
    background: "rgb(255, 255, 255)",
    text: "rgb(26, 29, 35)",
    muted: "rgb(74, 82, 96)",
    hatch: "#fff",
  },
  font: {
    family: "Inter, sans-serif",
    css: "@font-face{font-family:Inter;src:url(data:font/woff2;base64,AAAA)}",
  },
  measure,
};

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

describe("composeFigureSvg", () => {
  const { svg, width, height } = composeFigureSvg(spec);
  const doc = parse(svg);
  const texts = [...doc.getElementsByTagName("text")].map((t) => t.textContent ?? "");

  it("is plain, well-formed SVG without foreignObject", () => {
    expect(doc.documentElement.tagName).toBe("svg");
    expect(doc.getElementsByTagName("foreignObject")).toHaveLength(0);
    expect(svg).not.toMatch(/var\(--/);
  });

  it("holds the title (escaped), the range, the legend, the chart and the footer as text", () => {
    expect(texts.join(" ")).toContain("Russia lost 64 tanks & 3 APCs <claimed>");
    expect(texts).toContain("18 – 20 Jul 2023 · losses per day");
    expect(texts).toEqual(expect.arrayContaining(["Tanks", "Partial week", "Jul 2023"]));
    expect(texts).toContain("Source: Source A. Data to 20 Jul 2023.");
    expect(texts).toContain("https://example.org/?from=2023-07-18&to=2023-07-20#tanks");
    expect(doc.querySelector("pattern#export-pattern-hatch")).not.toBeNull();
    expect(doc.querySelector("style")?.textContent).toContain("@font-face");
  });

  it("draws the chart below the title and footer, and hides whatever of it spills out of its box", () => {
    const children = [...doc.documentElement.children].map((c) => c.tagName);
    const body = children.indexOf("g");
    expect(body).toBeGreaterThan(-1);
    expect(children.indexOf("text")).toBeGreaterThan(body);
    // A band of background above the chart's box covers a zoomed map's overflow.
    const after = [...doc.documentElement.children].slice(body + 1);
    const bands = after.slice(
      0,
      after.findIndex((c) => c.tagName !== "rect"),
    );
    const top = Number(
      doc
        .querySelector("g")!
        .getAttribute("transform")!
        .match(/translate\(\S+ (\S+)\)/)![1],
    );
    expect(bands.some((r) => r.getAttribute("y") === "0" && Number(r.getAttribute("height")) === top)).toBe(
      true,
    );
    expect(bands.every((r) => r.getAttribute("fill") === "rgb(255, 255, 255)")).toBe(true);
  });

  it("is as wide as the figure and tall enough for the chart and every line", () => {
    expect(width).toBe(432);
    expect(doc.documentElement.getAttribute("viewBox")).toBe(`0 0 432 ${height}`);
    const lastY = Math.max(...[...doc.getElementsByTagName("text")].map((t) => Number(t.getAttribute("y"))));
    expect(height).toBeGreaterThan(200 + 24 + 18);
    expect(height).toBeGreaterThan(lastY);
  });

  it("draws a correction marker's key as a hollow circle in the background colour", () => {
    const marked = parse(
      composeFigureSvg({
        ...spec,
        legend: [{ label: "Correction", color: "rgb(74, 82, 96)", shape: "marker" }],
      }).svg,
    );
    const circle = [...marked.getElementsByTagName("circle")].find((c) => c.getAttribute("stroke"));
    expect([circle?.getAttribute("fill"), circle?.getAttribute("stroke"), circle?.getAttribute("r")]).toEqual(
      ["rgb(255, 255, 255)", "rgb(74, 82, 96)", "4"],
    );
  });

  it("leaves the background out when transparent", () => {
    const clear = composeFigureSvg({ ...spec, colors: { ...spec.colors, background: null } });
    expect(clear.svg).not.toContain('fill="rgb(255, 255, 255)"');
  });
});

describe("wrapText", () => {
  it("breaks between words within the width, and cuts a word longer than a line (a URL)", () => {
    expect(wrapText("aaa bbb ccc", 7 * 6, 10, 400, measure)).toEqual(["aaa bbb", "ccc"]);
    expect(wrapText("see https://example.org/long", 60, 10, 400, measure)).toEqual([
      "see",
      "https://ex",
      "ample.org/",
      "long",
    ]);
  });
});
