/**
 * What only 生成 and 插入模板 need (the planner, the template and the Office.js writer), loaded on
 * first use: the pane's first screen, the 数据 step, does not wait for it.
 */
export { generateScorecard, insertBaseTemplate, inspectExistingSheet } from "../excel/scorecard";
export { planBaseDataTemplate } from "../scorecard/template";
