/** Grade bands of 财预〔2020〕10号: ≥90 优, ≥80 良, ≥60 中, below 差 (lower bounds inclusive). */
import type { GradeBand } from "../scheme";

export const STANDARD_GRADES: GradeBand[] = [
  { grade: "优", min: 90 },
  { grade: "良", min: 80 },
  { grade: "中", min: 60 },
  { grade: "差" },
];
