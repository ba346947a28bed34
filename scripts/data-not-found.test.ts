import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { dataNotFound } from "./data-not-found";

const dir = mkdtempSync(path.join(tmpdir(), "data-not-found-"));
mkdirSync(path.join(dir, "data", "map"), { recursive: true });
writeFileSync(path.join(dir, "data", "losses.json"), "{}");
writeFileSync(path.join(dir, "data", "map", "index.json"), "{}");
writeFileSync(path.join(dir, "secret.txt"), "not data");

/** What the middleware does with `url`: "next" (served as usual) or the status it answered. */
function answer(url: string, base = "/"): { status: number | "next"; type?: string } {
  const headers: Record<string, string> = {};
  const res = {
    statusCode: 200,
    setHeader: (k: string, v: string) => void (headers[k.toLowerCase()] = v),
    end: vi.fn(),
  };
  const next = vi.fn();
  dataNotFound(base, path.join(dir, "data"))(
    { url } as IncomingMessage,
    res as unknown as ServerResponse,
    next,
  );
  return next.mock.calls.length
    ? { status: "next" }
    : { status: res.statusCode, type: headers["content-type"] };
}

describe("dataNotFound", () => {
  it("passes existing data files and every other path on", () => {
    expect(answer("/data/losses.json").status).toBe("next");
    expect(answer("/data/map/index.json?v=1").status).toBe("next");
    expect(answer("/").status).toBe("next");
    expect(answer("/?from=2023-01-01").status).toBe("next");
  });

  it("answers a missing data file with 404 plain text, not the page", () => {
    expect(answer("/data/oryx.json")).toEqual({ status: 404, type: "text/plain; charset=utf-8" });
    expect(answer("/data/map/").status).toBe(404);
    expect(answer("/data/%E0%A4%A").status).toBe(404);
  });

  it("never reaches outside the data folder", () => {
    expect(answer("/data/../secret.txt").status).toBe(404);
    expect(answer("/data/%2e%2e/secret.txt").status).toBe(404);
  });

  it("honours the base path", () => {
    expect(answer("/war-data/data/losses.json", "/war-data/").status).toBe("next");
    expect(answer("/war-data/data/nope.json", "/war-data/").status).toBe(404);
  });
});
