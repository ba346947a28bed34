// Progress for long steps: a cli-progress bar (counts, percentage, ETA) on a terminal, and plain
// periodic lines when output is piped or logged (CI), so logs stay readable.
import cliProgress from "cli-progress";
import type { Progress } from "../types";

/** Plain-line progress: at most one line per 10 % of the work or per 5 s, whichever comes first. */
export function createLineProgress(write: (line: string) => void, now: () => number = Date.now): Progress {
  let label = "";
  let total = 0;
  let value = 0;
  let started = 0;
  let lastLine = 0;
  let lastValue = 0;
  const line = () => {
    const elapsed = (now() - started) / 1000;
    const eta = value > 0 && total > value ? Math.round((elapsed / value) * (total - value)) : 0;
    const pct = total > 0 ? Math.floor((value / total) * 100) : 100;
    // No ETA before the first unit of work is done: there is nothing to extrapolate from.
    write(`${label}: ${value}/${total} (${pct}%)${value > 0 && value < total ? `, ETA ${eta}s` : ""}`);
    lastLine = now();
    lastValue = value;
  };
  return {
    start(l, t) {
      label = l;
      total = t;
      value = 0;
      started = now();
      line();
    },
    tick(by = 1) {
      value += by;
      if (value - lastValue >= Math.max(1, total / 10) || now() - lastLine >= 5000) line();
    },
    stop() {
      if (value !== lastValue) line();
      write(`${label}: done in ${((now() - started) / 1000).toFixed(1)}s`);
    },
  };
}

export function createBarProgress(stream: NodeJS.WriteStream): Progress {
  const bar = new cliProgress.SingleBar(
    {
      format: "{label} [{bar}] {value}/{total} {percentage}% | ETA {eta_formatted}",
      hideCursor: true,
      stream,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (label, total) => bar.start(total, 0, { label }),
    tick: (by = 1) => bar.increment(by),
    stop: () => bar.stop(),
  };
}

/** A bar on a TTY, lines otherwise. Progress goes to stderr so the report on stdout stays clean. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? createBarProgress(stream) : createLineProgress((l) => stream.write(`${l}\n`));
}

export const silentProgress: Progress = { start() {}, tick() {}, stop() {} };
