/**
 * The canonical 基础数据 sheet as a Plan, modelled on seed 000's 附件4 (部门整体支出绩效评价基础数据表)
 * and extended to every catalogue field. Both writers (exceljs in the CLI, Office.js in the task
 * pane) apply it; the reader reads it back at the addresses recorded in plan.inputs.
 */
import {
  CROSS_ROWS,
  crossFieldId,
  fieldDef,
  isField,
  PERCENT_ABOVE_ONE,
  type CrossRow,
  type FieldDef,
  YEAR_COLUMNS,
  type YearColumn,
} from "../core/fields";
import { formulaArgs } from "../core/valueFormula";
import { indicatorsOf, type Scheme } from "../core/scheme";
import { getScheme } from "../core/schemes";
import { a1 } from "./grid";
import type { CellStyle, Plan, PlanCell, PlanInput, PlanValidation } from "./plan";
import { wrappedLines } from "./planner/excelText";
import { INPUT_FILL } from "./planner/styles";

export interface BaseDataTemplateOptions {
  /** The evaluation year: fills 年度 and writes real years in the table headings ("2019年预算数"). */
  year?: number;
  unitName?: string;
  /** Mark which figures this scheme uses (the others are greyed and labelled 本方案不使用). */
  schemeId?: string;
  /** The same with the scheme itself: one of the user's own (JSON, a scheme sheet) has no id to look up. */
  scheme?: Scheme;
  /** Values to fill in, by field id (the demo, tests). */
  values?: Record<string, number | string>;
  sheetName?: string;
}

export const TEMPLATE_SHEET_NAME = "基础数据";
export const TEMPLATE_TITLE = "部门整体支出绩效评价基础数据表";

const WIDTHS = [30, 13, 13, 13, 13, 30];
const LAST_COLUMN = WIDTHS.length - 1;
const MUTED_FILL = "#F2F2F2";
const HEADER_FILL = "#D9E1F2";
const LINE_HEIGHT = 14;

const base: CellStyle = { border: "thin", vertical: "middle", fontSize: 10, wrap: true };
const STYLES: Record<string, CellStyle> = {
  title: { bold: true, fontSize: 16, horizontal: "center", vertical: "middle" },
  info: { fontSize: 10, horizontal: "right", vertical: "middle" },
  infoLabel: { ...base, bold: true, horizontal: "center" },
  header: { ...base, bold: true, horizontal: "center", fill: HEADER_FILL },
  section: { ...base, bold: true, horizontal: "left", fill: HEADER_FILL },
  label: { ...base, horizontal: "left" },
  labelMuted: { ...base, horizontal: "left", fontColor: "#808080" },
  desc: { ...base, horizontal: "left", fontSize: 9 },
  descMuted: { ...base, horizontal: "left", fontSize: 9, fontColor: "#808080" },
  calc: { ...base, horizontal: "right", numberFormat: "0.00%" },
  note: { fontSize: 9, horizontal: "left", vertical: "top", wrap: true },
  inputText: { ...base, horizontal: "left", fill: INPUT_FILL, unlocked: true, numberFormat: "@" },
  inputYear: { ...base, horizontal: "center", fill: INPUT_FILL, unlocked: true, numberFormat: "0" },
};

/** Number format and validation by unit. */
const UNIT_FORMAT: Record<
  FieldDef["unit"],
  { format: string; whole: boolean; max?: number; hint: string }
> = {
  万元: { format: "#,##0.00", whole: false, hint: "单位：万元" },
  平方米: { format: "#,##0.00", whole: false, hint: "单位：平方米" },
  人: { format: "0", whole: true, hint: "单位：人，填整数" },
  项: { format: "0", whole: true, hint: "单位：项，填整数" },
  "%": { format: "0.00%", whole: false, max: 1, hint: "填百分比，如95%" },
  "": { format: "General", whole: false, hint: "填数字" },
};

/** Row labels of the cross table, numbered as in seed 000's 附件4. */
const CROSS_LABEL: Record<CrossRow, string> = {
  三公经费: "“三公”经费",
  公务用车购置及运行维护费: "  1、公务用车购置及运行维护费",
  公务用车购置费: "    其中：（1）公务用车购置费",
  公务用车运行维护费: "          （2）公务用车运行维护费",
  "因公出国（境）费": "  2、因公出国（境）费",
  公务接待费: "  3、公务接待费",
  公用经费: "公用经费",
  政府采购: "政府采购金额",
};
const CROSS_NOTE: Partial<Record<CrossRow, string>> = {
  三公经费: "应等于1、2、3项之和",
  公务用车购置及运行维护费: "应等于（1）、（2）项之和",
  公用经费: "基本支出中的一般商品和服务支出",
  政府采购: "政府采购预算数与实际采购金额",
};

