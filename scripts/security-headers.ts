// Response headers for any server of the built site (vite preview uses them; README shows the same
// for nginx). Everything the app loads comes from its own origin: scripts and styles are files,
// data is fetched from data/, the favicon is a data: URL and exports are drawn from blob:/data: images.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  // Any site may frame the page: "Embed" hands out <iframe> snippets of ?embed= views. The page
  // takes no input that a framing site could trick a reader into submitting.
  "frame-ancestors *",
].join("; ");

export const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};
