// The contract between the pipeline's driver (pipeline/build.ts) and its steps.
// A step reads raw files under `rawDir`, returns the files it wants written (validated JSON
// or binary) and a section of the run report. It never writes into public/data itself: the
// driver writes everything into a temporary folder and swaps it in only if every step succeeded.

/** Thrown for any problem with an input file; the driver prints `file: reason` and exits 1. */
export class RawDataError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "RawDataError";
  }
}

export interface Progress {
  /** Starts a bar (or a line in a non-TTY) for `total` units of work. */
  start(label: string, total: number): void;
  /** Advances the current bar by `by` units (default 1). */
  tick(by?: number): void;
  stop(): void;
}

export interface StepContext {
  /** The raw data folder (default ../shared/data), laid out as described in its README.md. */
  rawDir: string;
  progress: Progress;
  /**
   * Called by a step whose remaining work runs on worker threads: the driver then runs the other
   * steps on the main thread meanwhile (optional; a step that never calls it runs alone).
   */
  detach?: () => void;
}

export interface OutputFile {
  /** Path relative to public/data/, e.g. "losses.json" or "map/deepstate-2023.json". */
  path: string;
  /** Serialised content; JSON must be serialised deterministically (same input → same bytes). */
  content: string | Uint8Array;
  /** Its gzip -9 size, when the step already measured it (the driver then does not compress it again). */
  gzipBytes?: number;
}

export interface ReportSection {
  title: string;
  /** Free-form lines: rows read, rows rejected and why, coverage, discontinuities, checks. */
  lines: string[];
}

export interface StepResult {
  files: OutputFile[];
  report: ReportSection;
}

export type Step = (ctx: StepContext) => Promise<StepResult>;