/** Single-figure sections, in order: heading, value column heading, fields with their labels. */
const SECTIONS: Array<{ title: string; column: string; fields: Array<[string, string]> }> = [
  {
    title: "预算执行情况（万元）",
    column: "金额",
    fields: [
      ["上年结转", "上年结转（万元）"],
      ["年初预算", "年初预算数（万元）"],
      ["本年追加预算", "本年追加预算（万元）"],
      ["年末结余", "年末结余（万元）"],
      ["预算完成数", "预算完成数（万元）"],
      ["预算调整数", "预算调整数（万元）"],
      ["重点项目支出", "重点项目支出（万元）"],
      ["项目总支出", "项目总支出（万元）"],
    ],
  },
  {
    title: "结转结余情况（万元）",
    column: "金额",
    fields: [
      ["本年结转结余总额", "本年结转结余总额（万元）"],
      ["上年结转结余总额", "上年结转结余总额（万元）"],
    ],
  },
  {
    title: "新建楼堂馆所（没有项目的留空）",
    column: "数值",
    fields: [
      ["批准建设面积", "批准建设面积（平方米）"],
      ["实际建设面积", "实际建设面积（平方米）"],
      ["批准投资金额", "批准投资金额（万元）"],
      ["实际投资金额", "实际投资金额（万元）"],
    ],
  },
  {
    title: "资产情况（万元）",
    column: "金额",
    fields: [
      ["固定资产总额", "固定资产总额（万元）"],
      ["在用固定资产总额", "在用固定资产总额（万元）"],
    ],
  },
  {
    title: "履职情况（项）",
    column: "数量",
    fields: [
      ["重点工作交办数", "重点工作交办数（项）"],
      ["重点工作完成数", "重点工作完成数（项）"],
      ["计划工作数", "计划工作数（项）"],
      ["质量达标工作数", "质量达标工作数（项）"],
    ],
  },
  {
    title: "社会满意度情况",
    column: "比率",
    fields: [["满意率", "满意率（%）"]],
  },
];

const NOTES = [
  "说明：1. 黄色单元格为填报项；数字请直接填写（不要带单位），金额单位为万元。",
  "2. “三公”经费 = 公务用车购置及运行维护费 + 因公出国（境）费 + 公务接待费；公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费。",
  "3. “项目支出”需要填报除专项资金和基本支出以外的所有项目情况，包括业务工作项目、运行维护项目等；“公用经费”填报基本支出中的一般商品和服务支出。",
  "4. 没有新建楼堂馆所项目的，楼堂馆所各项留空（相应指标按满分计算）；其他各项不要留空，没有发生的填0。",
  "5. 预算完成率 =（上年结转 + 年初预算 + 本年追加预算 − 年末结余）/（上年结转 + 年初预算 + 本年追加预算）。",
];

/** Which indicators read each field, for a scheme. */
function usage(scheme: Scheme | undefined): Map<string, string[]> | undefined {
  if (scheme === undefined) return undefined;
  const out = new Map<string, string[]>();
  for (const ref of indicatorsOf(scheme)) {
    if (!ref.indicator.value) continue;
    for (const id of formulaArgs(ref.indicator.value)) {
      const list = out.get(id) ?? [];
      if (!list.includes(ref.indicator.name)) list.push(ref.indicator.name);
      out.set(id, list);
    }
  }
  return out;
}

/** Column heading of the cross table: "2019年预算数" when the year is known, else "上年预算数". */
export function yearColumnHeading(column: YearColumn, year?: number): string {
  if (year === undefined) return column;
  const y = column.startsWith("本年") ? year : year - 1;
  return `${y}年${column.slice(2)}`;
}

export function planBaseDataTemplate(options: BaseDataTemplateOptions = {}): Plan {
  return new TemplateBuilder(options).build();
}

class TemplateBuilder {
  private readonly cells: PlanCell[] = [];
  private readonly merges: string[] = [];
  private readonly validations: PlanValidation[] = [];
  private readonly inputs: PlanInput[] = [];
  private readonly heights = new Map<number, number>();
  private readonly styles: Record<string, CellStyle> = { ...STYLES };
  private readonly used: Map<string, string[]> | undefined;
  /** Figures the scheme names by labels the catalogue does not know: a section of their own. */
  private readonly own: string[];

  constructor(private readonly options: BaseDataTemplateOptions) {
    this.used = usage(
      options.scheme ?? (options.schemeId === undefined ? undefined : getScheme(options.schemeId))
    );
    this.own = [...(this.used?.keys() ?? [])].filter((id) => !isField(id));
    for (const id of Object.keys(options.values ?? {}))
      if (!isField(id) && !this.own.includes(id)) throw new Error(`unknown base-data field: ${id}`);
  }

