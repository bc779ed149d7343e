/** checklist's native twin (../checklist.ts). */
import { xl } from "../../decimal";
import {
  ALL_TICKS,
  MAX_CHECKLIST_ITEMS,
  NO_TICKS,
  TICK_SEPARATORS,
  tickTokens,
} from "../checklist";
import { xstr } from "../common";
import type { ChecklistRule } from "../types";
import type { NativeKind } from "./kind";
import { xcat, xfmt, xscore } from "./common";

export const checklistNative: NativeKind<ChecklistRule> = {
  score(rule, max, read) {
    const t = `(${read}&"")`;
    const n = rule.items.length;
    if (n > MAX_CHECKLIST_ITEMS)
      throw new Error(`checklist with ${n} items has no portable formula`);
    let leftover = t;
    const terms: string[] = [];
    for (let i = 1; i <= n; i++) {
      const tokens = tickTokens(i);
      for (const tok of tokens) leftover = `SUBSTITUTE(${leftover},${xstr(tok)},"")`;
      const found = tokens.map((tok) => `ISNUMBER(FIND(${xstr(tok)},${t}))`).join(",");
      terms.push(`IF(OR(${found}),${xl(rule.items[i - 1].points)},0)`);
    }
    for (const sep of TICK_SEPARATORS) leftover = `SUBSTITUTE(${leftover},${xstr(sep)},"")`;
    const m = xl(max);
    return (
      `IF(TRIM(${t})=${xstr(ALL_TICKS)},${m},IF(TRIM(${t})=${xstr(NO_TICKS)},0,` +
      `IF(LEN(${leftover})>0,NA(),${xscore(terms.join("+"), m)})))`
    );
  },

  explain(rule, _max, { read, score }) {
    const t = `(${read}&"")`;
    // An item holds when the input says 全部 or names it in any of its ways.
    const holds = rule.items.map((_, i) => {
      const found = tickTokens(i + 1).map((tok) => `ISNUMBER(FIND(${xstr(tok)},${t}))`);
      return `OR(TRIM(${t})=${xstr(ALL_TICKS)},${found.join(",")})`;
    });
    const yes = holds.map((h, i) => `IF(${h},${xstr(rule.items[i].label)},"")`).join("&");
    const no = holds.map((h, i) => `IF(${h},"",${xstr(rule.items[i].label)})`).join("&");
    const lost = holds.map((h, i) => `IF(${h},0,${xl(rule.items[i].points)})`).join("+");
    const all = xcat({ x: `(${yes})` }, "全部符合，得", xfmt(score), "分");
    const head = `IF((${yes})="","各项均不符合","符合"&${yes})`;
    const some = xcat(
      { x: head },
      "，",
      { x: `(${no})` },
      "不符合扣",
      xfmt(lost),
      "分，得",
      xfmt(score),
      "分"
    );
    return `IF((${no})="",${all},${some})`;
  },
};
