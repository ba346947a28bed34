// A shared section link previews that section (scripts/prerender/share-page.ts): the built site has
// one static page per section, share/<id>/, with its own title and figures for the default view and
// a picture of its chart, and a browser that opens it lands on the section. Crawlers never see the
// part of a link after "#", so /#map alone would preview the default view.
import { PNG } from "pngjs";
import type { APIRequestContext } from "@playwright/test";
import type { IsoDate } from "../src/data/schemas/common";
import { formatDate } from "../src/lib/format";
import { expect, openApp, test } from "./helpers";

interface Files {
  losses: {
    generalStaff: { dates: IsoDate[]; cumulative: { tank: (number | null)[] } };
  };
  oryx: { dates: IsoDate[] };
  territory: { deepstate: { dates: IsoDate[] }; nzz: { dates: IsoDate[] } };
  claims: { claims: unknown[] };
}

async function readData(request: APIRequestContext): Promise<Files> {
  const get = async (file: string) => (await request.get(`/data/${file}.json`)).json();
  const [losses, oryx, territory, claims] = await Promise.all(
    ["losses", "oryx", "territory", "claims"].map(get),
  );
  return { losses, oryx, territory, claims } as Files;
}

const SITE = "Russia–Ukraine war in data";
const last = (dates: readonly IsoDate[]) => formatDate(dates.at(-1) as IsoDate);
const earlier = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/** Each share page: its section's name, and what its title or description must say per the data. */
const PAGES: {
  id: string;
  section: string;
  says: (d: Files) => { title?: string; description?: string };
}[] = [
  {
    id: "losses",
    section: "Losses",
    // The range of the default view ends on the General Staff's last statement.
    says: (d) => ({ title: ` and ${last(d.losses.generalStaff.dates)} · ${SITE}` }),
  },
  {
    id: "cmp-claimed",
    section: "Claimed vs Oryx",
    // Tanks: the General Staff's total on its last day.
    says: (d) => {
      const { dates, cumulative } = d.losses.generalStaff;
      const tanks = (cumulative.tank.at(-1) as number).toLocaleString("en-US");
      return { title: `· ${last(dates)}: ${tanks} tanks claimed, at least ` };
    },
  },
  {
    id: "comparison",
    section: "Claims vs confirmed",
    says: (d) => ({ title: `· ${last(d.losses.generalStaff.dates)}: ` }),
  },
  {
    id: "cmp-sides",
    section: "Russia vs Ukraine",
    says: (d) => ({ title: `· ${last(d.oryx.dates)}: Russia at least ` }),
  },
  {
    id: "cmp-territory",
    section: "Territory",
    // The last day both sources measured.
    says: (d) => {
      const day = earlier(d.territory.deepstate.dates.at(-1)!, d.territory.nzz.dates.at(-1)!);
      return { title: `· ${formatDate(day)}: DeepState ` };
    },
  },
  {
    id: "cmp-ledger",
    section: "Ledger",
    says: (d) => ({ title: `Ledger · ${d.claims.claims.length} statements, ` }),
  },
  {
    id: "map",
    section: "Map",
    // The map's range ends on the last day either source drew a map.
    says: (d) => {
      const day = later(d.territory.deepstate.dates.at(-1)!, d.territory.nzz.dates.at(-1)!);
      return { description: ` – ${formatDate(day)}, km²). Weekly km² taken, all Ukraine: Russia ` };
    },
  },
];

const content = (html: string, attr: "name" | "property", key: string) => {
  const m = new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html);
  return m
    ? m[1]!
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&")
    : null;
};

for (const p of PAGES) {
  test(`share/${p.id}/ previews its section with its figures and picture, and opens /#${p.id}`, async ({
    page,
    request,
  }) => {
    const data = await readData(request);
    const response = await request.get(`/share/${p.id}/`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const title = content(html, "property", "og:title");
    expect(title).toMatch(new RegExp(`^${p.section} · .+ · ${SITE}$`));
    expect(html).toContain(`<title>${title!.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</title>`);
    const says = p.says(data);
    if (says.title) expect(title).toContain(says.title);
    if (says.description) expect(content(html, "property", "og:description")).toContain(says.description);
    expect(content(html, "name", "twitter:card")).toBe("summary_large_image");
    expect(content(html, "property", "og:image:alt")).toMatch(/\S{3}/);

    // The picture: a PNG of the size the tags state.
    const image = await request.get(content(html, "property", "og:image")!);
    expect(image.headers()["content-type"]).toBe("image/png");
    const png = PNG.sync.read(await image.body());
    expect([png.width, png.height]).toEqual([
      Number(content(html, "property", "og:image:width")),
      Number(content(html, "property", "og:image:height")),
    ]);
    expect([png.width, png.height]).toEqual([1200, 630]);

    // A reader's browser goes on to the section, which is on screen, on a wide screen and a phone.
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(`/share/${p.id}/`);
      await page.waitForURL((url) => url.pathname === "/" && url.hash === `#${p.id}`);
      await expect(page.locator(`[id="${p.id}"]`)).toBeInViewport({ timeout: 30_000 });
    }
  });
}

test("Copy link on a section's lead chart in the default view gives its share page", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  const frame = page.locator("#losses-personnel");
  await frame.getByRole("button", { name: "Download" }).click();
  await frame.getByRole("menuitem", { name: "Copy link" }).click();
  await expect(frame.getByRole("status")).toHaveText("Link copied to the clipboard");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${new URL(page.url()).origin}/share/losses/`);
  await expect(frame.getByLabel("Link to this chart")).toHaveValue(link);

  // The reader's own view (any parameter) keeps the chart's permalink, as before.
  await page.getByRole("button", { name: "All" }).click();
  await expect(page).toHaveURL(/\?from=/);
  await frame.getByRole("button", { name: "Download" }).click();
  await frame.getByRole("menuitem", { name: "Copy link" }).click();
  await expect(frame.getByRole("status")).toHaveText("Link copied to the clipboard");
  const permalink = await page.evaluate(() => navigator.clipboard.readText());
  expect(permalink).toBe(`${page.url().replace(/#.*$/, "")}#losses-personnel`);
});
