/**
 * The task pane in headless Chromium: the production build served on 127.0.0.1, office.js replaced
 * (page.route) by a fake host over an in-memory workbook holding seed 000's 基础数据. Walks the
 * three steps at 320 px and 500 px, generates, updates, and checks what landed in the workbook.
 * Screenshots go to test/artifacts/ (not committed).
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { getScheme } from "../../src/core";
import { FAKE_OFFICE_FILE, builtAddin } from "../support/build";
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  chromiumAvailable,
  serve,
  type StaticServer,
} from "../support/browser";

const ARTIFACTS = path.resolve(__dirname, "../artifacts");
const OFFICE_JS =
  /^https:\/\/appsforoffice\.(microsoft\.com|cdn\.partner\.office365\.cn)\//;
const available = chromiumAvailable();

interface WorkbookState {
  sheets: Array<{
    name: string;
    cells: Record<string, string | number | boolean | null>;
    merges: string[];
  }>;
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  syncCount: number;
}

let browser: Browser;
let server: StaticServer;
let dir: string;

beforeAll(async () => {
  if (!available) return;
  dir = await builtAddin();
  server = await serve(dir);
  const { chromium } = await import("playwright-core");
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPane(
  width: number,
  config: Record<string, unknown>,
): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  (page as unknown as { __errors: string[] }).__errors = errors;
  const fake = fs.readFileSync(path.join(dir, FAKE_OFFICE_FILE));
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({ contentType: "text/javascript", body: fake }),
  );
  await page.addInitScript((c) => {
    const w = window as unknown as {
      __fakeOfficeConfig: unknown;
      __announced: string[];
    };
    w.__fakeOfficeConfig = c;
    // What a screen reader would be told (Fluent's announcer uses ariaNotify where it exists).
    w.__announced = [];
    (
      Document.prototype as unknown as { ariaNotify(m: string): void }
    ).ariaNotify = (m) => void w.__announced.push(m);
  }, config);
  await page.goto(`${server.url}taskpane.html`);
  return { page, requests };
}

const state = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { __workbookState(): WorkbookState }
    ).__workbookState(),
  );

/** Waits until `read` returns what `ok` accepts (the fake host answers asynchronously). */
async function until<T>(
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  what: string,
): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < 100; i++) {
    last = await read();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(
    `timed out waiting for ${what}; last: ${JSON.stringify(last)}`,
  );
}

