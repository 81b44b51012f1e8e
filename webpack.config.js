/* Builds dist/: the task pane (taskpane.html + taskpane.js), the custom functions (functions.js and
 * functions.json generated from the JSDoc), the help, support and privacy pages, the browser demo,
 * icons and the development manifest (https://localhost:3000).
 *
 * With `--env release` (npm run release, ADDIN_URL required) it builds release/ instead: the same
 * add-in without the demo, every URL under ADDIN_URL, icons under content-hashed names and the
 * release manifest (scripts/manifest.js says what differs from the development one). */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { sources } = require("webpack");
const { helpPage } = require("./scripts/help-page");
const { finishMetadata, productionUrl } = require("./scripts/functions-metadata");
const { DEV_URL, hashedName, manifestFor } = require("./scripts/manifest");
const { policyText } = require("./scripts/csp");
const { version } = require("./package.json");

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
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const json = finishMetadata(asset.source.source().toString(), this.url);
          compilation.updateAsset("functions.json", new sources.RawSource(json));
          const examples = require("./src/functions/help.json");
          compilation.emitAsset("help.html", new sources.RawSource(helpPage(JSON.parse(json), examples)));
        },
      );
    });
  }
}

/** The files whose JSDoc declares the custom functions (functions.ts, the entry, re-exports them). */
const FUNCTION_FILES = ["nce", "end-of-term", "pricing", "ea", "csp-incentives"].map((f) => `./src/functions/${f}.ts`);

/** The support and privacy pages, with the version they describe. */
class StaticPagesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("StaticPagesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "StaticPagesPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const page of ["support.html", "privacy.html"]) {
            const html = fs
              .readFileSync(path.join(__dirname, "src", "pages", page), "utf8")
              .split("{{VERSION}}")
              .join(version);
            compilation.emitAsset(page, new sources.RawSource(html));
          }
          compilation.emitAsset(
            "page.css",
            new sources.RawSource(fs.readFileSync(path.join(__dirname, "src", "pages", "page.css"))),
          );
        },
      );
    });
  }
}

/** The icons under content-hashed names (release) or their own (development): name → file name. */
function iconNames(release) {
  const names = {};
  for (const file of fs.readdirSync(path.join(__dirname, "assets"))) {
    names[file] = release ? hashedName(file, fs.readFileSync(path.join(__dirname, "assets", file))) : file;
  }
  return names;
}

module.exports = (env = {}, argv = {}) => {
  const release = Boolean(env.release);
  const production = argv.mode === "production" || release;
  /** Where the release is hosted (ADDIN_URL); a release without it is refused. */
  const url = release ? productionUrl() : null;
  if (release && !url)
    throw new Error(
      "npm run release needs ADDIN_URL, the https address the add-in will be served from: ADDIN_URL=https://addins.example.org/renewal-radar/ npm run release",
    );
  const icons = iconNames(release);
  const manifest = (content) =>
    manifestFor(content.toString(), {
      url: url ?? DEV_URL,
      version,
      environment: release ? "release" : "development",
      icons,
    });
  return {
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      ...(release ? {} : { demo: "./src/demo/index.tsx" }),
    },
    output: { path: path.resolve(__dirname, release ? "release" : "dist"), filename: "[name].js", clean: true },
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
      new StaticPagesPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        templateParameters: { favicon: `assets/${icons["icon-16.png"]}`, csp: policyText() },
      }),
      ...(release
        ? []
        : [new HtmlWebpackPlugin({ filename: "demo.html", template: "./src/demo/demo.html", chunks: ["demo"] })]),
      new CopyWebpackPlugin({
        patterns: [
          ...Object.entries(icons).map(([file, name]) => ({ from: `assets/${file}`, to: `assets/${name}` })),
          { from: "manifest.xml", to: "manifest.xml", transform: manifest },
        ],
      }),
    ],
  };
};
