/* Builds dist/: the task pane (taskpane.html + taskpane.js), the custom functions (functions.js and
 * functions.json generated from the JSDoc), the help page, the browser demo, icons, the manifest and,
 * where ADDIN_URL is set, manifest.prod.xml pointing at it. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { sources } = require("webpack");
const { helpPage } = require("./scripts/help-page");
const { finishMetadata, productionUrl, toProductionUrls } = require("./scripts/functions-metadata");

/**
 * Finishes functions.json (errors allowed into `any` parameters; production URLs where ADDIN_URL is
 * set) and emits help.html from it.
 */
class FunctionsMetadataPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "FunctionsMetadataPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) return;
        const json = finishMetadata(asset.source.source().toString(), this.url);
        compilation.updateAsset("functions.json", new sources.RawSource(json));
        const examples = require("./src/functions/help.json");
        compilation.emitAsset("help.html", new sources.RawSource(helpPage(JSON.parse(json), examples)));
      });
    });
  }
}

/** The files whose JSDoc declares the custom functions (functions.ts, the entry, re-exports them). */
const FUNCTION_FILES = ["nce", "pricing", "ea", "csp-incentives"].map((f) => `./src/functions/${f}.ts`);

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  /** Where the production add-in is hosted (ADDIN_URL); without it no deployable production manifest is written. */
  const url = production ? productionUrl() : null;
  if (production && !url) {
    console.log("ADDIN_URL is not set: dist/ keeps the development URLs (https://localhost:3000) and no manifest.prod.xml is written.");
  }
  return {
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      demo: "./src/demo/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.csv$/, type: "asset/source" },
      ],
    },
    performance: { hints: false },
    // npm start, npm test and npm run build print errors and warnings, not webpack's full statistics.
    stats: "errors-warnings",
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      new FunctionsMetadataPlugin(url),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane", "functions"] }),
      new HtmlWebpackPlugin({ filename: "demo.html", template: "./src/demo/demo.html", chunks: ["demo"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml" },
          ...(url ? [{ from: "manifest.xml", to: "manifest.prod.xml", transform: (content) => toProductionUrls(content.toString(), url) }] : []),
        ],
      }),
    ],
  };
};
