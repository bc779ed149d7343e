/**
 * The webpack builds the bundle and render benchmarks measure: the add-in as webpack.config.js
 * makes it for production, the baseline page (React 18 + FluentProvider + one Button) with the
 * same configuration, and the tests' fake office.js.
 */
import * as fs from "fs";
import * as path from "path";
import type { Configuration, Stats } from "webpack";

export const ROOT = path.resolve(__dirname, "..", "..").replace(/[\\/]bench[\\/]out[\\/]js$/, "");
export const FAKE_OFFICE_FILE = "__fake-office.js";

async function config(outDir: string, entry?: Record<string, string>): Promise<Configuration> {
  process.env.PERFSCORE_OUT = outDir;
  delete process.env.ADDIN_PUBLIC_URL;
  delete process.env.OFFICE_JS_CDN;
  const make = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<Configuration>;
  const c = await make({}, { mode: "production" });
  c.context = ROOT;
  if (entry) {
    // Same mode, loaders, resolution and optimisation; only the entry differs (no page or manifest plugins).
    c.entry = entry;
    c.plugins = [];
  }
  return c;
}

function build(c: Configuration): Promise<Stats> {
  const webpack = require("webpack") as typeof import("webpack");
  return new Promise((resolve, reject) =>
    webpack(c, (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(stats?.toString("errors-only") ?? "no stats"));
      resolve(stats);
    }),
  );
}

/** The production add-in (taskpane.html, runtime/shared/functions/taskpane.js, manifest...); `adjust` may vary the configuration. */
export async function buildAddin(outDir: string, adjust?: (c: Configuration) => void): Promise<string> {
  const c = await config(outDir);
  adjust?.(c);
  await build(c);
  return outDir;
}

/** baseline.js + runtime.js, and a page like taskpane.html that loads them. */
export async function buildBaseline(outDir: string): Promise<string> {
  await build(await config(outDir, { baseline: path.join(ROOT, "bench", "bundle", "baseline.tsx") }));
  fs.writeFileSync(
    path.join(outDir, "baseline.html"),
    '<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />' +
      '<title>baseline</title><script defer src="runtime.js"></script><script defer src="baseline.js"></script></head>' +
      '<body><div id="container"></div></body></html>',
  );
  return outDir;
}

/** test/support/fakeOffice.ts as a browser bundle (what the pane tests serve in place of office.js). */
export async function buildFakeOffice(outDir: string): Promise<string> {
  await build({
    mode: "development",
    devtool: false,
    context: ROOT,
    entry: path.join(ROOT, "test", "support", "fakeOffice.ts"),
    output: { path: outDir, filename: FAKE_OFFICE_FILE, iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext" } } }],
    },
  });
  return path.join(outDir, FAKE_OFFICE_FILE);
}
