// Security headers, a strict CSP the page actually runs under, and hostile links that are shown
// as text, never as markup.
import { expect, openApp, test } from "./helpers";

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

test.beforeEach(async ({ page }) => {
  // Registered before any page script runs, so a violation during start-up is caught too.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__cspViolations!.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
});

test("the page is served with a strict CSP and security headers", async ({ page }) => {
  const response = await page.goto("/");
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).not.toMatch(/https?:/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // The data files get them too (served by the same server).
  const data = await page.request.get("data/manifest.json");
  expect(data.headers()["x-content-type-options"]).toBe("nosniff");
});

test("the dashboard draws its charts under the CSP with no violation", async ({ page }) => {
  await openApp(page);
  await expect(page.locator("figure svg").first()).toBeVisible();
  // The stored theme still applies before first paint (the theme script is a file now).
  await page.evaluate(() => localStorage.setItem("theme", "dark"));
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator("figure svg").first()).toBeVisible();
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});

test("markup in a link is shown as text in the notice, never run or inserted", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const hostile = encodeURIComponent("<img src=x onerror=alert(1)><script>alert(2)</script>");
  await openApp(page, `?cats=${hostile}&view=${hostile}&map=../../&from=2099-01-01&to=${"9".repeat(10_000)}`);
  const notice = page.getByRole("status").filter({ hasText: "could not be used" });
  await expect(notice).toContainText("“<img src=x onerror=alert(1)><script>aler…”");
  await expect(page.locator("img[src=x], body script:not([src])")).toHaveCount(0);
  // Nothing broke out of the layout: the page is no wider than the window.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(dialogs).toBe(0);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});
