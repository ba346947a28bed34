/**
 * The width in CSS px the default view's charts are drawn at in the prebuilt index.html
 * (scripts/prerender/plugin.ts): a losses chart's width on a screen at least 1248 px wide, where
 * the page's column stops growing (main: 76rem less 1rem padding each side; beside it the 17rem
 * KPI column and a 0.75rem gap; the chart frame's own padding). On such screens the client's first
 * measurement equals it, so hydration changes nothing; on narrower ones the baked SVG is scaled to
 * fit (its viewBox) until the client redraws it at its real width. e2e/prerender.spec.ts checks it
 * against the measured width.
 */
export const PRERENDER_CHART_WIDTH = 900;
