/** manual's native twin (../manual.ts). */
import { fmt, xl } from "../../decimal";
import type { ManualRule } from "../types";
import type { NativeKind } from "./kind";
import { xcat, xfmt } from "./common";

export const manualNative: NativeKind<ManualRule> = {
  score(_rule, max, n) {
    return `IF(OR(${n}<0,${n}>${xl(max)}),NA(),ROUND(ROUND(${n},9),2))`;
  },

  explain(_rule, max, { score }) {
    return xcat("评定得分", xfmt(score), `分（满分${fmt(max)}分）`);
  },
};
