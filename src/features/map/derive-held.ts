// Who held a place on a day: the shared point-in-polygon rule (src/lib/geometry.ts).
export { containsPoint } from "../../lib/geometry";
