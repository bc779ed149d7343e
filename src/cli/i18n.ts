/**
 * Command-line wording: Chinese first, English with --lang en (base-data problems carry both).
 * The engine's 扣分说明 stay Chinese.
 */
export type Lang = "zh" | "en";

let current: Lang = "zh";

export function setLang(lang: string | undefined): void {
  current = lang && lang.toLowerCase().startsWith("en") ? "en" : "zh";
}

export function lang(): Lang {
  return current;
}

/** Pick the wording for the current language. */
export function t(zh: string, en: string): string {
  return current === "en" ? en : zh;
}