/** The focused element as "TAG text" (just "BODY" when focus was lost to the page). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return !el || el === document.body ? "BODY" : `${el.tagName} ${el.textContent}`;
  });

const announced = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __announced: string[] }).__announced,
  );

async function noHorizontalOverflow(page: Page): Promise<void> {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll).toBeLessThanOrEqual(client);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: path.join(ARTIFACTS, `${name}.png`),
    fullPage: true,
  });
}

function onlyLocalRequests(requests: string[], origin: string): void {
  const foreign = requests.filter(
    (u) => !u.startsWith(origin) && !OFFICE_JS.test(u),
  );
  expect(foreign).toEqual([]);
}

describe("task pane in Chromium", () => {
  if (!available) {
    it("is skipped: Chromium is not installed (see the warning above)", () =>
      undefined);
    return;
  }

  it.each([320, 500])(
    "walks 数据 → 方案 → 生成 at %i px, generates, then updates without overwriting",
    async (width) => {
      const { page, requests } = await openPane(width, { scenario: "seed" });
      const p = (n: string) => `pane-${width}-${n}`;

      // 1 数据: the sheet is recognised, the year read, the figures listed with their cells.
      await page.getByRole("heading", { name: "基础数据" }).waitFor();
      await page.getByRole("table", { name: "找到的基础数据" }).waitFor();
      await expect(
        page
          .getByRole("combobox", { name: "基础数据所在的工作表" })
          .inputValue(),
      ).resolves.toBe("基础数据");
      await expect(
        page.getByText("评价年度：").textContent(),
      ).resolves.toContain("2018");
      const staffRow = page.getByRole("row", { name: /^编制数/ });
      await expect(
        staffRow.getByRole("cell").last().textContent(),
      ).resolves.toBe("43");
      // 上年三公经费预算数 is not on 附件4 (2017年决算数 is not a budget): a highlighted missing row.
      await expect(
        page.getByRole("row", { name: /^上年三公经费预算数/ }).textContent(),
      ).resolves.toContain("缺失");
      await noHorizontalOverflow(page);
      await shot(page, p("1-data"));
      // The first screen needs no generation code: generate.js comes with the first 生成.
      const fetchedGenerate = () => requests.some((u) => /\/generate\.js(\?|$)/.test(u));
      expect(fetchedGenerate()).toBe(false);
      // Clicking an address selects that cell in the workbook.
      await page
        .getByRole("button", { name: "在工作簿中选中 B5（编制数）" })
        .click();
      const picked = await until(
        () => state(page),
        (w) => w.selection?.address === "B5",
        "the selection of B5",
      );
      expect(picked.selection).toEqual({ sheet: "基础数据", address: "B5" });

      // 2 方案: pick 浏阳2018 and read its tree.
      await page.getByRole("button", { name: "下一步：选择方案" }).click();
      // The button left with its step; focus lands on the new step's heading, not on the page.
      await until(
        () => focused(page),
        (f) => f === "H2 评分方案",
        "focus on the 方案 heading",
      );
      await page.getByRole("radio", { name: /^浏阳2018/ }).check();
      const liuyang = getScheme("浏阳2018");
      const staff = liuyang.levels[0].groups[0].indicators[0];
      await page.getByText(staff.criterion, { exact: true }).first().waitFor();
      await noHorizontalOverflow(page);
      await shot(page, p("2-scheme"));

      // 3 生成: options, one primary button, a summary with links.
      await page.getByRole("button", { name: "下一步：生成" }).click();
      await until(
        () => focused(page),
        (f) => f === "H2 生成计分表",
        "focus on the 生成 heading",
      );
      await page.getByRole("radio", { name: /^PERF 函数/ }).waitFor();
      await expect(
        page.getByRole("textbox", { name: "工作表名称" }).inputValue(),
      ).resolves.toBe("计分表");
      // A name Excel would refuse (a leading apostrophe) is caught before anything is written.
      const name = page.getByRole("textbox", { name: "工作表名称" });
      await name.fill("'计分表");
      await expect(
        page.getByRole("button", { name: "生成计分表" }).isDisabled(),
      ).resolves.toBe(true);
      await name.fill("计分表");
      await noHorizontalOverflow(page);
      await shot(page, p("3-options"));
      const syncsBefore = (await state(page)).syncCount;
      await page.getByRole("button", { name: "生成计分表" }).click();
      await page.getByRole("heading", { name: "已生成“计分表”" }).waitFor();
      expect(fetchedGenerate()).toBe(true);

      let wb = await state(page);
      // One click, two round trips: read (base sheet, names), then write the whole plan.
      expect(wb.syncCount - syncsBefore).toBe(2);
      expect(wb.sheets.map((s) => s.name)).toEqual([
        "说明",
        "基础数据",
        "计分表",
      ]);
      expect(wb.activeSheet).toBe("计分表");
      const card = wb.sheets[2].cells;
      expect(Object.values(card)).toContain("在职人员控制率");
      const staffFormula = Object.values(card).find(
        (v) =>
          typeof v === "string" &&
          v.includes("基础数据!C5") &&
          v.includes("基础数据!B5"),
      );
      expect(staffFormula).toMatch(/^=.*PERF\./);
      // Scored by hand from 附件4 (see test/excel/scorecard.test.ts): 5 + 8 + 0 + 5 + 5.
      const summary = page.getByRole("region", { name: "已生成“计分表”" });
      await expect(
        summary.getByText("23", { exact: true }).count(),
      ).resolves.toBe(1);
      await expect(summary.textContent()).resolves.toContain(
        "尚有指标待定，暂不评定等级",
      );
      // Screen readers hear the outcome in one sentence.
      const pending = await summary
        .getByRole("list")
        .getByRole("listitem")
        .count();
      await until(
        () => announced(page),
        (a) =>
          a.includes(
            `已生成“计分表”：合计 23 分，暂不评定等级，${pending} 项需要填写或决定。`,
          ),
        "the announcement of the result",
      );
      // The 管理制度健全性 (checklist) input: its link selects the cell on the new sheet.
      const item = summary
        .getByRole("listitem")
        .filter({ hasText: "管理制度健全性" });
      await item.getByRole("button", { name: /^转到 / }).click();
      const moved = await until(
        () => state(page),
        (w) => w.selection?.sheet === "计分表",
        "the selection on 计分表",
      );
      const inputCell = moved.selection!.address;
      expect(inputCell).toMatch(/^I\d+$/);
      await noHorizontalOverflow(page);
      await shot(page, p("3-summary"));

      // Re-running never overwrites: it offers 计分表 (2) or 更新.
      // The user types an input and cites the scorecard from a report sheet of their own.
      await page.evaluate((a) => {
        const w = (
          window as unknown as {
            __workbook: {
              sheet(n: string): { cells: Map<string, { value: unknown }> };
              addSheet(n: string, cells: Record<string, unknown>): unknown;
            };
          }
        ).__workbook;
        w.sheet("计分表").cells.set(a, { value: "①②④" });
        w.addSheet("自评报告", { B1: { formula: "='计分表'!J30" } });
      }, inputCell);
      await page.getByRole("button", { name: "生成计分表" }).click();
      await page.getByRole("button", { name: "生成“计分表 (2)”" }).waitFor();
      // The conflict (a MessageBar) is announced, not only shown.
      await until(
        () => announced(page),
        (a) => a.some((m) => m.includes("工作表“计分表”已存在")),
        "the announcement of the conflict",
      );
      await noHorizontalOverflow(page);
      await shot(page, p("3-conflict"));
      expect((await state(page)).sheets).toHaveLength(4);
      const syncsBeforeUpdate = (await state(page)).syncCount;
      await page
        .getByRole("button", { name: "更新（保留已填写的内容）" })
        .click();
      await page.getByText("已保留 1 项已填写的内容。").waitFor();
      wb = await state(page);
      expect(wb.syncCount - syncsBeforeUpdate).toBe(2); // 更新 too: read, then write in place
      // Updated in place: no backup left behind, and the report's reference is intact (not #REF!).
      expect(wb.sheets.map((s) => s.name)).toEqual([
        "说明",
        "基础数据",
        "计分表",
        "自评报告",
      ]);
      expect(wb.sheets[2].cells[inputCell]).toBe("①②④");
      expect(wb.sheets[3].cells.B1).toBe("='计分表'!J30");
      // ①②④ under 浏阳2018's 管理制度健全性 (2 points each) adds 6.
      await expect(
        page
          .getByRole("region", { name: "已生成“计分表”" })
          .getByText("29", { exact: true })
          .count(),
      ).resolves.toBe(1);

      expect((page as unknown as { __errors: string[] }).__errors).toEqual([]);
      onlyLocalRequests(requests, server.url);
      await page.close();
    },
  );

  it("offers only a new name when the sheet called 计分表 is the user's own, and leaves it alone", async () => {
    const mine = { A1: "我的计分表", A2: "三级指标", B2: "得分", B3: 95 };
    const { page } = await openPane(320, {
      scenario: "seed",
      extraSheets: [{ name: "计分表", cells: mine }],
    });
    await page.getByRole("table", { name: "找到的基础数据" }).waitFor();
    await page.getByRole("button", { name: "下一步：选择方案" }).click();
    await page.getByRole("button", { name: "下一步：生成" }).click();
    // "History" is Excel's reserved name: refused before anything is asked of Excel.
    const name = page.getByRole("textbox", { name: "工作表名称" });
    await name.fill("history");
    await page.getByText("“History”是 Excel 保留的名称，请换一个名称").waitFor();
    await expect(
      page.getByRole("button", { name: "生成计分表" }).isDisabled(),
    ).resolves.toBe(true);
    await name.fill("计分表");
    await page.getByRole("button", { name: "生成计分表" }).click();
    await page.getByRole("button", { name: "生成“计分表 (2)”" }).waitFor();
    await page
      .getByText("它不是 PerfScore 生成的计分表，不会被覆盖。")
      .waitFor();
    await expect(
      page.getByRole("button", { name: /^更新/ }).count(),
    ).resolves.toBe(0);
    await noHorizontalOverflow(page);
    await shot(page, "pane-320-not-a-scorecard");
    await page.getByRole("button", { name: "生成“计分表 (2)”" }).click();
    await page.getByRole("heading", { name: "已生成“计分表 (2)”" }).waitFor();
    const wb = await state(page);
    expect(wb.sheets.map((x) => x.name)).toEqual([
      "说明",
      "基础数据",
      "计分表",
      "计分表 (2)",
    ]);
    expect(wb.sheets[2].cells).toEqual(mine);
    expect((page as unknown as { __errors: string[] }).__errors).toEqual([]);
    await page.close();
  });

  it("says a blank sheet picked as the base data is empty, and offers no 生成 for it", async () => {
    const { page } = await openPane(320, {
      scenario: "seed",
      extraSheets: [{ name: "空白" }],
    });
    await page.getByRole("table", { name: "找到的基础数据" }).waitFor();
    await page
      .getByRole("combobox", { name: "基础数据所在的工作表" })
      .selectOption("空白");
    await page
      .getByText(
        "工作表“空白”是空的，没有基础数据。请选择填有基础数据的工作表，或插入基础数据模板并填写。",
      )
      .waitFor();
    // Not a list of every figure missing: no table, nothing to go on to.
    await expect(
      page.getByRole("table", { name: "找到的基础数据" }).count(),
    ).resolves.toBe(0);
    await expect(
      page.getByRole("button", { name: "下一步：选择方案" }).isDisabled(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole("button", { name: "3 生成" }).isDisabled(),
    ).resolves.toBe(true);
    await page.getByRole("button", { name: "插入基础数据模板" }).waitFor();
    await noHorizontalOverflow(page);
    await shot(page, "pane-320-empty-base");
    // Picking the real base sheet again brings 生成 back.
    await page
      .getByRole("combobox", { name: "基础数据所在的工作表" })
      .selectOption("基础数据");
    await page.getByRole("table", { name: "找到的基础数据" }).waitFor();
    await expect(
      page.getByRole("button", { name: "3 生成" }).isDisabled(),
    ).resolves.toBe(false);
    await page.close();
  });

  it("offers the 基础数据 template in a workbook without one, and inserts it", async () => {
    const { page, requests } = await openPane(320, { scenario: "empty" });
    await page.getByText("未找到“基础数据”工作表").waitFor();
    await noHorizontalOverflow(page);
    await shot(page, "pane-320-empty");
    await page.getByRole("button", { name: "插入基础数据模板" }).click();
    await page.getByText("已插入“基础数据”工作表", { exact: false }).waitFor();
    const wb = await state(page);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "基础数据"]);
    expect(Object.values(wb.sheets[1].cells)).toContain(
      "部门整体支出绩效评价基础数据表",
    );
    await expect(
      page.getByRole("combobox", { name: "基础数据所在的工作表" }).inputValue(),
    ).resolves.toBe("基础数据");
    await noHorizontalOverflow(page);
    await shot(page, "pane-320-template");
    onlyLocalRequests(requests, server.url);
    await page.close();
  });

  it("reads the workbook again when the pane is opened again (the shared runtime keeps the page)", async () => {
    const { page } = await openPane(320, { scenario: "seed" });
    const staff = page
      .getByRole("row", { name: /^编制数/ })
      .getByRole("cell")
      .last();
    await until(() => staff.textContent(), (v) => v === "43", "编制数 43");
    // The user closes the pane, corrects 编制数 (B5) from 43 to 45, and opens the pane again.
    await page.evaluate(() => {
      const w = window as unknown as {
        __setVisibility(mode: string): void;
        __workbook: {
          sheet(n: string): { cells: Map<string, { value: unknown }> };
        };
      };
      w.__setVisibility("Hidden");
      w.__workbook.sheet("基础数据").cells.set("B5", { value: 45 });
      w.__setVisibility("Taskpane");
    });
    await until(() => staff.textContent(), (v) => v === "45", "编制数 45");
    await page.close();
  });

  it("speaks English when Office's display language is not Chinese", async () => {
    const { page } = await openPane(320, {
      scenario: "seed",
      displayLanguage: "en-US",
    });
    await page.getByRole("heading", { name: "Base data" }).waitFor();
    await page.getByRole("button", { name: "Next: scheme" }).waitFor();
    await expect(
      page.evaluate(() => document.documentElement.lang),
    ).resolves.toBe("en");
    // The base-data problems speak English too; the field id is the user's data.
    const attention = page.getByRole("region", { name: "Needs attention" });
    await expect(
      attention
        .getByRole("listitem")
        .filter({ hasText: "上年三公经费预算数" })
        .textContent(),
    ).resolves.toBe("missing Missing from the base data: 上年三公经费预算数");
    await expect(attention.textContent()).resolves.not.toMatch(
      /基础数据缺少|为空|请填写|请核对|不是有效的数字|不一致|未读取/,
    );
    await expect(
      page.getByRole("row", { name: /^上年三公经费预算数/ }).textContent(),
    ).resolves.toContain("missing");
    await noHorizontalOverflow(page);
    await shot(page, "pane-320-english");

    // And so do the summary's pending figures (an indicator's 扣分说明 stays Chinese).
    await page.getByRole("button", { name: "Next: scheme" }).click();
    await page.getByRole("radio", { name: /^浏阳2018/ }).check();
    await page.getByRole("button", { name: "Next: generate" }).click();
    await page.getByRole("button", { name: "Generate scorecard" }).click();
    const summary = page.getByRole("region", { name: 'Created "计分表"' });
    await summary.waitFor();
    const pending = summary.getByRole("listitem");
    await expect(
      pending.filter({ hasText: "上年三公经费预算数" }).textContent(),
    ).resolves.toMatch(
      /Missing from the base data: 上年三公经费预算数$/,
    );
    await expect(
      pending.filter({ hasText: "本年政府采购决算数" }).textContent(),
    ).resolves.toMatch(
      /本年政府采购决算数 \(D22\) is blank; please fill it in$/,
    );
    await expect(summary.textContent()).resolves.not.toMatch(
      /基础数据缺少|基础数据中|为空，请填写/,
    );
    await noHorizontalOverflow(page);
    await shot(page, "pane-320-english-summary");
    await page.close();
  });

  it("binds every PERF function on the same page (shared runtime)", async () => {
    const { page } = await openPane(320, { scenario: "seed" });
    await page.getByRole("heading", { name: "基础数据" }).waitFor();
    const ids = await page.evaluate(() =>
      Object.keys(
        (window as unknown as { __associated: object }).__associated,
      ).sort(),
    );
    const meta = JSON.parse(
      fs.readFileSync(path.join(dir, "functions.json"), "utf8"),
    ) as {
      functions: Array<{ id: string }>;
    };
    expect(ids).toEqual(meta.functions.map((f) => f.id).sort());
    await page.close();
  });
});
