// Finds a Chromium for the end-to-end tests, installing one if the machine has none.
// Order: $CHROMIUM_PATH, Playwright's own browser, /usr/bin/chromium (Debian), then try to install.
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

function playwrightBrowser() {
  try {
    // playwright-core knows where its own downloaded browser would live.
    const out = execSync(
      `node -e "const {chromium}=require('playwright-core');process.stdout.write(chromium.executablePath())"`,
      { stdio: ["ignore", "pipe", "ignore"] },
    ).toString();
    return out && existsSync(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

/** The path of a usable Chromium, or undefined. Never installs anything. */
/** Flags needed on this closed network (no background traffic) and as root in CI (no sandbox). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  return playwrightBrowser() ?? SYSTEM_PATHS.find((p) => existsSync(p));
}

function tryRun(cmd) {
  console.log(`find-chromium: trying \`${cmd}\``);
  try {
    execSync(cmd, { stdio: "inherit" });
    return true;
  } catch {
    return false;
  }
}

/** Finds a Chromium, or installs one (Playwright's download, then Debian's package as root). */
export function ensureChromium() {
  let path = findChromium();
  if (path) return path;
  tryRun("npx playwright install chromium");
  path = findChromium();
  if (path) return path;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    tryRun("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium");
    path = findChromium();
    if (path) return path;
  }
  console.error(
    "find-chromium: no Chromium found. Install one (Debian: `sudo apt-get install chromium`) " +
      "or set CHROMIUM_PATH to a Chromium/Chrome executable, then run `npm test` again.",
  );
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`find-chromium: using ${ensureChromium()}`);
}
