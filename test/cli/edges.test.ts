/**
 * The command line's edges, run as a user runs it (the compiled bin/perfscore.js, built by
 * `npm run prepare`): oversized and encrypted workbooks, file-system errors, output files that
 * two runs race for, interrupted runs, lock files. Every failure is a Chinese message with exit 2
 * and never a stack trace.
 */
import { spawn, spawnSync, type SpawnSyncOptions } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import * as ExcelJS from "exceljs";
import { generateFile } from "../../src/cli/commands/generate";
import { templateFile } from "../../src/cli/commands/template";
import { getScheme } from "../../src/core";
import { runCli } from "./support/runCli";
import { buildOle, buildZip } from "./support/zip";

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "perfscore.js");
const MB = 1024 * 1024;
/** A stack trace's lines ("    at Object.<anonymous> (…)"). */
const STACK = /^\s+at /m;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-edges-"));
fs.chmodSync(dir, 0o777); // the permission tests run the command line as another user
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => path.join(dir, name);

/**
 * As root every file is readable: the permission tests run as nobody (uid 65534) then, and as
 * the current user otherwise.
 */
const asUnprivileged: SpawnSyncOptions = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

function perfscore(args: string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120000,
    ...options,
  });
  return { code: r.status, out: String(r.stdout), err: String(r.stderr) };
}

/** In-process (faster), in the shape `perfscore` returns. */
async function cli(args: string[]) {
  const r = await runCli(args);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

/** Exit 2, a Chinese message containing `text`, no stack trace, nothing on stdout. */
function expectRefused(r: { code: number | null; out: string; err: string }, text: string) {
  expect(r.err).toContain(text);
  expect(r.err).toMatch(/^错误：/);
  expect(r.err).not.toMatch(STACK);
  expect(r.err).not.toContain("文件可能已损坏");
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
}

const FIGURES = { 编制数: 43, 在职人员数: 45, 年初预算: 100, 预算完成数: 95 };

beforeAll(async () => {
  if (!fs.existsSync(path.join(ROOT, "lib", "cli", "main.js")))
    throw new Error("perfscore is not compiled: run `npm run prepare` (npm ci does it) before these tests");
  await templateFile({ output: file("base.xlsx"), year: 2021, values: FIGURES });
  fs.chmodSync(file("base.xlsx"), 0o644);
});

describe("oversized workbooks are refused before they are inflated", () => {
  const CONTENT_TYPES = { name: "[Content_Types].xml", data: Buffer.from("<Types/>") };

  test("a part whose central directory claims 400 MB (the file itself is tiny)", () => {
    const zip = buildZip([CONTENT_TYPES, { name: "xl/worksheets/sheet1.xml", data: Buffer.from("<worksheet/>"), claimedSize: 400 * MB }]);
    expect(zip.length).toBeLessThan(1000);
    fs.writeFileSync(file("claims-400mb.xlsx"), zip);
    const r = perfscore(["generate", file("claims-400mb.xlsx"), "-o", file("never.xlsx")]);
    expectRefused(r, "xl/worksheets/sheet1.xml 解压后约 400 MB，超过每个部分 100 MB 的上限");
    expect(r.err).toContain("太大");
    expect(fs.existsSync(file("never.xlsx"))).toBe(false);
  });

  test("a ZIP64 size (5 GB, past 32 bits) is read from the extra field", async () => {
    const zip = buildZip([CONTENT_TYPES, { name: "xl/worksheets/sheet1.xml", data: Buffer.from("<worksheet/>"), claimedSize: 5 * 1024 * MB, zip64: true }]);
    fs.writeFileSync(file("zip64.xlsx"), zip);
    expectRefused(await cli(["score", file("zip64.xlsx")]), "解压后约 5120 MB");
  });

  test("parts each under 100 MB but 540 MB in all (over the 500 MB total)", async () => {
    const parts = Array.from({ length: 6 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: Buffer.from("<worksheet/>"), claimedSize: 90 * MB }));
    fs.writeFileSync(file("total.xlsx"), buildZip([CONTENT_TYPES, ...parts]));
    expectRefused(await cli(["score", file("total.xlsx")]), "解压后共约 540 MB，超过 500 MB 的上限");
  });

  describe("150 MB of sheet XML deflated to about 1 MB", () => {
    let deflated: Buffer;
    beforeAll(() => {
      const xml = Buffer.alloc(150 * MB, "<row><c><v>1</v></c></row>");
      deflated = zlib.deflateRawSync(xml, { level: 1 });
    });

    test("stated honestly in the central directory", async () => {
      fs.writeFileSync(file("honest-150mb.xlsx"), buildZip([CONTENT_TYPES, { name: "xl/worksheets/sheet1.xml", deflated, claimedSize: 150 * MB }]));
      expect(fs.statSync(file("honest-150mb.xlsx")).size).toBeLessThan(2 * MB);
      expectRefused(await cli(["score", file("honest-150mb.xlsx")]), "xl/worksheets/sheet1.xml 解压后约 150 MB");
    });

    test("the central directory lies (1 KB): the part is measured as it inflates, and refused past 100 MB", async () => {
      fs.writeFileSync(file("lying-150mb.xlsx"), buildZip([CONTENT_TYPES, { name: "xl/worksheets/sheet1.xml", deflated, claimedSize: 1024 }]));
      const r = await cli(["generate", file("lying-150mb.xlsx"), "-o", file("never.xlsx")]);
      expectRefused(r, "超过每个部分 100 MB 的上限");
      expect(r.err).toMatch(/sheet1\.xml 解压后约 10\d MB/);
    });
  });
});

