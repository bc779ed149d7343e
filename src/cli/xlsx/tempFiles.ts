/**
 * Temporary files next to an output, named so that anyone can tell what they are and who made
 * them: `.~perfscore-<pid>-<random>.xlsx.tmp`. They are removed on SIGINT/SIGTERM/SIGHUP; one left
 * by a kill -9 (its pid no longer running) is removed by the next save into that folder.
 */
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";

type Signal = "SIGINT" | "SIGTERM" | "SIGHUP";

const TEMP_NAME = /^\.~perfscore-(\d+)-[0-9a-z]+\.xlsx\.tmp$/;
const SIGNALS: Signal[] = ["SIGINT", "SIGTERM", "SIGHUP"];

const live = new Set<string>();

export function isTempFileName(name: string): boolean {
  return TEMP_NAME.test(name);
}

/** A fresh temporary path in `dir`, removed if the process is interrupted before `release`. */
export function claimTempFile(dir: string): string {
  const file = path.join(
    dir,
    `.~perfscore-${process.pid}-${randomBytes(6).toString("hex")}.xlsx.tmp`
  );
  if (live.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  live.add(file);
  return file;
}

/** Removes the file (if still there) and stops watching for it. */
export async function releaseTempFile(file: string): Promise<void> {
  await fs.promises.rm(file, { force: true });
  live.delete(file);
  if (live.size === 0) for (const s of SIGNALS) process.off(s, onSignal);
}

function onSignal(signal: Signal): void {
  for (const f of live) {
    try {
      fs.rmSync(f, { force: true });
    } catch {
      // Nothing more can be done while exiting; the next run cleans it up.
    }
  }
  live.clear();
  for (const s of SIGNALS) process.off(s, onSignal);
  // Die of the same signal, as the shell expects (exit status 128 + n).
  process.kill(process.pid, signal);
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as { code?: string }).code === "EPERM";
  }
}

/** Removes temporary files in `dir` left by runs that no longer exist. Best effort, silent. */
export async function removeStaleTempFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.promises.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || Number(m[1]) === process.pid || running(Number(m[1]))) continue;
    try {
      await fs.promises.rm(path.join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // Not ours to remove (permissions): leave it.
    }
  }
  return removed;
}
