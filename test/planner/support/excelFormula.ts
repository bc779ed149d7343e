/**
 * A small Excel formula parser and evaluator for tests: it checks that generated formulas are
 * Excel syntax, lists the cells they reference, and evaluates the functions a 计分表 uses
 * (PERF.* through the engine's callFunction, the rest with Excel's semantics for blanks,
 * text and errors). It is a test oracle for the PERF dialect, not a spreadsheet engine: the
 * portable dialect is checked against LibreOffice in test/e2e/libreoffice.
 */
import { columnLetters, parseA1 } from "../../../src/scorecard/grid";
import Decimal from "decimal.js";
import { callFunction } from "../../../src/functions/registry";

// ---------- tokens ----------

export type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "err"; v: string }
  | { t: "ref"; sheet?: string; from: string; to?: string }
  | { t: "func"; name: string }
  | { t: "op"; v: string }
  | { t: "("; v: "(" }
  | { t: ")"; v: ")" }
  | { t: ","; v: "," };

const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];
const CELL = "\\$?[A-Z]{1,3}\\$?[0-9]+";

export class FormulaSyntaxError extends Error {}

export function tokenize(formula: string): Token[] {
  if (!formula.startsWith("=")) throw new FormulaSyntaxError(`formula must start with "=": ${formula}`);
  const s = formula.slice(1);
  const out: Token[] = [];
  let i = 0;
  const rest = () => s.slice(i);
  while (i < s.length) {
    const ch = s[i];
    if (ch === " ") {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let v = "";
      for (;;) {
        if (j >= s.length) throw new FormulaSyntaxError(`unterminated string in ${formula}`);
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            v += '"';
            j += 2;
            continue;
          }
          break;
        }
        v += s[j++];
      }
      out.push({ t: "str", v });
      i = j + 1;
      continue;
    }
    // sheet-qualified reference: 'name'!A1 or name!A1
    let m = new RegExp(`^'((?:[^']|'')+)'!(${CELL})(?::(${CELL}))?`).exec(rest());
    if (!m) m = new RegExp(`^([\\p{L}_][\\p{L}\\p{N}_.]*)!(${CELL})(?::(${CELL}))?`, "u").exec(rest());
    if (m) {
      out.push({ t: "ref", sheet: m[1].replace(/''/g, "'"), from: m[2].replace(/\$/g, ""), to: m[3]?.replace(/\$/g, "") });
      i += m[0].length;
      continue;
    }
    m = /^([A-Z][A-Z0-9]*(?:\.[A-Z][A-Z0-9]*)*)\(/.exec(rest());
    if (m) {
      out.push({ t: "func", name: m[1] });
      out.push({ t: "(", v: "(" });
      i += m[0].length;
      continue;
    }
    m = new RegExp(`^(${CELL})(?::(${CELL}))?(?![A-Za-z0-9_(])`).exec(rest());
    if (m) {
      out.push({ t: "ref", from: m[1].replace(/\$/g, ""), to: m[2]?.replace(/\$/g, "") });
      i += m[0].length;
      continue;
    }
    m = /^(TRUE|FALSE)(?![A-Za-z0-9_(])/.exec(rest());
    if (m) {
      out.push({ t: "bool", v: m[1] === "TRUE" });
      i += m[0].length;
      continue;
    }
    m = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(rest());
    if (m) {
      out.push({ t: "num", v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    const err = ERRORS.find((e) => rest().startsWith(e));
    if (err) {
      out.push({ t: "err", v: err });
      i += err.length;
      continue;
    }
    m = /^(<>|<=|>=|[=<>+\-*/^&%])/.exec(rest());
    if (m) {
      out.push({ t: "op", v: m[1] });
      i += m[1].length;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === ",") {
      out.push({ t: ch, v: ch } as Token);
      i++;
      continue;
    }
    throw new FormulaSyntaxError(`unexpected "${rest().slice(0, 20)}" in ${formula}`);
  }
  return out;
}

// ---------- syntax tree ----------

export type Node =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "bool"; v: boolean }
  | { k: "err"; v: string }
  | { k: "ref"; sheet?: string; from: string; to?: string }
  | { k: "call"; name: string; args: Node[] }
  | { k: "unary"; op: string; x: Node }
  | { k: "pct"; x: Node }
  | { k: "bin"; op: string; a: Node; b: Node };

const LEVELS = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"], ["^"]];

export function parseFormula(formula: string): Node {
  const tokens = tokenize(formula);
  let p = 0;
  const peek = () => tokens[p];
  const fail = (what: string): never => {
    throw new FormulaSyntaxError(`${what} at token ${p} in ${formula}`);
  };
  const binary = (level: number): Node => {
    if (level === LEVELS.length) return unary();
    let a = binary(level + 1);
    for (;;) {
      const tk = peek();
      if (tk && tk.t === "op" && LEVELS[level].includes(tk.v)) {
        p++;
        a = { k: "bin", op: tk.v, a, b: binary(level + 1) };
      } else return a;
    }
  };
  const unary = (): Node => {
    const tk = peek();
    if (tk && tk.t === "op" && (tk.v === "-" || tk.v === "+")) {
      p++;
      return { k: "unary", op: tk.v, x: unary() };
    }
    return postfix();
  };
  const postfix = (): Node => {
    let x = primary();
    while (peek() && peek().t === "op" && (peek() as { v: string }).v === "%") {
      p++;
      x = { k: "pct", x };
    }
    return x;
  };
  const primary = (): Node => {
    const tk = tokens[p++];
    if (!tk) return fail("unexpected end");
    switch (tk.t) {
      case "num":
        return { k: "num", v: tk.v };
      case "str":
        return { k: "str", v: tk.v };
      case "bool":
        return { k: "bool", v: tk.v };
      case "err":
        return { k: "err", v: tk.v };
      case "ref":
        return { k: "ref", sheet: tk.sheet, from: tk.from, to: tk.to };
      case "(": {
        const x = binary(0);
        if (tokens[p++]?.t !== ")") fail("expected )");
        return x;
      }
      case "func": {
        p++; // "("
        const args: Node[] = [];
        if (peek()?.t === ")") {
          p++;
          return { k: "call", name: tk.name, args };
        }
        for (;;) {
          args.push(binary(0));
          const sep = tokens[p++];
          if (sep?.t === ")") break;
          if (sep?.t !== ",") fail("expected , or )");
        }
        return { k: "call", name: tk.name, args };
      }
      default:
        return fail(`unexpected ${tk.t}`);
    }
  };
  const root = binary(0);
  if (p !== tokens.length) fail("trailing tokens");
  return root;
}

/** Every reference in a formula, ranges expanded to their cells: [{sheet?, address}]. */
/** How deeply function calls nest in a formula (Excel allows 64 levels). */
export function nestingDepth(n: Node): number {
  switch (n.k) {
    case "call":
      return 1 + Math.max(0, ...n.args.map(nestingDepth));
    case "unary":
    case "pct":
      return nestingDepth(n.x);
    case "bin":
      return Math.max(nestingDepth(n.a), nestingDepth(n.b));
    default:
      return 0;
  }
}

export function references(formula: string): Array<{ sheet?: string; address: string }> {
  const out: Array<{ sheet?: string; address: string }> = [];
  const walk = (n: Node): void => {
    if (n.k === "ref") for (const address of expand(n.from, n.to)) out.push({ sheet: n.sheet, address });
    else if (n.k === "call") n.args.forEach(walk);
    else if (n.k === "unary" || n.k === "pct") walk(n.x);
    else if (n.k === "bin") {
      walk(n.a);
      walk(n.b);
    }
  };
  walk(parseFormula(formula));
  return out;
}

/** Every string literal in a formula, decoded. */
export function stringLiterals(formula: string): string[] {
  return tokenize(formula)
    .filter((t): t is { t: "str"; v: string } => t.t === "str")
    .map((t) => t.v);
}

/** Function names called in a formula. */
export function functionNames(formula: string): string[] {
  return tokenize(formula)
    .filter((t): t is { t: "func"; name: string } => t.t === "func")
    .map((t) => t.name);
}

/** "C7" -> [column, row], both 1-based. */
function splitA1(a: string): [number, number] {
  const { row, column } = parseA1(a);
  return [column + 1, row + 1];
}
export function expand(from: string, to?: string): string[] {
  if (!to) return [from];
  const [c1, r1] = splitA1(from);
  const [c2, r2] = splitA1(to);
  const out: string[] = [];
  for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++)
    for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) out.push(columnLetters(c - 1) + r);
  return out;
}

