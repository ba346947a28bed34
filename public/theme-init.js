// Apply a stored theme choice before the first paint (see src/components/ThemeToggle.tsx).
// A file, not an inline script, so the Content-Security-Policy can forbid inline scripts.
try {
  var theme = localStorage.getItem("theme");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
} catch (e) {}
