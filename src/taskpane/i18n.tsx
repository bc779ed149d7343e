/** Chinese UI; English when Office's display language is not Chinese. */
import * as React from "react";

export type Lang = "zh" | "en";

/** "zh-CN", "zh-TW" -> zh; anything else (or unknown) -> en; no Office at all -> zh. */
export function langOf(displayLanguage: string | undefined): Lang {
  if (!displayLanguage) return "zh";
  return /^zh\b/i.test(displayLanguage) ? "zh" : "en";
}

const LangContext = React.createContext<Lang>("zh");

export const LangProvider = LangContext.Provider;

/** t("中文", "English") picks by the pane's language. */
export type Translate = (zh: string, en: string) => string;

export function useT(): Translate {
  const lang = React.useContext(LangContext);
  return React.useCallback((zh: string, en: string) => (lang === "zh" ? zh : en), [lang]);
}

/** The pane's language (for messages built outside a Translate call, such as failures). */
export function useLang(): Lang {
  return React.useContext(LangContext);
}