// ---------- evaluation ----------

export class XlError {
  constructor(readonly code: string, readonly message = "") {}
  toString(): string {
    return this.code;
  }
}
export type Scalar = number | string | boolean | null | XlError;
type Value = Scalar | { range: Scalar[] };

export const isError = (v: unknown): v is XlError => v instanceof XlError;

export interface SheetCell {
  value?: number | string | boolean | null;
  formula?: string;
}

/** A workbook: sheet name -> address -> cell. Formulas are evaluated on demand and memoised. */
export class MiniWorkbook {
  private readonly memo = new Map<string, Scalar>();
  private readonly active = new Set<string>();
  constructor(readonly sheets: Map<string, Map<string, SheetCell>>) {}

  value(sheet: string, address: string): Scalar {
    const key = `${sheet}!${address}`;
    if (this.memo.has(key)) return this.memo.get(key)!;
    const cell = this.sheets.get(sheet)?.get(address);
    let v: Scalar;
    if (!cell) v = null;
    else if (cell.formula) {
      if (this.active.has(key)) throw new Error(`circular reference at ${key}`);
      this.active.add(key);
      v = new Evaluator(this, sheet).scalar(parseFormula(cell.formula));
      this.active.delete(key);
    } else v = cell.value === undefined || cell.value === "" ? (cell.value === "" ? "" : null) : cell.value;
    this.memo.set(key, v);
    return v;
  }
}

