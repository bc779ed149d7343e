/** The declarative shape of a PERF function: one table drives checking, metadata, docs and the CLI. */

/**
 * How an argument is read before the body sees it:
 * number  - a number, numeric text ("2,886.58", "87.98%"), never blank → Decimal
 * text    - text (numbers become their text) → string
 * value   - passed as is (a rate, ticks "①②④", a level name...) → unknown
 * numbers - a range, an array constant {0.7,0.8} or "0.7,0.8" → Decimal[]
 */
export type ParamType = "number" | "text" | "value" | "numbers";

export interface ParamSpec {
  name: string;
  type: ParamType;
  optional?: boolean;
  zh: string;
  en: string;
}

export interface Example {
  formula: string;
  /** What the cell shows; derived by hand from the rule text, checked by the tests. */
  result: string;
  zh?: string;
}

export type Returned = number | string | Array<Array<number | string>>;

export interface FunctionSpec {
  /** Upper-case id without namespace: "SCORE" → =PERF.SCORE(...). */
  id: string;
  params: ParamSpec[];
  result: { type: "number" | "string" | "any"; matrix?: boolean };
  zh: string;
  en: string;
  examples: Example[];
  /** Reads 评价标准 texts: the custom functions load the reader before the first call (bind.ts). */
  needsRuleReader?: true;
  /** The body: arguments already converted per ParamSpec (undefined when an optional one is omitted). */
  body(...args: any[]): Returned;
}
