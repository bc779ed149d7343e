/** The README's function reference is generated from the registry, never written twice. */
import { readFileSync } from "fs";
import { join } from "path";
import { referenceMarkdown } from "../../src/functions/registry";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readSection } = require("../../scripts/readme-sections.js");

const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

test.each(["zh", "en"] as const)(
  "README's %s reference is up to date (run `npm run docs`)",
  (lang) => {
    expect(readSection(readme, `PERF-REFERENCE-${lang}`)).toBe(referenceMarkdown(lang));
  }
);

test("README shows the two set-up commands", () => {
  expect(readme).toContain("npm ci && npm run demo");
  expect(readme).toContain("npm ci && npm test");
});

test("docs/RULES.md is generated from the schemes (run `npm run docs`)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { BUILT_IN_SCHEMES } = require("../../src/core");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { rulesMarkdown } = require("../../src/core/ruleText/docs");
  const rules = readFileSync(join(__dirname, "..", "..", "docs", "RULES.md"), "utf8");
  expect(rules).toBe(rulesMarkdown(BUILT_IN_SCHEMES));
});
