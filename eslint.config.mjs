import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

/**
 * office-addins' recommended rules (unchanged) for everything, with the globals each part of the
 * code may use (no-undef then catches a host API used where it does not belong):
 * - src/core and src/host: the language only (pure TypeScript: no DOM, no Node, no Office.js);
 * - src/excel, src/commands, src/taskpane, src/browser: the browser and Office.js;
 * - src/file: what both browsers and Node have (read-file-node.ts: Node);
 * - src/cli, bench, scripts, bin: Node;
 * - test: jest, Node, the browser (jsdom) and Office.js (the fakes stand in for it).
 */

const language = { ...globals.es2021 };
const office = { Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" };
/** Names TypeScript's DOM library declares as types only (used in type positions), unknown to the runtime lists. */
const domTypes = { BlobPart: "readonly", EventListener: "readonly", HeadersInit: "readonly", RequestInit: "readonly" };
const browser = { ...language, ...globals.browser, ...domTypes, ...office };
const node = { ...language, ...globals.node, NodeJS: "readonly" };

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**", "samples/**/*.js"] },
  ...officeAddins.configs.recommended,
  ...officeAddins.configs.react,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser, ecmaVersion: 2021, globals: language },
  },
  {
    files: ["src/excel/**", "src/commands/**", "src/taskpane/**", "src/browser/**"],
    languageOptions: { globals: browser },
  },
  { files: ["src/file/**"], languageOptions: { globals: { ...language, ...globals["shared-node-browser"] } } },
  {
    files: ["src/file/read-file-node.ts", "src/cli/**", "bench/**", "scripts/**", "bin/**", "*.js", "*.mjs"],
    languageOptions: { globals: node },
  },
  {
    files: ["test/**"],
    languageOptions: { globals: { ...browser, ...node, ...globals.jest } },
    // The fakes implement Office.js signatures whose arguments they do not need ("_start").
    rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }] },
  },
];
