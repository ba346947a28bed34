import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import pluginQuery from "@tanstack/eslint-plugin-query";
import globals from "globals";

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
    // Dependencies flow one way: shared code (lib, components, data, filters) never imports features or app.
    files: ["src/lib/**", "src/components/**", "src/data/**", "src/filters/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/features/**", "**/app/**"],
              message: "shared code must not import features or app",
            },
          ],
        },
      ],
    },
  },
  {
    // Features never import each other: what two features share moves down to data, lib or components.
    files: ["src/features/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\.\\./(?!\\.\\./)[^/]+/",
              message:
                "a feature must not import another feature; move shared code to src/data, src/lib or src/components",
            },
            {
              group: ["**/app/**", "**/features/**"],
              message: "features must not import the app shell or, by path, another feature",
            },
          ],
        },
      ],
    },
  },
  {
    // The pipeline runs in Node and must never depend on the app's UI code.
    files: ["pipeline/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/features/**", "**/app/**", "**/components/**", "react", "react-dom"],
              message: "the pipeline only shares schemas with the app",
            },
          ],
        },
      ],
    },
  },
);
