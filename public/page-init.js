// Runs before the first paint, from a file rather than inline so the Content-Security-Policy can
// forbid inline scripts.
// 1. A stored theme choice (see src/components/ThemeToggle.tsx), so the page never flashes the other.
try {
  var theme = localStorage.getItem("theme");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
} catch (e) {}
// 2. Whether this address shows the default view that index.html holds prebuilt: no query, no
// hash but a section's, and a browser language that writes numbers as where the page was built
// (data-built-locales, from scripts/prerender/bake-html.ts numberFormats: read from the tag, as
// asking Intl here would hold the first paint back by 10–50 ms; src/app/main.tsx checks the digits
// themselves before it hydrates). Otherwise (a range, options, an embed, a chart's permalink,
// another locale) the prebuilt view is hidden (index.css) and never seen: main.tsx renders this
// address's view instead.
(function () {
  var root = document.documentElement;
  var hash = location.hash;
  var section = hash === "" || /^#(losses|comparison|map|sources|main)$/.test(hash);
  var locales = (root.getAttribute("data-built-locales") || "").split(" ");
  var same = locales.indexOf(navigator.language) >= 0;
  root.dataset.view = location.search === "" && section && same ? "default" : "linked";
})();