  build(): Plan {
    let row = this.header();
    row = this.staff(row + 1);
    row = this.crossTable(row + 1);
    for (const s of SECTIONS) row = this.section(row + 1, s);
    if (this.own.length)
      row = this.section(row + 1, {
        title: "本方案的其他数据",
        column: "数值",
        fields: this.own.map((id) => [id, id] as const),
      });
    row = this.notes(row + 1);
    const last = row - 1;
    return {
      sheetName: this.options.sheetName ?? TEMPLATE_SHEET_NAME,
      range: `A1:${a1(last, LAST_COLUMN)}`,
      cells: this.cells,
      styles: this.styles,
      merges: this.merges,
      columnWidths: WIDTHS.slice(),
      rowHeights: [...this.heights]
        .sort((a, b) => a[0] - b[0])
        .map(([r, height]) => ({ row: r + 1, height })),
      freeze: { rows: 0, columns: 0 },
      validations: this.validations,
      print: {
        orientation: "portrait",
        paperSize: "A4",
        fitToWidth: 1,
        fitToHeight: 0,
        area: `A1:${a1(last, LAST_COLUMN)}`,
      },
      inputs: this.inputs,
    };
  }

  // --- helpers (0-based rows and columns) ---

  private put(
    r: number,
    c: number,
    content: Omit<PlanCell, "address" | "style">,
    style: string
  ): string {
    const address = a1(r, c);
    this.cells.push({ address, ...content, style });
    return address;
  }

  private merge(r0: number, c0: number, r1: number, c1: number, style?: string): void {
    if (r0 === r1 && c0 === c1) return;
    this.merges.push(`${a1(r0, c0)}:${a1(r1, c1)}`);
    // Borders on every cell of the area (Office.js applies styles per cell).
    if (style) {
      for (let r = r0; r <= r1; r++)
        for (let c = c0; c <= c1; c++)
          if (r !== r0 || c !== c0) this.cells.push({ address: a1(r, c), style });
    }
  }

  private fit(r: number, text: string, c0: number, c1: number): void {
    const width = WIDTHS.slice(c0, c1 + 1).reduce((a, b) => a + b, 0);
    const height = wrappedLines(text, width) * LINE_HEIGHT + 4;
    this.heights.set(r, Math.max(this.heights.get(r) ?? 18, height));
  }

  private isUsed(id: string): boolean {
    return !this.used || this.used.has(id);
  }

  private inputStyle(def: FieldDef): string {
    const used = this.isUsed(def.id);
    const name = `input_${def.unit}_${used ? "used" : "muted"}`;
    if (!this.styles[name]) {
      this.styles[name] = {
        ...base,
        horizontal: "right",
        fill: used ? INPUT_FILL : MUTED_FILL,
        unlocked: true,
        numberFormat: UNIT_FORMAT[def.unit].format,
      };
    }
    return name;
  }

  /** An input cell for a field: style, validation with the field's description, plan.inputs entry. */
  private figure(r: number, c: number, id: string): void {
    const def = fieldDef(id);
    const unit = UNIT_FORMAT[def.unit];
    const initial = this.options.values?.[id];
    const address = this.put(
      r,
      c,
      initial === undefined ? {} : { value: initial },
      this.inputStyle(def)
    );
    const input: PlanInput = { address, key: id, kind: "figure", label: id };
    if (initial !== undefined) input.initial = initial;
    this.inputs.push(input);
    const blankNote = def.blank === "notApplicable" ? "" : "；没有发生的填0，不要留空";
    this.validations.push({
      range: address,
      rule: {
        type: unit.whole ? "whole" : "decimal",
        min: 0,
        ...(unit.max !== undefined ? { max: unit.max } : {}),
      },
      prompt: { title: id, message: `${def.description}（${unit.hint}）${blankNote}` },
      error: {
        title: "输入有误",
        message:
          unit.max !== undefined
            ? PERCENT_ABOVE_ONE.zh
            : `请填写不小于0的${unit.whole ? "整数" : "数字"}`,
        strict: true,
      },
    });
  }

  private usageText(ids: string[]): string {
    if (!this.used) return "";
    const names: string[] = [];
    for (const id of ids)
      for (const n of this.used.get(id) ?? []) if (!names.includes(n)) names.push(n);
    return names.length ? `用于：${names.join("、")}` : "本方案不使用，可不填";
  }

  // --- sections ---

  private header(): number {
    this.put(0, 0, { value: TEMPLATE_TITLE }, "title");
    this.merge(0, 0, 0, LAST_COLUMN);
    this.heights.set(0, 30);

    this.put(1, 0, { value: "填报单位" }, "infoLabel");
    this.put(1, 1, this.options.unitName ? { value: this.options.unitName } : {}, "inputText");
    this.merge(1, 1, 1, 3, "inputText");
    this.put(1, 4, { value: "年度" }, "infoLabel");
    const yearCell = this.put(
      1,
      5,
      this.options.year !== undefined ? { value: this.options.year } : {},
      "inputYear"
    );
    this.validations.push({
      range: yearCell,
      rule: { type: "whole", min: 2000, max: 2100 },
      prompt: { title: "年度", message: "评价年度（本年），如2020。表中的“上年”指它的前一年。" },
      error: { title: "输入有误", message: "请填写四位年份，如2020", strict: true },
    });
    this.heights.set(1, 20);

    this.put(2, 0, { value: "金额单位：万元　人数单位：人　面积单位：平方米" }, "info");
    this.merge(2, 0, 2, LAST_COLUMN);
    return 3;
  }

