// The "front zone": every point within a distance of any area Russia held on any of the days read.
// Held areas are rasterised onto a grid of ~2 km cells (a cell counts when its centre lies inside a
// shape: a speck smaller than a cell, as the sources carry far from the front, marks nothing); a
// point is in the zone when a marked cell lies within the distance. The grid's error (half a cell diagonal, ~1.4 km) is
// small beside the zone's ~60 km, and the whole check stays linear in the vertices read.
import type { Polygon } from "./polygons";

export interface ZoneGrid {
  /** Degrees of the grid's south-west corner. */
  west: number;
  south: number;
  /** Cell size, degrees of longitude and latitude. */
  dLon: number;
  dLat: number;
  cols: number;
  rows: number;
  /** 1 = held on some day read. */
  cells: Uint8Array;
}

const KM_PER_DEG_LAT = 111.32;

/** An empty grid over [west, south, east, north] with cells of about `cellKm` km. */
export function emptyZoneGrid(
  [west, south, east, north]: [number, number, number, number],
  cellKm: number,
): ZoneGrid {
  const midLat = ((south + north) / 2) * (Math.PI / 180);
  const dLat = cellKm / KM_PER_DEG_LAT;
  const dLon = cellKm / (KM_PER_DEG_LAT * Math.cos(midLat));
  const cols = Math.ceil((east - west) / dLon);
  const rows = Math.ceil((north - south) / dLat);
  return { west, south, dLon, dLat, cols, rows, cells: new Uint8Array(cols * rows) };
}

/** Marks the cells of one polygon (outer ring and holes, even–odd) in the grid. */
export function markPolygon(grid: ZoneGrid, polygon: Polygon): void {
  const { west, south, dLon, dLat, cols, rows, cells } = grid;
  // Crossings of each row's centre line, per row (scanline fill).
  const crossings = new Map<number, number[]>();
  for (const ring of polygon) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      const [lo, hi] = a[1] <= b[1] ? [a, b] : [b, a];
      if (lo[1] === hi[1]) continue;
      // Rows whose centre latitude y satisfies lo.y <= y < hi.y.
      const first = Math.max(0, Math.ceil((lo[1] - south) / dLat - 0.5));
      const last = Math.min(rows - 1, Math.ceil((hi[1] - south) / dLat - 0.5) - 1);
      for (let r = first; r <= last; r++) {
        const y = south + (r + 0.5) * dLat;
        const x = lo[0] + ((y - lo[1]) / (hi[1] - lo[1])) * (hi[0] - lo[0]);
        const list = crossings.get(r);
        if (list) list.push(x);
        else crossings.set(r, [x]);
      }
    }
  }
  for (const [r, xs] of crossings) {
    xs.sort((p, q) => p - q);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      // Cells whose centre longitude lies in [xs[i], xs[i+1]).
      const from = Math.max(0, Math.ceil((xs[i]! - west) / dLon - 0.5));
      const to = Math.min(cols - 1, Math.ceil((xs[i + 1]! - west) / dLon - 0.5) - 1);
      for (let c = from; c <= to; c++) cells[r * cols + c] = 1;
    }
  }
}

/** Keeps only the cells also marked in `mask` (a grid of the same extent), in place. */
export function keepMasked(grid: ZoneGrid, mask: ZoneGrid): void {
  if (grid.cells.length !== mask.cells.length) throw new Error("keepMasked: grids of different extents");
  for (let i = 0; i < grid.cells.length; i++) grid.cells[i]! &= mask.cells[i]!;
}

/** Is [lon, lat] within `km` of a marked cell's centre (distance on a local equirectangular plane)? */
export function isNearMarked(grid: ZoneGrid, [lon, lat]: readonly [number, number], km: number): boolean {
  const { west, south, dLon, dLat, cols, rows, cells } = grid;
  const kmPerLon = KM_PER_DEG_LAT * Math.cos(lat * (Math.PI / 180));
  const rLat = Math.ceil(km / (dLat * KM_PER_DEG_LAT)) + 1;
  const rLon = Math.ceil(km / (dLon * kmPerLon)) + 1;
  const col0 = Math.floor((lon - west) / dLon);
  const row0 = Math.floor((lat - south) / dLat);
  for (let r = Math.max(0, row0 - rLat); r <= Math.min(rows - 1, row0 + rLat); r++) {
    const dy = (south + (r + 0.5) * dLat - lat) * KM_PER_DEG_LAT;
    if (Math.abs(dy) > km) continue;
    for (let c = Math.max(0, col0 - rLon); c <= Math.min(cols - 1, col0 + rLon); c++) {
      if (!cells[r * cols + c]) continue;
      const dx = (west + (c + 0.5) * dLon - lon) * kmPerLon;
      if (dx * dx + dy * dy <= km * km) return true;
    }
  }
  return false;
}

/** Share of cells marked, for the report. */
export function markedCells(grid: ZoneGrid): number {
  let n = 0;
  for (const v of grid.cells) n += v;
  return n;
}