describe("encrypted, legacy and unreadable files each say what they are", () => {
  test("an encrypted workbook (OLE file with EncryptionInfo): 文件已加密", () => {
    fs.writeFileSync(file("encrypted.xlsx"), buildOle(["EncryptionInfo", "EncryptedPackage"]));
    const r = perfscore(["generate", file("encrypted.xlsx"), "-o", file("never.xlsx")]);
    expectRefused(r, "文件已加密");
    expect(r.err).toContain("密码");
  });

  test("a legacy .xls saved under an .xlsx name: 旧版格式, save as .xlsx", () => {
    fs.writeFileSync(file("legacy.xlsx"), buildOle(["Workbook", "\u0005SummaryInformation"]));
    const r = perfscore(["score", file("legacy.xlsx")]);
    expectRefused(r, "旧版 Excel 格式");
    expect(r.err).not.toContain("加密");
  });

  test("a file without read permission: 没有权限读取, not 已损坏", () => {
    fs.copyFileSync(file("base.xlsx"), file("secret.xlsx"));
    fs.chmodSync(file("secret.xlsx"), 0o000);
    const r = perfscore(["generate", file("secret.xlsx"), "-o", file("never.xlsx")], asUnprivileged);
    expectRefused(r, `没有权限读取 ${file("secret.xlsx")}`);
  });

  test("a scheme file without read permission", () => {
    fs.writeFileSync(file("scheme.json"), "{}");
    fs.chmodSync(file("scheme.json"), 0o000);
    expectRefused(perfscore(["score", file("base.xlsx"), "--scheme", file("scheme.json")], asUnprivileged), "没有权限读取");
  });
});

