/* eslint-disable no-undef */
/**
 * Builds the add-in: one page (taskpane.html) hosting the task pane and the PERF custom functions
 * (shared runtime), the two function metadata files generated from the registry, the icons and
 * the manifest.
 *
 * Environment:
 *   ADDIN_PUBLIC_URL  production base URL (https, ending in "/") replacing https://localhost:3000/
 *                     in dist/manifest.xml; without it the production manifest keeps localhost
 *                     and the build says so (LocalhostManifestWarning).
 *   OFFICE_JS_CDN     "china" loads office.js from the 21Vianet CDN instead of Microsoft's.
 *   PERFSCORE_OUT     output folder (default dist/), used by the tests to build into a temp dir.
 */
const path = require("path");
const fs = require("fs");
const ts = require("typescript");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS = {
  microsoft: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  china:
    "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
};

function publicUrl() {
  const url = process.env.ADDIN_PUBLIC_URL;
  if (!url) return DEV_URL;
  if (!/^https:\/\/[^\s"<>]+\/$/.test(url)) {
    throw new Error(
      `ADDIN_PUBLIC_URL must be an https URL ending in "/": ${url}`,
    );
  }
  return url;
}

function officeJsUrl() {
  const cdn = (process.env.OFFICE_JS_CDN || "microsoft").toLowerCase();
  if (!OFFICE_JS[cdn])
    throw new Error(`OFFICE_JS_CDN must be "microsoft" or "china": ${cdn}`);
  return OFFICE_JS[cdn];
}

/**
 * Loads a TypeScript module of this repository in Node (the function registry), transpiled on the
 * fly, so the metadata files always match the source without a separate compile step.
 */
function requireTs(file) {
  const src = path.resolve(__dirname, "src");
  for (const key of Object.keys(require.cache))
    if (key.startsWith(src)) delete require.cache[key];
  const previous = require.extensions[".ts"];
  require.extensions[".ts"] = (module, filename) => {
    const out = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
      },
      fileName: filename,
    });
    module._compile(out.outputText, filename);
  };
  try {
    return require(file);
  } finally {
    if (previous) require.extensions[".ts"] = previous;
    else delete require.extensions[".ts"];
  }
}

/** Emits functions.json and functions.zh-CN.json from the registry (functionsMetadata). */
class FunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(
      "FunctionsMetadataPlugin",
      (compilation) => {
        compilation.hooks.processAssets.tap(
          {
            name: "FunctionsMetadataPlugin",
            stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
          },
          () => {
            const registry = requireTs(
              path.resolve(__dirname, "src/functions/registry/metadata.ts"),
            );
            for (const [lang, file] of Object.entries(
              registry.METADATA_FILES,
            )) {
              const json =
                JSON.stringify(registry.functionsMetadata(lang), null, 2) +
                "\n";
              compilation.emitAsset(file, new webpack.sources.RawSource(json));
            }
            compilation.contextDependencies.add(
              path.resolve(__dirname, "src/functions/registry"),
            );
            compilation.contextDependencies.add(
              path.resolve(__dirname, "src/core"),
            );
          },
        );
      },
    );
  }
}

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

/**
 * A production build without ADDIN_PUBLIC_URL makes a manifest only a development machine can
 * load: say so among the build's warnings ("webpack compiled with 1 warning").
 */
class LocalhostManifestWarning {
  constructor(outDir) {
    this.manifest = path.join(path.relative(process.cwd(), outDir) || ".", "manifest.xml");
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalhostManifestWarning", (compilation) => {
      const warning = new webpack.WebpackError(
        [
          `ADDIN_PUBLIC_URL is not set: ${this.manifest} still points at ${DEV_URL}`,
          "and will not load on anyone else's machine. To deploy, build again with the",
          "add-in's https address, e.g.",
          "  ADDIN_PUBLIC_URL=https://addins.example.com/perfscore/ npm run build",
          `未设置 ADDIN_PUBLIC_URL：${this.manifest} 仍指向 ${DEV_URL}，只能在开发机上加载。`,
          "部署前请设置加载项的 https 地址后重新构建。",
        ].join("\n"),
      );
      warning.name = "LocalhostManifestWarning";
      compilation.warnings.push(warning);
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const base = dev ? DEV_URL : publicUrl();
  const outDir = path.resolve(process.env.PERFSCORE_OUT || path.join(__dirname, "dist"));
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: outDir,
      // Stable names (the manifest references functions.js); the page adds ?hash for cache busting.
      filename: "[name].js",
      chunkFilename: "[name].js",
      // Chunks load relative to taskpane.html, which sits beside them: no run-time path detection.
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          // Griffel's build-time transform (as Fluent's own packages ship): makeStyles becomes
          // precomputed atomic classes, so the runtime style resolver (~8 KB gzipped) stays out.
          // Listed before ts-loader's rule, so it runs on ts-loader's output (loaders run last first).
          test: /src[\\/]taskpane[\\/].*\.tsx?$/,
          use: { loader: "@griffel/webpack-loader" },
        },
        {
          // Only the two entry modules act on import; webpack may drop any other module whose
          // exports go unused (tree shaking across the src/core barrel): -0.5 KB pane, -0.8 KB functions.
          test: /[\\/]src[\\/].*\.tsx?$/,
          exclude: /[\\/]src[\\/](functions[\\/]functions\.ts|taskpane[\\/]index\.tsx)$/,
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; ES modules let webpack tree-shake.
              transpileOnly: true,
              compilerOptions: { module: "esnext", sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      // One runtime, so the task pane and the functions share module instances on the page.
      runtimeChunk: { name: "runtime" },
      splitChunks: {
        cacheGroups: {
          default: false,
          defaultVendors: false,
          // The engine both entries use; the pane's React/Fluent code stays in taskpane.js.
          // Only what both entries load at start: a module two lazy chunks share (the rule-text
          // reader: PERF.RULESCORE's chunk and the pane's scheme-sheet chunk) stays lazy.
          shared: {
            name: "shared",
            chunks: "initial",
            minChunks: 2,
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      ...(dev || process.env.ADDIN_PUBLIC_URL ? [] : [new LocalhostManifestWarning(outDir)]),
      new FunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "shared", "functions", "taskpane"],
        chunksSortMode: "manual",
        hash: true,
        templateParameters: { officeJsUrl: officeJsUrl() },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              dev ? content : content.toString().split(DEV_URL).join(base),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          static: false,
        }
      : undefined,
  };
};
