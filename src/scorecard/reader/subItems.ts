/**
 * Sub-items against their total, for any structure: a row with numbers followed by rows marked
 * as its parts (indentation with spaces or full-width spaces, "其中：", numbering 1、/（1）/一、/①,
 * or a label one column further right) must add up to it, column by column. Parts under 其中
 * ("of which") need only not exceed it. Nothing here depends on the vocabulary: a reviewer's
 * check works on rows the reader has never heard of.
 */
import { D } from "../../core/decimal";
import { parseNumericText } from "../../core/parse";
import { isBlank } from "../../core/text";
import type { Problem } from "../baseData";
import { isPlaceholder, type Sheet } from "./sheet";

const TOLERANCE = new D("0.005");

/** Labels whose number is no amount (a year, a code, a phone number): never a total. */
const NOT_A_TOTAL = /年度|年份|日期|编号|代码|电话|单位/;

interface Marked {
  /** Siblings share a style: a numbering kind, an indentation width, "of" (其中). */
  style: string;
  /** Where the text after 其中： begins, for the rows aligned under it. */
  contentWidth?: number;
}

interface Row {
  r: number;
  c: number;
  text: string;
  mark?: Marked;
}

interface Node {
  row: Row;
  children: Node[];
}

/** Display width: CJK and full-width characters take two columns, as in a fixed-width font. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += ch === "\t" ? 4 : /[\u3000-\u9FFF\uFF00-\uFFEF]/.test(ch) ? 2 : 1;
  return w;
}

const NUMBERING: Array<[string, RegExp]> = [
  ["num", /^\d{1,2}\s*[、.．]\s*(?!\d)/],
  ["pnum", /^[（(]\d{1,2}[）)]/],
  ["cnum", /^[一二三四五六七八九十]{1,3}[、.．]/],
  ["circled", /^[\u2460-\u2473]/],
];

/** "1、", "（1）", "一、", "①": the first item of a numbered list. */
function startsAtOne(text: string): boolean {
  return /^[\s\u3000]*(?:0?1\s*[、.．]|[（(]0?1[）)]|一[、.．]|\u2460)/.test(text);
}

/** How a label marks itself as a part; undefined for a label that is no part. */
function markOf(text: string, column: number, baseColumn: number): Marked | undefined {
  const body = text.replace(/^[\s\u3000]+/, "");
  const indent = width(text.slice(0, text.length - body.length));
  const of = /^其中\s*[:：]?/.exec(body);
  if (of) return { style: "of", contentWidth: indent + width(of[0]) };
  for (const [style, re] of NUMBERING) if (re.test(body)) return { style };
  if (indent > 0) return { style: `indent:${indent}` };
  if (column > baseColumn) return { style: `column:${column}` };
  return undefined;
}

export class SubItemCheck {
  constructor(private readonly sheet: Sheet) {}

  problems(): Problem[] {
    const out: Problem[] = [];
    for (let r = 0; r < this.sheet.rows; r++) {
      const total = this.label(r);
      if (!total || markOf(total.text, total.c, total.c) || NOT_A_TOTAL.test(total.text)) continue;
      const root = this.tree(total);
      if (root.children.length) out.push(...this.check(root));
    }
    return out;
  }

  /** The row's label: its first text that is not a number. */
  private label(r: number): Row | undefined {
    for (let c = 0; c < this.sheet.columns; c++) {
      const [mr, mc] = this.sheet.master(r, c);
      if (mr !== r) continue;
      const v = this.sheet.cell(mr, mc)?.value;
      if (typeof v !== "string" || isBlank(v)) continue;
      if (parseNumericText(v) !== undefined || isPlaceholder(v)) return undefined;
      return { r, c: mc, text: v };
    }
    return undefined;
  }

  /** The rows marked as parts right below `total`, as a tree by style (outline numbering). */
  private tree(total: Row): Node {
    const root: Node = { row: total, children: [] };
    const stack: Array<{ style: string; node: Node; contentWidth?: number }> = [];
    for (let r = total.r + 1; r < this.sheet.rows; r++) {
      const row = this.label(r);
      if (!row) {
        if (this.sheet.isBlankRow(r)) break;
        continue; // values without a label: not a part, not an end either
      }
      let mark = markOf(row.text, row.c, total.c);
      if (!mark) break;
      // Rows aligned under the text after 其中： belong to it ("其中：公车购置" / "      公车运行维护").
      const under = stack.find(
        (s) => s.contentWidth !== undefined && mark!.style === `indent:${s.contentWidth}`
      );
      if (under) mark = { style: under.style, contentWidth: under.contentWidth };
      // Rows indented less than the text after 其中： are its siblings ("其中：公车" / "  公务接待费"):
      // 其中 itself sets them in by one level.
      const of = stack.find((s) => s.style === "of");
      const indent = /^indent:(\d+)$/.exec(mark.style);
      if (!under && of?.contentWidth !== undefined && indent && Number(indent[1]) < of.contentWidth)
        mark = { style: "of", contentWidth: of.contentWidth };
      row.mark = mark;
      const node: Node = { row, children: [] };
      const at = stack.findIndex((s) => s.style === mark!.style);
      if (at >= 0) stack.length = at;
      const parent = stack.length ? stack[stack.length - 1].node : root;
      parent.children.push(node);
      stack.push({ style: mark.style, node, contentWidth: mark.contentWidth });
    }
    return root;
  }

