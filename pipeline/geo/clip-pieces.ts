// Clips small shapes (a day's gains, losses or changes) to the boundary without a full boolean
// operation against the boundary's ~15,000 vertices: a piece whose box no boundary edge enters lies
// wholly inside or wholly outside Ukraine (one point-in-polygon test decides); only pieces crossing
// the border or coast are intersected, with the boundary cut down to the piece's box first.
import { clipRingToBox } from "./box-area";
import type { BBox, MultiPolygon, Polygon, Position } from "./polygons";
import { bboxOf, intersectionOf } from "./polygons";
import { rayCrosses } from "../../src/lib/geometry";

function edgeTouchesBox(a: [number, number], b: [number, number], [w, s, e, n]: BBox): boolean {
  return !(
    Math.max(a[0], b[0]) < w ||
    Math.min(a[0], b[0]) > e ||
    Math.max(a[1], b[1]) < s ||
    Math.min(a[1], b[1]) > n
  );
}

/** Grid cell size of the edge index, degrees (a day's changed pieces are mostly a few km across). */
const CELL_DEG = 0.1;
const cellOf = (v: number): number => Math.floor(v / CELL_DEG);

/**
 * The boundary's edges bucketed by the grid cells their boxes cover, so that a piece looks only at
 * the edges near it. Exact: an edge touches a box only if their boxes overlap, and then (floor being
 * monotonic) they share a cell. Built once per boundary (a chunk clips all its pieces to one).
 */
interface EdgeIndex {
  /** "column,row" → edges as [a, b] pairs. */
  cells: Map<string, [Position, Position][]>;
  /** Row → edges (closing edge included) whose latitude span covers it, with their polygon and ring. */
  rows: Map<number, { a: Position; b: Position; polygon: number; ring: number }[]>;
}
const edgeIndexes = new WeakMap<MultiPolygon, EdgeIndex>();

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function edgeIndexOf(boundary: MultiPolygon): EdgeIndex {
  let index = edgeIndexes.get(boundary);
  if (index) return index;
  index = { cells: new Map(), rows: new Map() };
  boundary.forEach((polygon, p) =>
    polygon.forEach((ring, k) => {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[j]!;
        const b = ring[i]!;
        const [r0, r1] = [cellOf(Math.min(a[1], b[1])), cellOf(Math.max(a[1], b[1]))];
        for (let r = r0; r <= r1; r++) pushTo(index.rows, r, { a, b, polygon: p, ring: k });
        if (i === 0) continue; // boundaryCrosses, like the scan it replaces, skips the closing edge
        const [c0, c1] = [cellOf(Math.min(a[0], b[0])), cellOf(Math.max(a[0], b[0]))];
        for (let r = r0; r <= r1; r++)
          for (let c = c0; c <= c1; c++) pushTo(index.cells, `${c},${r}`, [a, b]);
      }
    }),
  );
  edgeIndexes.set(boundary, index);
  return index;
}

function boundaryCrosses(boundary: MultiPolygon, box: BBox): boolean {
  const { cells } = edgeIndexOf(boundary);
  for (let r = cellOf(box[1]); r <= cellOf(box[3]); r++)
    for (let c = cellOf(box[0]); c <= cellOf(box[2]); c++)
      for (const [a, b] of cells.get(`${c},${r}`) ?? []) if (edgeTouchesBox(a, b, box)) return true;
  return false;
}

/**
 * Whether the point lies in an outer ring and none of its holes, with the even–odd test of
 * ringContains (src/lib/geometry.ts) counting only the edges of the point's row (the others cannot
 * cross its horizontal ray): the same crossings per ring, so the same answer.
 */
function boundaryContains(boundary: MultiPolygon, [x, y]: Position): boolean {
  const odd = boundary.map((polygon) => polygon.map(() => false));
  for (const { a, b, polygon, ring } of edgeIndexOf(boundary).rows.get(cellOf(y)) ?? []) {
    if (rayCrosses(a, b, x, y)) odd[polygon]![ring] = !odd[polygon]![ring];
  }
  return odd.some(([outer, ...holes]) => !!outer && !holes.some(Boolean));
}

/** The boundary cut to a box (rings clipped one by one; zero-width parts lie on the box's edge). */
function boundaryInBox(boundary: MultiPolygon, box: BBox): MultiPolygon {
  const out: MultiPolygon = [];
  for (const [outer, ...holes] of boundary) {
    if (!outer) continue;
    const cut = clipRingToBox(outer, box);
    if (cut.length < 3) continue;
    const polygon: Polygon = [[...cut, cut[0]!]];
    for (const hole of holes) {
      const h = clipRingToBox(hole, box);
      if (h.length >= 3) polygon.push([...h, h[0]!]);
    }
    out.push(polygon);
  }
  return out;
}

/** `multi` ∩ boundary, piece by piece. */
export function clipPiecesToBoundary(multi: MultiPolygon, boundary: MultiPolygon): MultiPolygon {
  const out: MultiPolygon = [];
  for (const polygon of multi) {
    const outer = polygon[0];
    if (!outer || outer.length < 4) continue;
    // The margin (~1 km) keeps the cut boundary's zero-width parts away from the piece.
    const box = bboxOf([polygon], 0.01);
    if (!boundaryCrosses(boundary, box)) {
      if (boundaryContains(boundary, outer[0]!)) out.push(polygon);
      continue;
    }
    try {
      out.push(...intersectionOf([polygon], boundaryInBox(boundary, box)));
    } catch {
      out.push(...intersectionOf([polygon], boundary));
    }
  }
  return out;
}
