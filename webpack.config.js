/* Builds dist/: the task pane (taskpane.html + taskpane.js), the custom functions (functions.js and
 * functions.json generated from the JSDoc), the help page, the browser demo, icons and both manifests. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { sources } = require("webpack");
const { helpPage } = require("./scripts/help-page");

const urlDev = "https://localhost:3000/";
/** Where the production add-in is hosted: set ADDIN_URL when building for release. */
const urlProd = (process.env.ADDIN_URL || "https://renewal-radar.example.com/").replace(/\/?$/, "/");

const toProd = (text) => text.split(urlDev).join(urlProd).split(urlDev.slice(0, -1)).join(urlProd.slice(0, -1));

/** Emits help.html from functions.json; in production, points functions.json's help URLs at urlProd. */
class HelpPagePlugin {
  constructor(production) {
    this.production = production;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("HelpPagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "HelpPagePlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) return;
        let json = asset.source.source().toString();
        if (this.production) {
          json = toProd(json);
          compilation.updateAsset("functions.json", new sources.RawSource(json));
        }
        const examples = require("./src/functions/help.json");
        compilation.emitAsset("help.html", new sources.RawSource(helpPage(JSON.parse(json), examples)));
      });
    });
  }
}

module.exports = (env, argv) => {
  const production = argv.mode === "production";
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
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HelpPagePlugin(production),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane", "functions"] }),
      new HtmlWebpackPlugin({ filename: "demo.html", template: "./src/demo/demo.html", chunks: ["demo"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "manifest.xml", to: "manifest.prod.xml", transform: (content) => toProd(content.toString()) },
        ],
      }),
    ],
  };
};
