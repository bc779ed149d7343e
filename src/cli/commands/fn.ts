/** `perfscore fn <FUNCTION> [args...]`: call any PERF function from the shell. */
import type { Command } from "commander";
import {
  FUNCTIONS,
  callFunction,
  functionSpec,
  signature,
  type Returned,
} from "../../functions/registry";
import { t } from "../i18n";

/** Numbers print as Excel would store them; matrices as tab-separated rows. */
export function formatReturned(value: Returned): string {
  if (Array.isArray(value))
    return value.map((row) => row.map((x) => String(x)).join("\t")).join("\n");
  return String(value);
}

function listing(): string {
  return FUNCTIONS.map((f) => `  ${f.id.padEnd(15)} ${signature(f)}`).join("\n");
}

/** Where output goes (process.stdout/stderr, or a test's buffer). */
export interface Sink {
  write(text: string): unknown;
}

/** Runs the call; returns the exit code. */
export function runFn(
  id: string | undefined,
  args: string[],
  out: Sink = process.stdout,
  err: Sink = process.stderr
): number {
  if (!id) {
    err.write(
      t(
        "用法：perfscore fn <函数> [参数…]\n可用函数：\n",
        "Usage: perfscore fn <FUNCTION> [args…]\nFunctions:\n"
      ) +
        listing() +
        "\n"
    );
    return 2;
  }
  const spec = functionSpec(id);
  if (!spec) {
    err.write(
      `#NAME? ${t(`没有函数 PERF.${id}。可用函数：`, `No function PERF.${id}. Functions:`)}\n${listing()}\n`
    );
    return 2;
  }
  const result = callFunction(spec.id, args);
  if (result.ok) {
    out.write(formatReturned(result.value) + "\n");
    return 0;
  }
  err.write(`${result.error.code} ${result.error.message}\n`);
  return 1;
}

export function registerFn(program: Command): void {
  program
    .command("fn")
    .description(
      t(
        "调用一个 PERF 函数，如：perfscore fn SCORE 预算完成率 0.8798 浏阳2018",
        "Call a PERF function, e.g. perfscore fn SCORE 预算完成率 0.8798 浏阳2018"
      )
    )
    .argument("[function]", t("函数名（SCORE、CONTROLRATE…）", "function id (SCORE, CONTROLRATE…)"))
    .argument("[args...]", t("函数参数；区域写成 0.7,0.8,0.9", "arguments; a range as 0.7,0.8,0.9"))
    .allowUnknownOption()
    .helpOption("-h, --help", t("显示帮助", "show help"))
    .addHelpText("after", "\n" + t("可用函数：", "Functions:") + "\n" + listing())
    .action((id: string | undefined, args: string[]) => {
      process.exitCode = runFn(id, args ?? []);
    });
}
