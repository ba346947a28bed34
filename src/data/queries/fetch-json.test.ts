import { afterEach, describe, expect, it, vi } from "vitest";
import { manifestFileSchema } from "../schemas/manifest";
import { makeManifest } from "../test-builders";
import { DataLoadError, dataUrl, fetchJson, shouldRetry } from "./fetch-json";

function serve(body: string, init: ResponseInit = {}) {
  const fetchMock = vi.fn(async () => new Response(body, init));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

async function failure(promise: Promise<unknown>): Promise<DataLoadError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataLoadError);
  return error as DataLoadError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("fetchJson", () => {
  it("returns the parsed file and asks for it under the base path", async () => {
    const manifest = makeManifest();
    const fetchMock = serve(JSON.stringify(manifest));
    await expect(fetchJson("data/manifest.json", manifestFileSchema)).resolves.toEqual(manifest);
    expect(fetchMock).toHaveBeenCalledWith("/data/manifest.json", expect.anything());
    expect(dataUrl("/data/x.json")).toBe(`${import.meta.env.BASE_URL}data/x.json`);
  });

  it("names the missing file on a 404", async () => {
    serve("Not found", { status: 404, statusText: "Not Found" });
    const error = await failure(fetchJson("data/losses.json", manifestFileSchema));
    expect(error.message).toBe("data/losses.json is missing on the server (HTTP 404 Not Found).");
    expect(error.kind).toBe("http");
  });

  it("calls a web page sent for a file (a host's SPA fallback) missing, not broken JSON", async () => {
    serve("<!doctype html><title>App</title>", { headers: { "Content-Type": "text/html; charset=utf-8" } });
    const error = await failure(fetchJson("data/oryx.json", manifestFileSchema));
    expect(error.message).toBe(
      "data/oryx.json is missing on the server: it answered with a web page (text/html) instead of the file.",
    );
    expect(error.kind).toBe("http");
  });

  it("reports other server errors with their status", async () => {
    serve("oops", { status: 503 });
    const error = await failure(fetchJson("data/losses.json", manifestFileSchema));
    expect(error.message).toContain("the server answered HTTP 503");
  });

  it("says a truncated file may be truncated", async () => {
    serve(JSON.stringify(makeManifest()).slice(0, 40));
    const error = await failure(fetchJson("data/manifest.json", manifestFileSchema));
    expect(error.kind).toBe("json");
    expect(error.message).toMatch(/^data\/manifest\.json is not valid JSON; the file may be truncated/);
  });

  it("lists the first schema problems with their paths", async () => {
    const broken = { ...makeManifest(), bounds: { from: "24/02/2022", to: 7 }, files: "none" };
    serve(JSON.stringify(broken));
    const error = await failure(fetchJson("data/manifest.json", manifestFileSchema));
    expect(error.kind).toBe("schema");
    expect(error.message).toContain("data/manifest.json does not have the expected format");
    expect(error.message).toContain("bounds.from: expected a date as YYYY-MM-DD");
    expect(error.message).toContain("bounds.to:");
    expect(error.message).toContain("files:");
  });

  it("counts the problems it does not list", async () => {
    serve(JSON.stringify({ schemaVersion: 99 }));
    const error = await failure(fetchJson("data/manifest.json", manifestFileSchema));
    expect(error.message).toMatch(/\(and 1 more\)\.$/);
  });

  it("names the file and the semantic check it fails, and does not retry it", async () => {
    serve(JSON.stringify(makeManifest()));
    const check = () => ({ check: "dates in order, each day once", at: "dates[3] repeats 2023-01-02" });
    const error = await failure(fetchJson("data/manifest.json", manifestFileSchema, undefined, check));
    expect(error.kind).toBe("check");
    expect(error.message).toBe(
      "data/manifest.json failed a check (dates in order, each day once): dates[3] repeats 2023-01-02.",
    );
    expect(shouldRetry(0, error)).toBe(false);
  });

  it("turns a dropped connection into a retryable error", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    const error = await failure(fetchJson("data/events.json", manifestFileSchema));
    expect(error.kind).toBe("network");
    expect(error.message).toContain("data/events.json could not be downloaded (Failed to fetch)");
    expect(shouldRetry(0, error)).toBe(true);
    expect(shouldRetry(2, error)).toBe(false);
  });

  it("does not retry files that are missing or malformed", () => {
    expect(shouldRetry(0, new DataLoadError("data/x.json", "http", "gone"))).toBe(false);
    expect(shouldRetry(0, new DataLoadError("data/x.json", "schema", "bad"))).toBe(false);
  });
});
