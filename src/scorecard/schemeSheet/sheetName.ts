/** A scoring table is found by its sheet's name (the CLI and the pane use the same names). */
export const SCHEME_SHEET_NAMES =
  /^(评分方案|评分标准|指标体系|评分表|评价指标|绩效评价指标|计分标准)/;

export const isSchemeSheetName = (name: string): boolean => SCHEME_SHEET_NAMES.test(name.trim());