describe("file-system errors: a Chinese message, exit 2, no stack", () => {
  test("EISDIR: a folder as the input, and as the output (with -f)", () => {
    fs.mkdirSync(file("folder.xlsx"));
    expectRefused(perfscore(["generate", file("folder.xlsx"), "-o", file("never.xlsx")]), "是文件夹");
    expectRefused(perfscore(["generate", file("base.xlsx"), "-o", file("folder.xlsx"), "-f"]), `输出路径 ${file("folder.xlsx")} 是文件夹`);
  });

  test("ENOTDIR: the output's folder is a file", () => {
    expectRefused(perfscore(["generate", file("base.xlsx"), "-o", path.join(file("base.xlsx"), "out.xlsx")]), "所在文件夹不存在");
  });

  test("ENOENT: a missing input", () => {
    expectRefused(perfscore(["score", file("missing.xlsx")]), "找不到文件");
  });

  test("EACCES: an output folder without write permission", () => {
    fs.mkdirSync(file("readonly"));
    fs.chmodSync(file("readonly"), 0o555);
    const out = path.join(file("readonly"), "out.xlsx");
    expectRefused(perfscore(["generate", file("base.xlsx"), "-o", out], asUnprivileged), `没有权限写入 ${out}`);
    expect(fs.readdirSync(file("readonly"))).toEqual([]);
  });

  test.each([
    ["ENOSPC", "磁盘空间不足"],
    ["EPERM", "没有权限写入"],
    ["EROFS", "只读"],
    ["EIO", "系统错误 EIO"],
  ])("%s while saving (injected): %s, and the temporary file is removed", async (code, text) => {
    const spy = jest.spyOn(fs.promises, "rename").mockRejectedValue(Object.assign(new Error(`${code}: injected`), { code }));
    try {
      const r = await runCli(["generate", file("base.xlsx"), "-o", file(`saved-${code}.xlsx`), "-f"]);
      expect([r.code, r.stdout]).toEqual([2, ""]);
      expect(r.stderr).toContain(text);
      expect(r.stderr).not.toMatch(STACK);
      expect(r.stderr).not.toContain("injected");
    } finally {
      spy.mockRestore();
    }
    expect(fs.readdirSync(dir).filter((n) => n.startsWith(".~perfscore-"))).toEqual([]);
  });

  test("an error no command expected is one line (内部错误), exit 1, no stack", async () => {
    const spy = jest.spyOn(ExcelJS.Workbook.prototype, "addWorksheet").mockImplementation(() => {
      throw new TypeError("boom");
    });
    try {
      const r = await runCli(["generate", file("base.xlsx"), "-o", file("bug.xlsx")]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe("错误：内部错误：boom（请把这条信息和所用的文件反馈给开发者）\n");
    } finally {
      spy.mockRestore();
    }
  });
});

describe("output files", () => {
  test("two runs to one output at once: exactly one succeeds, the other says it exists", async () => {
    const out = file("race.xlsx");
    const run = () =>
      new Promise<{ code: number | null; err: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, "generate", file("base.xlsx"), "-o", out], { cwd: ROOT });
        let err = "";
        child.stderr.on("data", (d) => (err += String(d)));
        child.on("close", (code) => resolve({ code, err }));
      });
    const results = await Promise.all([run(), run()]);
    expect(results.map((r) => r.code).sort()).toEqual([0, 2]);
    const loser = results.find((r) => r.code === 2)!;
    expect(loser.err).toContain("输出文件已存在");
    expect(loser.err).not.toMatch(STACK);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["基础数据", "计分表"]);
    expect(fs.readdirSync(dir).filter((n) => n.startsWith(".~perfscore-"))).toEqual([]);
  });

  test("two saves that both passed the early check: the atomic one lets only the first through", async () => {
    const out = file("race-in-process.xlsx");
    const o = { input: file("base.xlsx"), output: out, scheme: getScheme(), dialect: "portable" as const };
    // Both start before either writes: each sees no output at its early check.
    const results = await Promise.allSettled([generateFile(o), generateFile(o)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(String(rejected.reason.message)).toContain("输出文件已存在");
  });

  test("a temporary file left by a killed run (its pid gone) is removed by the next run; a live run's is kept", async () => {
    const gone = spawnSync(process.execPath, ["-e", "0"]).pid!;
    const stale = file(`.~perfscore-${gone}-0a1b2c.xlsx.tmp`);
    const live = file(`.~perfscore-${process.pid}-0a1b2c.xlsx.tmp`);
    fs.writeFileSync(stale, "partial");
    fs.writeFileSync(live, "partial");
    expect(perfscore(["generate", file("base.xlsx"), "-o", file("after-kill.xlsx")]).code).toBe(0);
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(live)).toBe(true);
    fs.rmSync(live);
  });

  test("SIGTERM while the output is being written: the temporary file is removed, no output appears", async () => {
    // A base workbook with a large extra sheet, so that writing the copy takes a while.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("base.xlsx"));
    const bulk = wb.addWorksheet("附表");
    for (let r = 1; r <= 4000; r++) bulk.addRow(Array.from({ length: 10 }, (_, c) => `第${r}行第${c + 1}列`));
    await wb.xlsx.writeFile(file("large.xlsx"));

    const sub = file("interrupted");
    fs.mkdirSync(sub);
    const child = spawn(process.execPath, [BIN, "generate", file("large.xlsx"), "-o", path.join(sub, "out.xlsx")], { cwd: ROOT });
    let err = "";
    child.stderr.on("data", (d) => (err += String(d)));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    let sawTemp = false;
    while (child.exitCode === null && child.signalCode === null) {
      if (fs.readdirSync(sub).some((n) => /^\.~perfscore-\d+-[0-9a-f]+\.xlsx\.tmp$/.test(n))) {
        sawTemp = true;
        child.kill("SIGTERM");
        break;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    const signal = await exited;
    expect(sawTemp).toBe(true);
    expect(signal).toBe("SIGTERM");
    expect(fs.readdirSync(sub)).toEqual([]);
    expect(err).not.toMatch(STACK);
  }, 120000);

  test("an output not ending in .xlsx is refused (not renamed): nothing is written", async () => {
    for (const out of ["out.xls", "out", "out.xlsm", "out.xlsx.bak"]) {
      const r = await runCli(["generate", file("base.xlsx"), "-o", file(out)]);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("输出文件名应以 .xlsx 结尾")]);
      expect(fs.existsSync(file(out))).toBe(false);
    }
    const t = await runCli(["template", "-o", file("模板.xls")]);
    expect([t.code, t.stderr]).toEqual([2, expect.stringContaining("输出文件名应以 .xlsx 结尾")]);
    expect((await runCli(["generate", file("base.xlsx"), "-o", file("UPPER.XLSX")])).code).toBe(0);
  });

  test("--unit longer than a cell holds (32,767 characters) is refused; 32,767 is fine", async () => {
    const r = await runCli(["generate", file("base.xlsx"), "-o", file("unit.xlsx"), "--unit", "单".repeat(32768)]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("--unit 太长（32768 个字符）")]);
    const t = await runCli(["template", "-o", file("unit-t.xlsx"), "--unit", "x".repeat(32768)]);
    expect([t.code, t.stderr]).toEqual([2, expect.stringContaining("最多 32767 个字符")]);
    expect(fs.existsSync(file("unit.xlsx")) || fs.existsSync(file("unit-t.xlsx"))).toBe(false);
    expect((await runCli(["generate", file("base.xlsx"), "-o", file("unit.xlsx"), "--unit", "单".repeat(32767)])).code).toBe(0);
  });
});

