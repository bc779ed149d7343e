/**
 * Checks that Griffel's build-time transform (webpack.config.js) changes no style: builds the add-in
 * with and without it, walks the pane's steps in headless Chromium with the fake office.js, and
 * compares the CSS rules of every style bucket and the classes of every element at each step.
 *   node bench/bundle/stylesParity.js      (prints one line per step; exits 1 on a difference)
 */
"use strict";
require("../support/tsHook");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { buildAddin, buildFakeOffice } = require("../support/builds.ts");
const { CHROMIUM, CHROMIUM_ARGS, serve } = require("../../test/support/browser.ts");

const OFFICE_JS = /^https:\/\/appsforoffice\.(microsoft\.com|cdn\.partner\.office365\.cn)\//;
const isGriffel = (rule) => JSON.stringify(rule.use || rule.loader || "").includes("@griffel/webpack-loader");

const snapshot = (page) =>
  page.evaluate(() => ({
    rules: [...document.querySelectorAll("style")]
      .map((s) => `${s.getAttribute("data-make-styles-bucket") || ""}:${[...s.sheet.cssRules].map((r) => r.cssText).sort().join("\n")}`)
      .sort(),
    classes: [...document.querySelectorAll("body *")].map((e) => `${e.tagName}.${[...e.classList].sort().join(".")}`),
  }));

async function walk(browser, dir, fake) {
  const server = await serve(dir);
  const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  try {
    await page.route(OFFICE_JS, (r) => r.fulfill({ contentType: "text/javascript", body: fake }));
    await page.addInitScript(() => (window.__fakeOfficeConfig = { scenario: "seed" }));
    await page.goto(`${server.url}taskpane.html`);
    const steps = {};
    await page.getByRole("table", { name: "找到的基础数据" }).waitFor();
    steps.data = await snapshot(page);
    await page.getByRole("button", { name: "下一步：选择方案" }).click();
    await page.getByRole("radio", { name: /^浏阳2018/ }).check();
    steps.scheme = await snapshot(page);
    await page.getByRole("button", { name: "下一步：生成" }).click();
    await page.getByRole("radio", { name: /^PERF 函数/ }).waitFor();
    steps.generate = await snapshot(page);
    await page.getByRole("button", { name: "生成计分表" }).click();
    await page.getByRole("heading", { name: "已生成“计分表”" }).waitFor();
    steps.summary = await snapshot(page);
    return steps;
  } finally {
    await page.close();
    await server.close();
  }
}

(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perfscore-styles-"));
  try {
    const fake = fs.readFileSync(await buildFakeOffice(path.join(tmp, "fake")));
    await buildAddin(path.join(tmp, "aot"));
    await buildAddin(path.join(tmp, "runtime"), (c) => {
      const before = c.module.rules.length;
      c.module.rules = c.module.rules.filter((r) => !isGriffel(r));
      if (c.module.rules.length === before) throw new Error("no Griffel rule in webpack.config.js");
    });
    const { chromium } = require("playwright-core");
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    let same = true;
    try {
      const aot = await walk(browser, path.join(tmp, "aot"), fake);
      const runtime = await walk(browser, path.join(tmp, "runtime"), fake);
      for (const step of Object.keys(aot)) {
        const rules = JSON.stringify(aot[step].rules) === JSON.stringify(runtime[step].rules);
        const classes = JSON.stringify(aot[step].classes) === JSON.stringify(runtime[step].classes);
        same = same && rules && classes;
        console.log(`${step}: CSS rules per bucket identical: ${rules}; element classes identical: ${classes} (${aot[step].classes.length} elements)`);
      }
    } finally {
      await browser.close();
    }
    process.exitCode = same ? 0 : 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
