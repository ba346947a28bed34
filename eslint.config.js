import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import pluginQuery from "@tanstack/eslint-plugin-query";
import globals from "globals";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { readdirSync } from "node:fs";

// Each feature folder may import only itself and the shared layers below it (see the zones below).
const FEATURES = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

export default tseslint.config(
  { ignores: ["dist", "node_modules", "public", "test-results", "playwright-report", "coverage"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs["flat/recommended"],
  {
    // Plain Node scripts (scripts/*.mjs, this config).
    files: ["**/*.{js,mjs}"],
    languageOptions: { globals: globals.node },
  },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // No raw HTML from strings: anything from a link or a data file must go through React's escaping
      // (stands in for react/no-danger; there is no React plugin here).
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "No dangerouslySetInnerHTML: render text through React so it is escaped.",
        },
        {
          selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
          message: "No innerHTML/outerHTML: build DOM nodes or render through React.",
        },
        {
          selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]",
          message: "No HTML parsing from strings.",
        },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: "No document.write.",
        },
      ],
    },
  },
  {
    // Import boundaries as zones (folders, so sub-folders need no special rule): dependencies flow one
    // way, shared (lib, components, data, filters) → features → app. Import cycles (type-only ones
    // included) fail `npm run lint:cycles` (dpdm), part of `npm run lint`.
    files: ["src/**/*.{ts,tsx}", "pipeline/**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/extensions": [".ts", ".tsx", ".js"],
    },
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: ["./src/lib", "./src/components", "./src/data", "./src/filters"],
              from: ["./src/features", "./src/app", "./src/scenes"],
              message: "shared code must not import features, the app shell or the chart scenes",
            },
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: "./src/features",
              except: [`./${feature}`],
              message:
                "a feature must not import another feature; move shared code to src/data, src/lib or src/components",
            })),
            {
              target: "./src/features",
              from: ["./src/app", "./src/scenes"],
              message: "features must not import the app shell or the chart scenes (test-only)",
            },
            {
              target: "./src/app",
              from: "./src/scenes",
              message: "the chart scenes are test-only: the app must not import them",
            },
            {
              target: "./pipeline",
              from: ["./src/features", "./src/app", "./src/components"],
              message: "the pipeline only shares schemas, checks and pure helpers with the app",
            },
          ],
        },
      ],
    },
  },
  {
    // Files and functions small enough to read at once (#22): at most 400 lines of code per file and
    // 150 per function (blank lines and comments not counted), in the app's own code.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/**/*.test.{ts,tsx}", "src/test-setup.ts", "src/data/test-builders.ts"],
    rules: {
      "max-lines": ["error", { max: 400, skipBlankLines: true, skipComments: true }],
      "max-lines-per-function": ["error", { max: 150, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The pipeline runs in Node and must never depend on React.
    files: ["pipeline/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "react", message: "the pipeline runs in Node, without React" }, "react-dom"] },
      ],
    },
  },
);