  private number(r: number, c: number): D | undefined | "skip" {
    const [mr, mc] = this.sheet.master(r, c);
    const cell = this.sheet.cell(mr, mc);
    const v = cell?.value;
    if (typeof v === "number") return Number.isFinite(v) ? new D(v) : "skip";
    if (v === null || v === undefined || isBlank(v) || isPlaceholder(v))
      return cell?.formula !== undefined ? "skip" : undefined;
    if (typeof v !== "string") return "skip";
    return parseNumericText(v) ?? "skip";
  }

  /** Each node with parts, per column where it has a number: the parts' sum against it. */
  private check(node: Node): Problem[] {
    const out: Problem[] = [];
    for (const child of node.children) out.push(...this.check(child));
    if (node.children.length === 0) return out;
    const ofWhich = this.ofWhich(node.children);
    if (ofWhich === undefined) return out;
    for (let c = node.row.c + 1; c < this.sheet.columns; c++) {
      const total = this.number(node.row.r, c);
      if (!(total instanceof D)) continue;
      const parts = node.children.map((n) => this.number(n.row.r, c));
      if (parts.some((p) => p === "skip") || parts.every((p) => p === undefined)) continue;
      const sum = parts.reduce<D>((s, p) => (p instanceof D ? s.plus(p) : s), new D(0));
      const bad = ofWhich
        ? sum.minus(total).greaterThan(TOLERANCE)
        : sum.minus(total).abs().greaterThan(TOLERANCE);
      if (bad) out.push(this.problem(node, c, total, sum, ofWhich));
    }
    return out;
  }

  /**
   * How parts relate to their total: "of which" (true: not above it) for 其中 and for a lone
   * indented part (a selection); the whole (false: equal to it) for two or more; no relation
   * (undefined) for numbering that does not start at 1, or one numbered item alone: such rows
   * may be a list of other figures ("2、实际在职人员数" after "固定资产总额").
   */
  private ofWhich(children: Node[]): boolean | undefined {
    if (children.every((n) => n.row.mark!.style === "of")) return true;
    const first = children[0].row;
    if (/num|circled/.test(first.mark!.style))
      return children.length >= 2 && startsAtOne(first.text) ? false : undefined;
    return children.length < 2;
  }

  private problem(node: Node, c: number, total: D, sum: D, ofWhich: boolean): Problem {
    const at = (r: number) => this.sheet.address(...this.sheet.master(r, c));
    const cell = at(node.row.r);
    const cells = node.children.map((n) => at(n.row.r));
    const label = node.row.text.trim();
    const diff = total.minus(sum).abs().toString();
    // The parts may add up to another column's total: say which (seed 000: last year's).
    let same = "";
    let sameEn = "";
    for (let k = node.row.c + 1; k < this.sheet.columns && !same; k++) {
      const other = this.number(node.row.r, k);
      if (k === c || !(other instanceof D) || other.minus(sum).abs().greaterThan(TOLERANCE))
        continue;
      const where = this.sheet.address(...this.sheet.master(node.row.r, k));
      same = `；分项之和等于${where}的数`;
      sameEn = `; they equal ${where} instead`;
    }
    const [message, messageEn] = ofWhich
      ? [
          `“${label}”（${cell}）为${total.toString()}，小于其中所列各项（${cells.join("、")}）之和${sum.toString()}，相差${diff}，请核对`,
          `"${label}" (${cell}) is ${total.toString()}, less than the items listed under it (${cells.join(", ")}), which add up to ${sum.toString()}, a difference of ${diff}; please check`,
        ]
      : [
          `“${label}”（${cell}）为${total.toString()}，与其分项（${cells.join("、")}）之和${sum.toString()}不符，相差${diff}${same}，请核对`,
          `"${label}" (${cell}) is ${total.toString()}, but its sub-items (${cells.join(", ")}) add up to ${sum.toString()}, a difference of ${diff}${sameEn}; please check`,
        ];
    return { kind: "sum", cell, message, messageEn };
  }
}
