/** Headless Chromium (Debian's) for the browser tests, and a static file server on 127.0.0.1. */
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import type { AddressInfo } from "net";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Whether Chromium is here. Under CI=true a missing browser is an error (the suite must not pass
 * without running); elsewhere the caller skips loudly.
 */
export function chromiumAvailable(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  const msg = `Chromium not found at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium fonts-wqy-zenhei`;
  if (process.env.CI === "true") throw new Error(msg);
  console.warn(`SKIPPING browser tests — ${msg}`);
  return false;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 (a random port). */
export function serve(dir: string): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(
      new URL(req.url ?? "/", "http://localhost").pathname,
    );
    const file = path.join(dir, path.normalize(rel));
    if (
      !file.startsWith(dir) ||
      !fs.existsSync(file) ||
      fs.statSync(file).isDirectory()
    ) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    }),
  );
}
