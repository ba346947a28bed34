// Pan and zoom as one transform of the projected plane: screen = plane × k + (x, y).
export interface View {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: View = { k: 1, x: 0, y: 0 };
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 48;

const clampK = (k: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));

/** Zooms by `factor` keeping the plane point under screen point (px, py) in place. */
export function zoomAt(v: View, factor: number, px: number, py: number): View {
  const k = clampK(v.k * factor);
  const f = k / v.k;
  return { k, x: px - (px - v.x) * f, y: py - (py - v.y) * f };
}

export const panBy = (v: View, dx: number, dy: number): View => ({ ...v, x: v.x + dx, y: v.y + dy });

/** The view that fits a rectangle of the plane [x0, y0, x1, y1] into width × height, centred. */
export function fitRect(
  [x0, y0, x1, y1]: [number, number, number, number],
  width: number,
  height: number,
  pad = 12,
): View {
  const k = clampK(Math.min((width - 2 * pad) / (x1 - x0), (height - 2 * pad) / (y1 - y0)));
  return { k, x: width / 2 - ((x0 + x1) / 2) * k, y: height / 2 - ((y0 + y1) / 2) * k };
}

/** Screen point → plane point. */
export const toPlane = (v: View, sx: number, sy: number): [number, number] => [
  (sx - v.x) / v.k,
  (sy - v.y) / v.k,
];

/** Pixels an arrow key pans the map by. */
export const KEY_PAN = 60;

/** The view after a key press on the map (arrows pan, + and − zoom about the centre), or null. */
export function viewForKey(v: View, key: string, width: number, height: number): View | null {
  switch (key) {
    case "ArrowLeft":
      return panBy(v, KEY_PAN, 0);
    case "ArrowRight":
      return panBy(v, -KEY_PAN, 0);
    case "ArrowUp":
      return panBy(v, 0, KEY_PAN);
    case "ArrowDown":
      return panBy(v, 0, -KEY_PAN);
    case "+":
    case "=":
      return zoomAt(v, 1.5, width / 2, height / 2);
    case "-":
    case "_":
      return zoomAt(v, 1 / 1.5, width / 2, height / 2);
    default:
      return null;
  }
}
