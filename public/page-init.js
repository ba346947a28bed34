// Runs before the first paint, from a file rather than inline so the Content-Security-Policy can
// forbid inline scripts.
// 1. A stored theme choice (see src/components/ThemeToggle.tsx), so the page never flashes the other.
try {
  var theme = localStorage.getItem("theme");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
} catch (e) {}
// 2. Whether this address shows the default view that index.html holds prebuilt: no query, no
// hash but a section's, and numbers formatted here as where it was built (scripts/prerender/
// bake-html.ts, numberSample: the same three formats). Otherwise (a range, options, an embed, a
// chart's permalink, another locale) the prebuilt view is hidden (index.css) and never seen:
// src/app/main.tsx renders this address's view instead.
(function () {
  var root = document.documentElement;
  var hash = location.hash;
  var section = hash === "" || /^#(losses|comparison|map|sources|main)$/.test(hash);
  var numbers;
  try {
    numbers = [
      new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(-1234567.5),
      new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 }).format(1250000),
      new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 1 }).format(0.125),
    ].join("|");
  } catch (e) {}
  var same = numbers !== undefined && numbers === root.getAttribute("data-built-numbers");
  root.dataset.view = location.search === "" && section && same ? "default" : "linked";
})();
