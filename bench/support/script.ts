/** Node arguments to run another benchmark script: its compiled .js (bench/out/js), else the .ts through the hook. */
import * as fs from "fs";
import * as path from "path";

export function nodeArgs(fileWithoutExtension: string): string[] {
  const js = `${fileWithoutExtension}.js`;
  if (fs.existsSync(js)) return [js];
  return ["-r", path.join(__dirname, "tsHook.js"), `${fileWithoutExtension}.ts`];
}
