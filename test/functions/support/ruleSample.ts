/** The committed sample of other localities' 评价标准 and its scores worked out by hand. */
import * as path from "path";

export const SAMPLE = path.join(__dirname, "..", "..", "..", "examples", "评价标准计分示例.xlsx");

/** Row by row, by hand from each text: see the comments. */
export const SAMPLE_SCORES = [
  3.5, // 103%: 3 points over × 0.5
  1.5, // 105.5%: whole points only, 5 × 0.1 = 0.5 off 2
  9.57, // 95.67% of 10 = 9.567
  2, // 90%: 10 points below 100, 2 per 5 → 4 off 6
  3, // 12% ∈ (10%, 20%]
  2, // 0: 持平
  4, // 88% ∈ [80%, 90%)
  3, // items 1 and 3: 1 + 2
  2, // 是
  2, // one month late: 3 − 1
  3, // 一般
  3, // three quarters × 1
  4, // the evaluator's score
];
