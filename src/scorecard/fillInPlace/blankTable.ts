/**
 * A blank 计分表 in the official layout, as an officer keeps one: the scheme's table (levels, 指标说明,
 * 评价标准, 计分方式 where the text needs it) with empty 指标值, 得分 and 扣分说明 columns, a 合计 row and a
 * 评价结果 row. 指标值 keeps a base-data formula only where the 指标说明 does not say one the reader can
 * use. For the sample workbook and the tests of 在此表中计分.
 */
import { indicatorsOf, type Scheme } from "../../core";
import { a1 } from "../grid";
import { readSchemeSheet, schemeTable, tableGrid, type SchemeTable } from "../schemeSheet";

const VALUE = 8;
const OVERRIDE = 9;

export function blankScorecardTable(scheme: Scheme, title = `${scheme.title}计分表`): SchemeTable {
  const base = schemeTable(scheme);
  const body = base.rows.slice(2, -1);
  const needsOverride = body.some((r) => r[OVERRIDE] !== null);
  // Leave 指标值 empty where the reader finds the scheme's own formula in the 指标说明 all the same;
  // keep it where the 指标说明 reads to another formula (its operands taken for labels of the
  // officer's own, "实际支出公用经费总额"), to none (满意率, a self-evaluation input), or not at all.
  const blanked = body.map((r) => r.map((v, c) => (c === VALUE ? null : v)));
  const probe = readSchemeSheet(
    tableGrid("probe", { rows: [base.rows[0], base.rows[1], ...blanked], merges: [] })
  );
  const read = probe.scheme ? indicatorsOf(probe.scheme) : [];
  indicatorsOf(scheme).forEach((ref, i) => {
    const same = JSON.stringify(read[i]?.indicator.value) === JSON.stringify(ref.indicator.value);
    if (!same && body[i] && body[i][VALUE] !== null) blanked[i][VALUE] = body[i][VALUE];
  });
  const keep = (r: Array<string | number | null>) =>
    needsOverride ? r.slice(0, OVERRIDE + 1) : r.slice(0, OVERRIDE);
  const header = [...keep(base.rows[1]), "得分", "扣分说明"];
  const width = header.length;
  const pad = (r: Array<string | number | null>) => [
    ...r,
    ...new Array<null>(width - r.length).fill(null),
  ];
  const rows = [[title], header, ...blanked.map((r) => pad(keep(r)))];
  const totalRow = rows.length;
  rows.push(pad(["合计", null, null, null, null, scheme.total]));
  const gradeRow = rows.length;
  rows.push(pad(["评价结果"]));
  const score = width - 2;
  const merges = [
    `A1:${a1(0, width - 1)}`,
    ...base.merges.filter((m) => !m.startsWith("A1:")),
    `A${totalRow + 1}:E${totalRow + 1}`,
    `A${gradeRow + 1}:${a1(gradeRow, score - 1)}`,
  ];
  return { rows, merges };
}