  /** 财政供养人员情况: headings over a row of values, as in 附件4. */
  private staff(r: number): number {
    this.put(r, 0, { value: "财政供养人员情况" }, "section");
    this.merge(r, 0, r + 1, 0, "section");
    this.put(r, 1, { value: "编制数（人）" }, "header");
    this.put(r, 2, { value: "实际在职人数（人）" }, "header");
    this.put(r, 3, { value: "在职人员控制率" }, "header");
    this.put(r, 4, { value: "说明" }, "header");
    this.merge(r, 4, r, LAST_COLUMN, "header");
    this.figure(r + 1, 1, "编制数");
    this.figure(r + 1, 2, "在职人员数");
    const b = a1(r + 1, 1);
    const c = a1(r + 1, 2);
    this.put(
      r + 1,
      3,
      { formula: `=IF(AND(ISNUMBER(${b}),${b}>0,ISNUMBER(${c})),${c}/${b},"")` },
      "calc"
    );
    const text = [
      "控制率 = 实际在职人数 / 编制数（自动计算，仅供核对）",
      this.usageText(["编制数", "在职人员数"]),
    ]
      .filter(Boolean)
      .join("；");
    this.put(r + 1, 4, { value: text }, "desc");
    this.merge(r + 1, 4, r + 1, LAST_COLUMN, "desc");
    this.fit(r + 1, text, 4, LAST_COLUMN);
    return r + 2;
  }

  /** 经费控制情况: rows × 上年预算数 | 上年决算数 | 本年预算数 | 本年决算数. */
  private crossTable(r: number): number {
    this.put(r, 0, { value: "经费控制情况（万元）" }, "section");
    YEAR_COLUMNS.forEach((column, i) =>
      this.put(r, 1 + i, { value: yearColumnHeading(column, this.options.year) }, "header")
    );
    this.put(r, LAST_COLUMN, { value: "说明" }, "header");
    let row = r + 1;
    for (const cross of CROSS_ROWS) {
      const ids = YEAR_COLUMNS.map((column) => crossFieldId(cross, column));
      const muted = ids.every((id) => !this.isUsed(id));
      this.put(row, 0, { value: CROSS_LABEL[cross] }, muted ? "labelMuted" : "label");
      ids.forEach((id, i) => this.figure(row, 1 + i, id));
      const text = [CROSS_NOTE[cross], this.usageText(ids)].filter(Boolean).join("；");
      this.put(row, LAST_COLUMN, text ? { value: text } : {}, muted ? "descMuted" : "desc");
      if (text) this.fit(row, text, LAST_COLUMN, LAST_COLUMN);
      row++;
    }
    return row;
  }

  /** A block of single figures: label | value | description. */
  private section(r: number, s: (typeof SECTIONS)[number]): number {
    this.put(r, 0, { value: s.title }, "section");
    this.put(r, 1, { value: s.column }, "header");
    this.put(r, 2, { value: "说明" }, "header");
    this.merge(r, 2, r, LAST_COLUMN, "header");
    let row = r + 1;
    for (const [id, label] of s.fields) {
      const muted = !this.isUsed(id);
      this.put(row, 0, { value: label }, muted ? "labelMuted" : "label");
      this.figure(row, 1, id);
      const text = [fieldDef(id).description, this.usageText([id])].filter(Boolean).join("；");
      this.put(row, 2, { value: text }, muted ? "descMuted" : "desc");
      this.merge(row, 2, row, LAST_COLUMN, muted ? "descMuted" : "desc");
      this.fit(row, text, 2, LAST_COLUMN);
      row++;
    }
    return row;
  }

  private notes(r: number): number {
    const text = NOTES.join("\n");
    this.put(r, 0, { value: text }, "note");
    this.merge(r, 0, r, LAST_COLUMN);
    this.fit(r, text, 0, LAST_COLUMN);
    return r + 1;
  }
}

/** Every catalogue field has a place in the template (checked by tests; exported for them). */
export const TEMPLATE_FIELDS: readonly string[] = [
  "编制数",
  "在职人员数",
  ...CROSS_ROWS.flatMap((row) => YEAR_COLUMNS.map((column) => crossFieldId(row, column))),
  ...SECTIONS.flatMap((s) => s.fields.map(([id]) => id)),
];
