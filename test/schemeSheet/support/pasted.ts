/**
 * The seeds' scoring tables as an officer pastes them into a sheet: seed 000's 附件3 (built from the
 * built-in 浏阳2018's words, which quote it) and seed 004's 计分表 (parsed from the seed's text, in
 * its own layout: 一级指标 | 二级指标 | 三级指标 | 分值 | 指标解释 | 评价标准 | 自评得分, the upper levels' points
 * in their names, "投   入（20分）"), each with what the officer adds beside the text it does not say.
 */
import * as fs from "fs";
import * as path from "path";
import { getScheme, indicatorsOf, type Indicator } from "../../../src/core";
import { FULL_FIGURES, FULL_INPUTS } from "../../support/fullCase";

export type Rows = Array<Array<string | number | null>>;
export type Additions = Record<string, { value?: string; override?: string }>;

/** What the officer writes beside 附件3 (by hand, from 附件3 and 附件4). */
export const SEED000_ADDED: Additions = {
  // 指标说明 says 实际支出公用经费总额/预算安排公用经费总额: names the base sheet does not use.
  公用经费控制率: { value: "本年公用经费决算数/本年公用经费预算数" },
  // 交办或下达数 is not a base-data name, and 附件3 gives no rule: 办结率×8分.
  重点工作办结率: { value: "重点工作完成数/重点工作交办数", override: "按完成比例计分，满分为止" },
  "经济效益、社会效益": { override: "由评价人综合评定" },
  // 附件4 holds the survey's 满意率; the 指标说明 only defines the public.
  社会公众或服务对象满意度: { value: "满意率" },
  新建楼堂馆所投资概算控制率: {
    override: "100%以下（含）计满分，每超出5%扣2分，扣完为止。没有楼堂馆所项目的部门按满分计算。",
  },
};

/** Seed 000's 附件3: 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 评价标准 | 指标说明 | 得分 | 指标值 | 计分方式. */
export function seed000(added: Additions = SEED000_ADDED): Rows {
  const built = getScheme("浏阳2018");
  const rows: Rows = [
    ["部门整体支出绩效评价指标"],
    [
      "一级指标",
      "分值",
      "二级指标",
      "分值",
      "三级指标",
      "分值",
      "评价标准",
      "指标说明",
      "得分",
      "指标值",
      "计分方式",
    ],
  ];
  indicatorsOf(built).forEach((r, i, all) => {
    const first1 = i === 0 || all[i - 1].level1 !== r.level1;
    const first2 = first1 || all[i - 1].level2 !== r.level2;
    const ind: Indicator = r.indicator;
    const add = added[ind.name] ?? {};
    rows.push([
      first1 ? r.level1.name : null,
      first1 ? r.level1.points : null,
      first2 ? r.level2.name : null,
      first2 ? r.level2.points : null,
      ind.name,
      ind.points,
      ind.criterion,
      ind.description,
      null,
      add.value ?? null,
      add.override ?? null,
    ]);
  });
  rows.push(["合计", 100]);
  return rows;
}

/** The seed 004 计分表's records: 7 fields each, in the order the seed prints them. */
function seed004Records(): string[][] {
  const text = fs.readFileSync(
    path.join(__dirname, "../../fixtures/seeds/xiangtan2020.txt"),
    "utf8"
  );
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.includes("年度部门整体支出绩效计分表"));
  const blocks: string[][] = [];
  let cur: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (l === "") {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else cur.push(l.trim());
  }
  if (cur.length) blocks.push(cur);
  return blocks;
}

/** Seed 004's 计分表 as pasted, with the officer's 指标值 and 计分方式 columns (by 三级指标 as printed). */
export function seed004(added: Additions = {}): Rows {
  const blocks = seed004Records();
  const header = blocks.findIndex((b) => b[1] === "二级指标");
  // The first heading is printed over two lines ("一级" / "指标"): one cell in the sheet.
  const rows: Rows = [
    ["2020年度部门整体支出绩效计分表"],
    [
      "一级指标",
      "二级指标",
      "三级指标",
      "分值",
      "指标解释",
      "评价标准",
      "自评得分",
      "指标值",
      "计分方式",
    ],
  ];
  for (const b of blocks.slice(header + 2)) {
    if (/^合\s*计/.test(b[0])) {
      rows.push([b[0], null, null, Number(b[1])]);
      continue;
    }
    const add = added[b[2]] ?? {};
    rows.push([
      b[0] || null,
      b[1] || null,
      b[2],
      Number(b[3]),
      b[4],
      b[5],
      null,
      add.value ?? null,
      add.override ?? null,
    ]);
  }
  return rows;
}

/** What the officer writes beside seed 004's 计分表, where its text does not say what 湘潭县2020 reads. */
export const SEED004_ADDED: Additions = {
  // "…×100%小于或等于1计5分": the formula runs into the rule, so it is written out.
  "在职人员控制率（5分）": { value: "在职人员数/编制数" },
  // The text's 总额 names (本年度“三公经费”总额, 实际支出公用经费总额, 质量达标实际工作数) are not on the
  // base sheet: scheme check names each with its cell, and the officer writes the base sheet's names.
  "“三公经费”变动率（5分）": {
    value: "(本年三公经费预算数-上年三公经费预算数)/上年三公经费预算数",
  },
  "公用经费控制率（2分）": { value: "本年公用经费决算数/本年公用经费预算数" },
  "质量达标率（8分）": { value: "质量达标工作数/计划工作数" },
  // 预算数 here is the year's initial budget (年初预算): the base sheet's name.
  "预算完成率（4分）": { value: "预算完成数/年初预算" },
  "预算调整率（2分）": { value: "预算调整数/年初预算" },
  "政府采购执行率（4分）": { value: "实际政府采购金额/政府采购预算数" },
  // 交办或下达数 is not a base-data label.
  "重点工作办结率（10分）": { value: "重点工作完成数/重点工作交办数" },
  // One 评价标准 cell printed across three rows: each row gets its own words.
  "经济效益（5分）": { override: "按经济效益实现程度计算得分（5分）" },
  "社会效益（5分）": { override: "按社会效益实现程度计算得分（5分）" },
  "生态效益（5分）": { override: "按生态效益实现程度计算得分（5分）" },
  "社会公众或服务对象满意度（5分）": { value: "满意率" },
};

/** Full data for both schemes (every figure present): the LibreOffice suite's full case. */
export const SEED_FIGURES: Record<string, number> = { ...FULL_FIGURES };

/** Each seed: its built-in scheme, the pasted table, and every self-evaluation input typed. */
export const SEEDS = [
  {
    seed: "000 附件3",
    builtIn: "浏阳2018",
    rows: () => seed000(),
    inputs: FULL_INPUTS["浏阳2018"],
  },
  {
    seed: "004 计分表",
    builtIn: "湘潭县2020",
    rows: () => seed004(SEED004_ADDED),
    inputs: FULL_INPUTS["湘潭县2020"],
  },
] as const;

/** A workbook holding the base data (the template, filled) and the pasted table as its 评分方案 sheet. */
export async function writeSeedWorkbook(file: string, rows: Rows, year = 2021): Promise<void> {
  const { templateFile } = await import("../../../src/cli/commands/template");
  const ExcelJS = await import("exceljs");
  await templateFile({ output: file, year, values: SEED_FIGURES, force: true });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.addWorksheet("评分方案");
  for (const row of rows) ws.addRow(row.map((v) => (v === null ? undefined : v)));
  await wb.xlsx.writeFile(file);
}
