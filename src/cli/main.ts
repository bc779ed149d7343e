/** The perfscore command line. Each subcommand lives in ./commands. */
import { Command, CommanderError } from "commander";
import { CliError } from "./commands/common";
import { useCommanderText } from "./commanderText";
import { registerDemo } from "./commands/demo";
import { registerFill } from "./commands/fill";
import { registerFn, runFn } from "./commands/fn";
import { registerGenerate } from "./commands/generate";
import { registerReview } from "./commands/review";
import { registerRule } from "./commands/rule";
import { registerScheme } from "./commands/scheme";
import { registerScore } from "./commands/score";
import { registerTemplate } from "./commands/template";
import { systemErrorCode, systemErrorMessage } from "./files";
import { setLang, t } from "./i18n";

/** Reads --lang before commander does, so help texts come out in the right language. */
function preScanLang(argv: string[]): void {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return setLang(process.env.PERFSCORE_LANG);
  setLang(argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1]);
}

export function buildProgram(): Command {
  const program = new Command("perfscore")
    .description(
      t(
        "PerfScore 绩效计分：部门整体支出绩效自评的计分表生成与检查",
        "PerfScore: department performance self-evaluation scorecards"
      )
    )
    .option("--lang <lang>", t("输出语言：zh（默认）或 en", "output language: zh (default) or en"))
    .helpOption("-h, --help", t("显示帮助", "show help"))
    .addHelpCommand(false)
    .showHelpAfterError()
    // Before the subcommands exist, so they inherit it: --help and usage errors return, never exit.
    .exitOverride();
  useCommanderText(program);
  registerGenerate(program);
  registerScore(program);
  registerReview(program);
  registerTemplate(program);
  registerFill(program);
  registerDemo(program);
  registerFn(program);
  registerRule(program);
  registerScheme(program);
  return program;
}

/**
 * An error no command turned into a message: a system error (a file the commands did not name)
 * exits 2 like any file problem; anything else is a bug, said in one line (the stack only with
 * PERFSCORE_DEBUG=1), exit 1.
 */
function unexpected(e: unknown): CliError {
  const code = systemErrorCode(e);
  const path = (e as { path?: unknown }).path;
  if (code)
    return new CliError(systemErrorMessage(code, typeof path === "string" ? path : "", "input"));
  const why = e instanceof Error ? e.message : String(e);
  if (process.env.PERFSCORE_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  return new CliError(
    t(
      `内部错误：${why}（请把这条信息和所用的文件反馈给开发者）`,
      `Internal error: ${why} (please report it)`
    ),
    1
  );
}

/** Returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  preScanLang(argv);
  const args = argv.filter(
    (a, i) => !(a === "--lang" || a.startsWith("--lang=") || argv[i - 1] === "--lang")
  );
  // `fn` takes raw values ("-3" is a number, not an option), so it bypasses option parsing.
  if (args[0] === "fn" && !args.slice(1).some((a) => a === "--help" || a === "-h")) {
    // A "--" (end of options, by convention) may stand before the function or its arguments.
    const [id, ...rest] = args.slice(1).filter((a, i) => !(a === "--" && i <= 1));
    return runFn(id, rest);
  }
  const program = buildProgram();
  if (args.length === 0) {
    program.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync(args, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    const error = e instanceof CliError ? e : unexpected(e);
    process.stderr.write(`${t("错误：", "Error: ")}${error.message}\n`);
    return error.exitCode;
  }
  return typeof process.exitCode === "number" ? process.exitCode : 0;
}
