import { describe, expect, it } from "vitest";
import { clipRing, collapseOutside, ringD, simplifyLine, viewWindow, type Rect } from "./view-window";
import { IDENTITY, zoomAt } from "./view";

/** Shoelace area of interleaved points (positive when the ring turns from +x towards +y). */
const area = (p: ArrayLike<number>) => {
  let s = 0;
  const n = p.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) s += (p[2 * j]! - p[2 * i]!) * (p[2 * j + 1]! + p[2 * i + 1]!);
  return s / 2;
};

/** Sutherland–Hodgman without the collapsing of far runs: the reference clipRing must match. */
function naiveClip(ring: number[], [x0, y0, x1, y1]: Rect): number[] {
  const sides: [(x: number, y: number) => boolean, (a: number[], b: number[]) => number[]][] = [
    [(x) => x >= x0, (a, b) => [x0, a[1]! + ((b[1]! - a[1]!) * (x0 - a[0]!)) / (b[0]! - a[0]!)]],
    [(x) => x <= x1, (a, b) => [x1, a[1]! + ((b[1]! - a[1]!) * (x1 - a[0]!)) / (b[0]! - a[0]!)]],
    [(_, y) => y >= y0, (a, b) => [a[0]! + ((b[0]! - a[0]!) * (y0 - a[1]!)) / (b[1]! - a[1]!), y0]],
    [(_, y) => y <= y1, (a, b) => [a[0]! + ((b[0]! - a[0]!) * (y1 - a[1]!)) / (b[1]! - a[1]!), y1]],
  ];
  let pts = ring;
  for (const [inside, cross] of sides) {
    const out: number[] = [];
    const n = pts.length / 2;
    for (let i = 0; i < n; i++) {
      const p = [pts[(2 * (i + n - 1)) % (2 * n)]!, pts[(2 * (i + n - 1) + 1) % (2 * n)]!];
      const c = [pts[2 * i]!, pts[2 * i + 1]!];
      if (inside(c[0]!, c[1]!) !== inside(p[0]!, p[1]!))
        out.push(...cross(p, c).map((v) => Math.round(v * 100) / 100));
      if (inside(c[0]!, c[1]!)) out.push(c[0]!, c[1]!);
    }
    pts = out;
  }
  return pts.length >= 6 ? pts : [];
}

describe("viewWindow", () => {
  it("covers the visible part of the plane with a margin and stays put for small pans", () => {
    const view = zoomAt(IDENTITY, 10, 300, 200);
    const w = viewWindow(view, 600, 400);
    const [vx0, vy0] = [-view.x / view.k, -view.y / view.k];
    const [vx1, vy1] = [(600 - view.x) / view.k, (400 - view.y) / view.k];
    expect(w.rect[0]).toBeLessThan(vx0);
    expect(w.rect[2]).toBeGreaterThan(vx1);
    expect(w.rect[1]).toBeLessThan(vy0);
    expect(w.rect[3]).toBeGreaterThan(vy1);
    // Zoom 10 draws at the detail of zoom 16: half a pixel there.
    expect(w.level).toBe(4);
    expect(w.tolerance).toBe(0.5 / 16);
    expect(viewWindow({ ...view, x: view.x + 1 }, 600, 400).key).toBe(w.key);
  });

  it("draws the whole map at zoom 1 at half-pixel detail", () => {
    const w = viewWindow(IDENTITY, 600, 400);
    expect(w.level).toBe(0);
    expect(w.tolerance).toBe(0.5);
    expect(w.rect[0]).toBeLessThan(0);
    expect(w.rect[2]).toBeGreaterThan(600);
  });
});

describe("simplifyLine", () => {
  it("keeps the ends and every point farther than the tolerance, drops the rest", () => {
    const line = new Float64Array([0, 0, 1, 0.1, 2, 0, 3, 5, 4, 0]);
    expect([...simplifyLine(line, 0.5)]).toEqual([0, 0, 2, 0, 3, 5, 4, 0]);
    expect([...simplifyLine(line, 0.05)]).toEqual([...line]);
  });

  it("keeps a closed arc's far points (its ends are one point)", () => {
    const ring = new Float64Array([0, 0, 10, 0, 10, 10, 0, 10, 0, 0]);
    expect(simplifyLine(ring, 1).length).toBe(ring.length);
  });
});

describe("clipRing", () => {
  const rect: Rect = [0, 0, 10, 10];

  it("keeps a ring inside the rectangle as it is and drops one outside it", () => {
    const inside = [1, 1, 1, 5, 5, 5];
    expect(clipRing(inside, rect)).toEqual(inside);
    expect(clipRing([20, 20, 20, 30, 30, 30], rect)).toEqual([]);
  });

  it("cuts a square across the edge to the overlap, and a ring around the rectangle to it", () => {
    expect(Math.abs(area(clipRing([5, 5, 15, 5, 15, 15, 5, 15], rect)))).toBe(25);
    expect(Math.abs(area(clipRing([-5, -5, 15, -5, 15, 15, -5, 15], rect)))).toBe(100);
  });

  it("cuts a long wiggly ring exactly as plain Sutherland–Hodgman does", () => {
    // A star-like ring winding in and out of the rectangle, with long runs far beyond each side.
    const ring: number[] = [];
    for (let i = 0; i < 400; i++) {
      const t = (i / 400) * 2 * Math.PI;
      const r = 8 + 7 * Math.sin(7 * t) + 3 * Math.cos(23 * t);
      ring.push(Math.round((5 + r * Math.cos(t)) * 100) / 100, Math.round((5 + r * Math.sin(t)) * 100) / 100);
    }
    const clipped = clipRing(ring, [2, 1, 9, 8]);
    expect(clipped.length).toBeGreaterThan(6);
    expect(clipped).toEqual(naiveClip(ring, [2, 1, 9, 8]));
    expect(collapseOutside(ring, [2, 1, 9, 8]).length).toBeLessThan(ring.length);
  });
});

describe("ringD", () => {
  it("writes a closed path", () => {
    expect(ringD([1, 2, 3, 4, 5, 6])).toBe("M1,2L3,4L5,6Z");
  });
});
