// The architecture as lint rules (bulletproof-react's idea): which folder may import which, and no
// import cycles. docs/architecture.md draws the same zones. `npm run lint` runs this; `npm test`
// runs it first. Hosts and front-ends reach the review through its index only.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";

/** Each layer and the folders it must not import (lower layers never import higher ones). */
const ABOVE_CELLS = ["./src/review", "./src/excel", "./src/cli", "./src/taskpane", "./src/demo", "./src/functions"];
const ZONES = [
  {
    target: "./src/util",
    from: ["./src/rules", "./src/cells", ...ABOVE_CELLS],
    message: "src/util holds generic helpers (A1 addresses, columns, pages, ordering): they know nothing of ours.",
  },
  {
    target: "./src/rules",
    from: ["./src/cells", ...ABOVE_CELLS],
    message:
      "src/rules is the bottom layer: pure licensing rules over day numbers and money, no cell reading, no hosts.",
  },
  {
    target: "./src/cells",
    from: ABOVE_CELLS,
    message:
      "src/cells reads a cell's or an argument's text (numbers, dates, terms) for the review and the formulas alike.",
  },
  {
    target: "./src/review",
    from: ["./src/excel", "./src/cli", "./src/taskpane", "./src/demo", "./src/functions"],
    message: "The review is pure: hosts and front-ends use it, never the reverse.",
  },
  {
    target: ["./src/excel", "./src/cli", "./src/taskpane", "./src/demo"],
    from: "./src/review",
    except: ["./index.ts"],
    message: "Hosts and front-ends use the review through src/review/index.ts only: its stages are its own.",
  },
  {
    target: "./src/review/reading",
    from: ["./src/review/checks", "./src/review/findings", "./src/review/pipeline.ts", "./src/review/row-review.ts"],
    message: "Reading comes first: it never imports the checks, the findings or the pipeline.",
  },
  {
    target: "./src/review/checks",
    from: ["./src/review/pipeline.ts", "./src/review/review.ts"],
    message: "A check never drives the pipeline.",
  },
  {
    target: "./src/functions",
    from: ["./src/review", "./src/cli", "./src/taskpane", "./src/demo"],
    message: "The formulas stand on src/rules and src/cells alone (and the workbook's date system probe).",
  },
  {
    target: "./src/functions",
    from: ["./src/excel"],
    except: ["./date-system-probe.ts"],
    message: "The formulas ask the workbook only for its date system.",
  },
  {
    target: "./src/excel",
    from: ["./src/cli", "./src/taskpane", "./src/demo", "./src/functions"],
    message: "The workbook hosts serve the pane: they never import it.",
  },
  {
    target: "./src/cli",
    from: ["./src/excel", "./src/taskpane", "./src/demo", "./src/functions"],
    message: "The command line is a front-end over the review alone.",
  },
  {
    target: "./src/taskpane",
    from: ["./src/cli", "./src/demo", "./src/functions"],
    message: "The pane gets a WorkbookHost; it never reaches the CLI, the demo or the formulas.",
  },
];

export default tseslint.config(
  { ignores: ["dist/", "release/", "node_modules/", ".bench/", ".cli/", "coverage/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: { "import-x": importX, "react-hooks": reactHooks },
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        __filename: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setInterval: "readonly",
        URL: "readonly",
      },
    },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [importX.createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] })],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-restricted-paths": ["error", { zones: ZONES }],
      "react-hooks/rules-of-hooks": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    // Node scripts (CommonJS, like webpack's config) load each other with require.
    files: ["scripts/**", "bin/**", "*.js", "*.mjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Tests hand office.js-shaped fakes around: `any` is their honest type.
    files: ["test/**", "bench/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Code these scripts hand to the browser page (page.evaluate) runs there, with the page's globals.
    files: ["scripts/bench-pane.mjs", "scripts/screenshots.mjs"],
    languageOptions: { globals: { window: "readonly", document: "readonly", performance: "readonly" } },
  },
);
