import { readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { SECTIONS } from "../../src/app/sections";
import { numberSample } from "../../src/lib/format";
import { bakeIntoHtml, extractInlineStyles, numberFormats, renderFirst } from "./bake-html";

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta
      name="description"
      content="Old description"
    />
    <meta property="og:title" content="Old" />
    <meta property="og:description" content="Old" />
    <title>Old</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe("bakeIntoHtml", () => {
  const baked = bakeIntoHtml(TEMPLATE, {
    html: '<main><h3>Russia lost 5 "tanks" & more</h3></main>',
    title: "Title: 1 – 7 Jul 2023",
    description: 'Losses "claimed" <b>',
    numbers: { sample: "-1,234.5|1.3M|12.5%", locales: ["en", "en-US"] },
    stylesheet: "/assets/prerender-x.css",
    fonts: ["/assets/inter-400.woff2"],
    image: { url: "/og/losses.png", width: 1200, height: 630, alt: "The chart" },
  });

  it("fills #root with the markup and marks it prebuilt", () => {
    expect(baked).toContain(
      '<div id="root" data-prerendered><main><h3>Russia lost 5 "tanks" & more</h3></main></div>',
    );
  });
  it("gives the page and its link preview the view's title and description, escaped", () => {
    expect(baked).toContain("<title>Title: 1 – 7 Jul 2023</title>");
    expect(baked).toContain('<meta property="og:title" content="Title: 1 – 7 Jul 2023" />');
    expect(baked).toContain('<meta name="description" content="Losses &quot;claimed&quot; &lt;b&gt;" />');
    expect(baked).toContain(
      '<meta property="og:description" content="Losses &quot;claimed&quot; &lt;b&gt;" />',
    );
    expect(baked).not.toContain("Old");
  });
  it("links the picture, the stylesheet and the number formats it was built with", () => {
    expect(baked).toContain('<meta property="og:image" content="/og/losses.png" />');
    expect(baked).toContain('<meta property="og:image:width" content="1200" />');
    expect(baked).toContain('<link rel="stylesheet" href="/assets/prerender-x.css">');
    expect(baked).toContain(
      '<link rel="preload" href="/assets/inter-400.woff2" as="font" type="font/woff2" crossorigin>',
    );
    expect(baked).toContain(
      '<html lang="en" data-built-numbers="-1,234.5|1.3M|12.5%" data-built-locales="en en-US">',
    );
  });
  it("refuses a template without an empty #root", () => {
    expect(() =>
      bakeIntoHtml("<html><head></head><body></body></html>", {
        html: "",
        title: "",
        description: "",
        numbers: { sample: "", locales: [] },
      }),
    ).toThrow(/no empty <div id="root"><\/div>/);
  });
});

describe("extractInlineStyles", () => {
  it("moves each distinct style into one rule, leaving a reference on the element", () => {
    const { markup, css } = extractInlineStyles(
      '<div style="height:320px"></div><span style="background:url(&quot;a.png&quot;)"></span><i style="height:320px"></i>',
    );
    expect(markup).toBe(
      '<div data-prerender-style="0"></div><span data-prerender-style="1"></span><i data-prerender-style="0"></i>',
    );
    expect(css).toBe(
      '#root [data-prerender-style="0"]{height:320px}\n#root [data-prerender-style="1"]{background:url("a.png")}\n',
    );
  });
});

/** Runs public/page-init.js at `href` for a browser in `language`, in a page built here; returns data-view. */
function viewAt(
  href: string,
  language = "en-US",
  builtLocales = numberFormats().locales,
): string | undefined {
  const url = new URL(href);
  const dataset: Record<string, string> = {};
  const documentElement = {
    dataset,
    getAttribute: (n: string) => (n === "data-built-locales" ? builtLocales.join(" ") : null),
  };
  const script = readFileSync(path.join(__dirname, "../../public/page-init.js"), "utf8");
  runInNewContext(script, {
    location: { search: url.search, hash: url.hash },
    document: { documentElement },
    navigator: { language },
    localStorage: { getItem: () => null },
  });
  return dataset.view;
}

describe("page-init.js: whether the prebuilt default view is shown", () => {
  it("shows it at the bare address and at each section's anchor", () => {
    expect(viewAt("https://example.org/")).toBe("default");
    for (const s of SECTIONS) expect(viewAt(`https://example.org/#${s.id}`)).toBe("default");
  });
  it("hides it for a link with its own range or options, an embed or a chart's permalink", () => {
    expect(viewAt("https://example.org/?from=2023-07-19&to=2023-07-25")).toBe("linked");
    expect(viewAt("https://example.org/?embed=losses-personnel")).toBe("linked");
    expect(viewAt("https://example.org/#ledger-3")).toBe("linked");
  });
  it("hides it for a browser language that writes numbers otherwise than where it was built", () => {
    expect(viewAt("https://example.org/", "de-DE", ["en", "en-US", "en-GB"])).toBe("linked");
    expect(viewAt("https://example.org/", "en-GB", ["en", "en-US", "en-GB"])).toBe("default");
    expect(viewAt("https://example.org/", "en-US", [])).toBe("linked");
  });
});

describe("numberFormats: the languages baked as writing numbers as the build does", () => {
  const tags = (locale: string) => numberFormats(numberSample(locale)).locales;
  it("keeps, for an English build, the English tags that write its digits exactly", () => {
    expect(tags("en-US")).toEqual(expect.arrayContaining(["en", "en-US", "en-AU", "en-CA"]));
    // "1.3m", lakh grouping (12,34,567.5), space grouping, a decimal comma.
    for (const other of ["en-GB", "en-IN", "en-ZA", "de-DE", "fr-FR", "uk-UA"])
      expect(tags("en-US")).not.toContain(other);
  });
  it("keeps, for a German build, German but not Swiss German (apostrophe grouping) or English", () => {
    expect(tags("de-DE")).toEqual(expect.arrayContaining(["de", "de-DE"]));
    for (const other of ["de-CH", "en-US"]) expect(tags("de-DE")).not.toContain(other);
  });
});

describe("renderFirst: the head in the order the first paint needs it", () => {
  it("puts the stylesheets and fonts after the title and the data preloads last", () => {
    const head = [
      "<html><head><title>T</title>",
      '<link rel="preload" href="/data/a.json" as="fetch" crossorigin />',
      '<script src="/page-init.js"></script>',
      '<link rel="stylesheet" crossorigin href="/assets/index.css">',
      '<link rel="preload" href="/assets/inter.woff2" as="font" type="font/woff2" crossorigin>',
      '<link rel="stylesheet" href="/assets/prerender.css">',
      "</head><body></body></html>",
    ].join("\n");
    const order = [
      "<title>",
      "index.css",
      "prerender.css",
      "inter.woff2",
      "page-init.js",
      "a.json",
      "</head>",
    ];
    const out = renderFirst(head);
    const at = order.map((needle) => out.indexOf(needle));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Each tag once: moved, not copied.
    expect(out.split("a.json").length).toBe(2);
    expect(out.split("index.css").length).toBe(2);
  });
});
