/** external's native twin (../external.ts). */
import { fmt, xl } from "../../decimal";
import type { ExternalRule } from "../types";
import type { NativeKind } from "./kind";
import { xcat, xfmt, xpct, xscore } from "./common";
import { xFractionParts } from "./readers";

export const externalNative: NativeKind<ExternalRule> = {
  score(_rule, max, ratio) {
    const m = xl(max);
    return xscore(`${m}*${ratio}`, m);
  },

  explain(_rule, max, { input, read: ratio, score }) {
    const { slash, num, den } = xFractionParts(input);
    const text = `IF(ISNUMBER(${slash}),${xcat("考核得分", { x: `VALUE(${num})` }, "/", { x: `VALUE(${den})` })},${xcat("考核得分率", xpct(ratio))})`;
    const over = `IF(ROUND(${ratio},9)>1,"（超过分值按满分计）","")`;
    return xcat(
      { x: text },
      `，按比例计分${fmt(max)}分×`,
      xpct(ratio),
      { x: over },
      "，得",
      xfmt(score),
      "分"
    );
  },
};
