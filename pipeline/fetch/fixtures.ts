// Small made-up upstream files for the fetch tests, each in its upstream's real form (numbers invented).
import { eachDay } from "../lib/dates";
import type { FixtureServer } from "./fixture-server";

/** General Staff records, one a day from `from` to `to`, pretty-printed like the upstream's. */
export function gsJson(from: string, to: string, field = "tank"): string {
  const records = eachDay(from, to).map((date, i) => ({ date, day: 100 + i, [field]: 10 + i }));
  return JSON.stringify(records, null, 4);
}

export const ORYX_HEADER = `"","country","equipment_type","destroyed","abandoned","captured","damaged","type_total","row_id","Date"`;

/** One leedrake5 byType CSV: two rows a country, the second with a newline inside its quoted name. */
export function oryxCsv(day: string, tanks = 7): string {
  const rows = [
    `"1","Russia","All Types",${tanks + 20},1,2,3,${tanks + 26},1,"${day}"`,
    `"2","Russia","Tanks",${tanks},0,1,0,${tanks + 1},2,"${day}"`,
    `"3","Ukraine","All Types",9,1,1,1,12,1,"${day}"`,
    `"4","Ukraine","Surface-To-Air Missile Systems\n",2,0,0,1,3,2,"${day}"`,
  ];
  return `${ORYX_HEADER}\n${rows.join("\n")}\n`;
}

const square = (x: number) => [
  [
    [
      [x, 47],
      [x + 0.5, 47],
      [x + 0.5, 47.5],
      [x, 47.5],
      [x, 47],
    ],
  ],
];

/** NZZ's data/YYYY-MM-DD.json: pretty-printed; its features are dated the day before (as upstream). */
export function nzzJson(day: string, x = 36, dated = day): string {
  return JSON.stringify(
    {
      value: {
        type: "FeatureCollection",
        features: [
          {
            type: "Feature",
            properties: { type: "nochange", date: dated, _datefrom: dated, _dateto: dated, view: "daily" },
            geometry: { type: "MultiPolygon", coordinates: square(x) },
          },
        ],
      },
    },
    null,
    2,
  );
}

/** cyterat's deepstatemap_data_YYYYMMDD.geojson, with its `crs` member and 7-decimal coordinates. */
export function deepstateJson(day: string, x = 37): string {
  const compact = day.replace(/-/g, "");
  return JSON.stringify({
    type: "FeatureCollection",
    name: `deepstatemap_data_${compact}`,
    crs: { type: "name", properties: { name: "urn:ogc:def:crs:OGC:1.3:CRS84" } },
    features: [
      {
        type: "Feature",
        properties: {},
        geometry: {
          type: "MultiPolygon",
          coordinates: [
            [
              [
                [x + 0.1234567, 47],
                [x + 1, 47],
                [x + 1, 48],
                [x + 0.1234567, 47],
              ],
            ],
          ],
        },
      },
    ],
  });
}

export const GS_FILES = [
  "russia_losses_equipment.json",
  "russia_losses_personnel.json",
  "russia_losses_equipment_correction.json",
];

/** Serves every upstream with files for each day of `days` (General Staff: through the last one). */
export function serveUpstreams(server: FixtureServer, days: string[]): void {
  const first = days[0]!;
  const last = days[days.length - 1]!;
  server.routes.set("gs/data/russia_losses_equipment.json", { body: gsJson(first, last) });
  server.routes.set("gs/data/russia_losses_personnel.json", { body: gsJson(first, last, "personnel") });
  server.routes.set("gs/data/russia_losses_equipment_correction.json", { body: gsJson(first, first, "APC") });
  for (const [i, day] of days.entries()) {
    server.routes.set(`oryx/data/byType/${day}.csv`, { body: oryxCsv(day, 7 + i) });
    server.routes.set(`nzz/data/${day}.json`, { body: nzzJson(day, 36 + i / 10) });
    server.routes.set(`ds/data/deepstatemap_data_${day.replace(/-/g, "")}.geojson`, {
      body: deepstateJson(day, 37 + i / 10),
    });
  }
}
