// clipper2-ts is installed in pipeline/tools (see load-mapshaper.ts), where tsc does not look: these
// are the parts of its API the pipeline uses.
declare module "clipper2-ts" {
  export interface Point64 {
    x: number;
    y: number;
  }
  export type Path64 = Point64[];
  export type Paths64 = Path64[];
  export enum ClipType {
    NoClip = 0,
    Intersection = 1,
    Union = 2,
    Difference = 3,
    Xor = 4,
  }
  export enum FillRule {
    EvenOdd = 0,
    NonZero = 1,
    Positive = 2,
    Negative = 3,
  }
  export enum PathType {
    Subject = 0,
    Clip = 1,
  }
  /** Vertices and local minima of paths, built once and added to several Clipper64 runs. */
  export class ReuseableDataContainer64 {
    addPaths(paths: Paths64, pathType: PathType, isOpen: boolean): void;
  }
  export class Clipper64 {
    addSubject(paths: Paths64): void;
    addClip(paths: Paths64): void;
    addReuseableData(data: ReuseableDataContainer64): void;
    execute(clipType: ClipType, fillRule: FillRule, solutionClosed: Paths64): boolean;
  }
}
