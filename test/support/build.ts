/**
 * The production build, made once per jest run and shared by the browser and manifest tests:
 * the first test file to ask builds into a temp folder (a mkdir lock keeps the others waiting),
 * the rest reuse it. globalSetup.js names the folder for the run and globalTeardown.js removes it.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";

const ROOT = path.resolve(__dirname, "../..");
export const FAKE_OFFICE_FILE = "__fake-office.js";

export function buildDir(): string {
  return (
    process.env.PERFSCORE_BUILD_DIR ??
    path.join(os.tmpdir(), `perfscore-build-${process.ppid}`)
  );
}

async function buildFakeOffice(dir: string): Promise<void> {
  // webpack's Node API, for the small browser bundle of the fake host.
  const webpack = require("webpack") as typeof import("webpack");
  const compiler = webpack({
    mode: "development",
    devtool: false,
    entry: path.join(ROOT, "test/support/fakeOffice.ts"),
    output: { path: dir, filename: FAKE_OFFICE_FILE, iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            compilerOptions: { module: "esnext" },
          },
        },
      ],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) reject(err);
      else if (stats?.hasErrors())
        reject(new Error(stats.toString("errors-only")));
      else resolve();
    }),
  );
}

async function build(dir: string): Promise<void> {
  const webpackCli = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");
  await promisify(execFile)(
    process.execPath,
    [webpackCli, "--mode", "production"],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PERFSCORE_OUT: dir,
        ADDIN_PUBLIC_URL: "",
        OFFICE_JS_CDN: "",
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  await buildFakeOffice(dir);
}

/** The folder holding the production build (and the fake office.js), building it if needed. */
export async function builtAddin(): Promise<string> {
  const dir = buildDir();
  const done = path.join(dir, ".done");
  const failed = path.join(dir, ".failed");
  const lock = `${dir}.lock`;
  let owner = false;
  try {
    fs.mkdirSync(lock);
    owner = true;
  } catch {
    // another test file is building
  }
  if (owner && !fs.existsSync(done)) {
    try {
      await build(dir);
      fs.writeFileSync(done, new Date().toISOString());
    } catch (e) {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(failed, String(e instanceof Error ? e.stack : e));
      throw e;
    }
    return dir;
  }
  for (let waited = 0; waited < 600_000; waited += 250) {
    if (fs.existsSync(done)) return dir;
    if (fs.existsSync(failed))
      throw new Error(`the build failed: ${fs.readFileSync(failed, "utf8")}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("timed out waiting for the build");
}
