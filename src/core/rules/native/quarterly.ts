/** quarterly's native twin (../quarterly.ts). */
import { constant, fmt, xl } from "../../decimal";
import type { QuarterlyRule } from "../types";
import type { NativeKind } from "./kind";
import { xcat, xfmt, xscore } from "./common";

export const quarterlyNative: NativeKind<QuarterlyRule> = {
  score(rule, max, n) {
    return `IF(OR(${n}<0,${n}>${rule.periods},${n}<>INT(${n})),NA(),${xscore(`${xl(rule.points)}*${n}`, xl(max))})`;
  },

  explain(rule, _max, { read: n, score }) {
    return xcat(
      { x: n },
      `个季度按时完成，每季度${fmt(constant(rule.points))}分，得`,
      xfmt(score),
      "分"
    );
  },
};
