/** What one kind's grammar makes of a rule text. */
import type { D } from "../decimal";
import type { Rule } from "../rules/types";
import type { RuleText } from "./clauses";

export type Attempt =
  { rule: Rule; notes: string[]; leftover: string[] } | { refuse: string; part?: string };

/** undefined: the text is not this kind's; try the next one. */
export type KindReader = (t: RuleText, max: D) => Attempt | undefined;

export const refuse = (reason: string, part?: string): Attempt => ({ refuse: reason, part });