describe("score skips Excel's lock files", () => {
  const folder = file("folder-of-workbooks");
  beforeAll(() => {
    fs.mkdirSync(folder);
    fs.copyFileSync(file("base.xlsx"), path.join(folder, "a.xlsx"));
    fs.copyFileSync(file("base.xlsx"), path.join(folder, "b.xlsx"));
    // Excel writes ~$a.xlsx (165 bytes, not a workbook) while a.xlsx is open.
    fs.writeFileSync(path.join(folder, "~$a.xlsx"), Buffer.alloc(165, 1));
    fs.writeFileSync(path.join(folder, "notes.txt"), "not a workbook");
  });

  test("files named one by one (as a shell expands *.xlsx): the ~$ file is skipped, with a note", async () => {
    const names = fs.readdirSync(folder).filter((n) => n.endsWith(".xlsx")).map((n) => path.join(folder, n));
    expect(names.some((n) => path.basename(n).startsWith("~$"))).toBe(true);
    const r = await cli(["score", ...names, "--json"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`跳过 ${path.join(folder, "~$a.xlsx")}`);
    expect(r.out.trim().split("\n").map((l) => path.basename(JSON.parse(l).file))).toEqual(["a.xlsx", "b.xlsx"]);
  });

  test("a folder, and a pattern the shell left unexpanded, stand for the workbooks in it", async () => {
    for (const arg of [folder, path.join(folder, "*.xlsx")]) {
      const r = await cli(["score", arg, "--json"]);
      expect(r.code).toBe(0);
      expect(r.out.trim().split("\n").map((l) => path.basename(JSON.parse(l).file))).toEqual(["a.xlsx", "b.xlsx"]);
    }
  });

  test("a folder without workbooks is a clear error", () => {
    fs.mkdirSync(file("empty-folder"));
    expectRefused(perfscore(["score", file("empty-folder")]), "没有要计分的 .xlsx 文件");
  });
});