const toText = (v: Scalar): string | XlError => {
  if (isError(v)) return v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return numberText(v);
  return v;
};

/** How Excel turns a number into text: at most 15 significant digits, no trailing zeros. */
export function numberText(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  return String(Number(x.toPrecision(15)));
}

const NUMERIC_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?\s*$/;
const DIGITS = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+\.?\d*|\.\d+)`;
const VALUE_TEXT = new RegExp(String.raw`^ *(?:([+-]?)${DIGITS}|\(${DIGITS}\))(%?) *$`);
const toNumber = (v: Scalar): number | XlError => {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  if (NUMERIC_TEXT.test(v)) {
    const t = v.trim();
    return t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t);
  }
  return new XlError("#VALUE!");
};
const toBool = (v: Scalar): boolean | XlError => {
  if (isError(v)) return v;
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  const u = v.toUpperCase();
  if (u === "TRUE") return true;
  if (u === "FALSE") return false;
  return new XlError("#VALUE!");
};

function excelRound(x: number, places: number, mode: Decimal.Rounding): number {
  return new Decimal(x.toPrecision(15)).toDecimalPlaces(places, mode).toNumber();
}

function compare(a: Scalar, b: Scalar): number {
  // Excel: blank compares as 0 with numbers and as "" with text; numbers < text < booleans.
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  const rank = (x: Scalar) => (typeof x === "number" ? 0 : typeof x === "string" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string") {
    const x = a.toLowerCase();
    const y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

class Evaluator {
  constructor(
    private readonly wb: MiniWorkbook,
    private readonly sheet: string,
  ) {}

  scalar(n: Node): Scalar {
    const v = this.eval(n);
    if (typeof v === "object" && v !== null && !isError(v)) {
      return v.range.length === 1 ? v.range[0] : new XlError("#VALUE!");
    }
    return v;
  }

  private eval(n: Node): Value {
    switch (n.k) {
      case "num":
      case "str":
      case "bool":
        return n.v;
      case "err":
        return new XlError(n.v);
      case "ref": {
        const sheet = n.sheet ?? this.sheet;
        if (!this.wb.sheets.has(sheet)) return new XlError("#REF!");
        const cells = expand(n.from, n.to).map((a) => this.wb.value(sheet, a));
        return n.to ? { range: cells } : cells[0];
      }
      case "unary": {
        const x = toNumber(this.scalar(n.x));
        if (isError(x)) return x;
        return n.op === "-" ? -x : x;
      }
      case "pct": {
        const x = toNumber(this.scalar(n.x));
        return isError(x) ? x : x / 100;
      }
      case "bin":
        return this.binary(n.op, this.scalar(n.a), this.scalar(n.b));
      case "call":
        return this.call(n.name, n.args);
    }
  }

  private binary(op: string, a: Scalar, b: Scalar): Scalar {
    if (isError(a)) return a;
    if (isError(b)) return b;
    if (op === "&") return (toText(a) as string) + (toText(b) as string);
    if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
      const c = compare(a, b);
      return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[op]!;
    }
    const x = toNumber(a);
    const y = toNumber(b);
    if (isError(x)) return x;
    if (isError(y)) return y;
    switch (op) {
      case "+":
        return x + y;
      case "-":
        return x - y;
      case "*":
        return x * y;
      case "/":
        return y === 0 ? new XlError("#DIV/0!") : x / y;
      case "^":
        return Math.pow(x, y);
    }
    throw new Error(`operator ${op}`);
  }

  private nums(args: Node[]): number[] | XlError {
    const out: number[] = [];
    for (const a of args) {
      const v = this.eval(a);
      if (typeof v === "object" && v !== null && !isError(v)) {
        for (const x of v.range) {
          if (isError(x)) return x;
          if (typeof x === "number") out.push(x);
        }
      } else {
        const x = toNumber(v as Scalar);
        if (isError(x)) return x;
        out.push(x);
      }
    }
    return out;
  }

  private call(name: string, args: Node[]): Value {
    const s = (i: number) => this.scalar(args[i]);
    const num = (i: number) => toNumber(s(i));
    const text = (i: number) => toText(s(i));
    const anyError = (...vs: unknown[]) => vs.find(isError) as XlError | undefined;
    if (name.startsWith("PERF.")) {
      // Desktop Excel passes an empty cell to a custom function as 0 (the web passes null:
      // OfficeDev/office-js#4702); the stricter desktop behaviour is the one to survive.
      const vals = args.map((a, i) => {
        const v = s(i);
        return v === null && a.k === "ref" ? 0 : v;
      });
      const e = anyError(...vals);
      if (e) return e;
      const r = callFunction(name.slice(5), vals);
      if (!r.ok) return new XlError(r.error.code, r.error.message);
      const v = r.value;
      if (Array.isArray(v)) return new XlError("#VALUE!", "matrix result");
      return v as Scalar;
    }
    switch (name) {
      case "IF": {
        const c = toBool(s(0));
        if (isError(c)) return c;
        if (c) return s(1);
        return args.length > 2 ? s(2) : false;
      }
      case "AND":
      case "OR": {
        const bs = args.map((_, i) => toBool(s(i)));
        const e = anyError(...bs);
        if (e) return e;
        return name === "AND" ? bs.every(Boolean) : bs.some(Boolean);
      }
      case "NOT": {
        const b = toBool(s(0));
        return isError(b) ? b : !b;
      }
      case "ISERROR":
        return isError(s(0));
      case "ISNUMBER":
        return typeof s(0) === "number";
      case "NA":
        return new XlError("#N/A");
      case "ROUND":
      case "ROUNDUP": {
        const x = num(0);
        const d = num(1);
        const e = anyError(x, d);
        if (e) return e;
        return excelRound(x as number, d as number, name === "ROUND" ? Decimal.ROUND_HALF_UP : Decimal.ROUND_UP);
      }
      case "INT": {
        const x = num(0);
        return isError(x) ? x : Math.floor(x);
      }
      case "ABS": {
        const x = num(0);
        return isError(x) ? x : Math.abs(x);
      }
      case "MIN":
      case "MAX":
      case "SUM": {
        const xs = this.nums(args);
        if (isError(xs)) return xs;
        if (name === "SUM") return xs.reduce((a, b) => a + b, 0);
        if (xs.length === 0) return 0;
        return name === "MIN" ? Math.min(...xs) : Math.max(...xs);
      }
      case "COUNT": {
        let n = 0;
        for (const a of args) {
          const v = this.eval(a);
          if (typeof v === "object" && v !== null && !isError(v)) n += v.range.filter((x) => typeof x === "number").length;
          else if (typeof v === "number") n++;
        }
        return n;
      }
      case "SUMIF": {
        const v = this.eval(args[0]);
        const crit = text(1);
        if (isError(crit)) return crit;
        const m = /^(>=|<=|<>|>|<|=)?(.*)$/.exec(crit)!;
        const op = m[1] ?? "=";
        const target = Number(m[2]);
        const cells = typeof v === "object" && v !== null && !isError(v) ? v.range : [v as Scalar];
        let sum = 0;
        for (const x of cells) {
          if (typeof x !== "number") continue;
          const c = x < target ? -1 : x > target ? 1 : 0;
          const ok = { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[op];
          if (ok) sum += x;
        }
        return sum;
      }
      case "TRIM": {
        const t = text(0);
        return isError(t) ? t : t.replace(/ +/g, " ").replace(/^ | $/g, "");
      }
      case "LEN": {
        const t = text(0);
        return isError(t) ? t : Array.from(t).length;
      }
      case "SUBSTITUTE": {
        const [t, a, b] = [text(0), text(1), text(2)];
        const e = anyError(t, a, b);
        if (e) return e;
        return a === "" ? t : (t as string).split(a as string).join(b as string);
      }
      case "FIND": {
        const [needle, hay] = [text(0), text(1)];
        const start = args.length > 2 ? num(2) : 1;
        const e = anyError(needle, hay, start);
        if (e) return e;
        // start_num counts characters; past the end (or below 1) FIND is #VALUE!.
        const chars = Array.from(hay as string);
        const from = Math.trunc(start as number);
        if (from < 1 || from > chars.length + 1) return new XlError("#VALUE!");
        const idx = chars.slice(from - 1).join("").indexOf(needle as string);
        if (idx < 0) return new XlError("#VALUE!");
        return from + Array.from(chars.slice(from - 1).join("").slice(0, idx)).length;
      }
      case "LEFT": {
        const t = text(0);
        const n = num(1);
        const e = anyError(t, n);
        if (e) return e;
        return Array.from(t as string)
          .slice(0, n as number)
          .join("");
      }
      case "MID": {
        const t = text(0);
        const a = num(1);
        const n = num(2);
        const e = anyError(t, a, n);
        if (e) return e;
        return Array.from(t as string)
          .slice((a as number) - 1, (a as number) - 1 + (n as number))
          .join("");
      }
      case "VALUE": {
        const v = s(0);
        if (typeof v === "number") return v;
        const t = toText(v);
        if (isError(t)) return t;
        if (NUMERIC_TEXT.test(t)) return toNumber(t);
        // Also as Excel and LibreOffice read them: thousands separators, an accounting negative
        // "(3.5)" (a percentage after it: "(3.5)%"), e.g. "+1,234.5%".
        const m = VALUE_TEXT.exec(t);
        if (!m) return new XlError("#VALUE!");
        const x = Number((m[2] ?? m[3]).replace(/,/g, "")) * (m[1] === "-" || m[3] !== undefined ? -1 : 1);
        return m[4] ? x / 100 : x;
      }
      case "ASC": {
        const t = text(0);
        return isError(t) ? t : t.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
      }
      case "T": {
        const v = s(0);
        return isError(v) || typeof v === "string" ? v : "";
      }
      case "EXACT": {
        const [a, b] = [text(0), text(1)];
        const e = anyError(a, b);
        return e ?? a === b;
      }
      case "CHAR": {
        const n = num(0);
        return isError(n) ? n : String.fromCharCode(n);
      }
      case "TEXT": {
        const x = num(0);
        const f = text(1);
        const v = s(0);
        if (typeof v === "string" && isError(x)) return v; // TEXT of non-numeric text returns it
        const e = anyError(x, f);
        if (e) return e;
        if (f === "0.00%") return excelRound((x as number) * 100, 2, Decimal.ROUND_HALF_UP).toFixed(2) + "%";
        throw new Error(`TEXT format ${String(f)} not supported by the test evaluator`);
      }
    }
    throw new Error(`function ${name} not supported by the test evaluator`);
  }
}
