// Adds DOM matchers (toBeInTheDocument, …) for component tests running under jsdom.
import "@testing-library/jest-dom/vitest";
import { beforeEach } from "vitest";

// URL changes reach the history a frame late (filters/use-url-state.ts): one a test left pending is
// written now, as it would have been at once before, rather than during the next test.
beforeEach(async () => {
  if (typeof window === "undefined") return;
  const { flushUrlWrites } = await import("./filters/use-url-state");
  flushUrlWrites();
});
