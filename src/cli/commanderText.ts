/** Commander's own words (help headings, usage errors) in Chinese unless --lang en. */
import { Help, type Command } from "commander";
import { lang } from "./i18n";

const TITLES: Record<string, string> = {
  "Usage:": "用法：",
  "Arguments:": "参数：",
  "Options:": "选项：",
  "Commands:": "命令：",
};

const ERRORS: Array<[RegExp, string]> = [
  [/^error: unknown command '(.*)'/, "错误：没有命令“$1”"],
  [/^error: unknown option '(.*)'/, "错误：没有选项“$1”"],
  [/^error: missing required argument '(.*)'/, "错误：缺少参数 $1"],
  [/^error: option '(.*)' argument missing/, "错误：选项 $1 缺少取值"],
  [
    /^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\./,
    "错误：$1 只需要 $2 个参数，实际给了 $3 个",
  ],
  [
    /^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./,
    "错误：只需要 $1 个参数，实际给了 $2 个",
  ],
  [/\(Did you mean (?:one of )?(.*)\?\)/, "（是不是 $1？）"],
];

function translateError(message: string): string {
  return ERRORS.reduce((s, [re, zh]) => s.replace(re, zh), message);
}

/** Set on the program before its subcommands are added: they inherit it. */
export function useCommanderText(program: Command): void {
  if (lang() === "en") return;
  const optionDescription = Help.prototype.optionDescription;
  program
    .configureHelp({
      styleTitle: (title) => TITLES[title] ?? title,
      optionDescription(option) {
        return optionDescription
          .call(this, option)
          .replace(/ \(default: "?(.*?)"?\)$/, "（默认：$1）");
      },
    })
    .configureOutput({ outputError: (text, write) => write(translateError(text)) });
}
