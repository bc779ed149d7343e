/** docs/RULES.md's section on the rule-text reader: its defaults, and how it reads the built-in texts. */
import { describeRule } from "../rules/describe";
import { schemeDocsMarkdown } from "../schemeDocs";
import { indicatorsOf, type Scheme } from "../scheme";
import { readRuleText } from "./read";
import { sameScoring } from "./ruleToText";

/** The reader's defaults, in the words the reading uses. */
export const READER_DEFAULTS: readonly string[] = [
  "边界用词：以上、以下、以内、不超过、达到、不低于含本数；超过、低于、不满、不足、大于、小于、高于不含本数；写明（含）或（不含）的以写明为准。",
  "区间端点未写明是否包含（如“10-20%”）时，按相邻区间写明的同一端点推定（相邻区间含，则本区间不含）；无法推定的不读，请补写“（含）”。",
  "“每超过/低于N个百分点扣P分”按比例扣分：扣分 = P × 超出的百分点数 ÷ N；“每超过5%”的5%指5个百分点。",
  "“不足N个百分点的不扣分”只计整步；“不足N个百分点的按N个百分点计算”不足一步按一步计。",
  "“每偏离”“每超过（降低）”“每超过或低于”两个方向都扣分。",
  "扣分起点取满分条件（“≤100%计5分”“为100%的计2分”“低于15%的计4分”）或“以100%为标准”；两者都没有的不读。",
  "“扣完为止”最低0分；按比例计分最高为分值（“满分为止”）。",
  "原文满分条件写的分数与分值不一致时，按分值计，并在读法中写明。",
  "按比例：“按比例计分”“按完成比例计算得分”“按…实现程度计算得分”“实际得分=…率×分值”“完成…的得满分，未完成的按比例记分”= 分值×指标值；“≤100%计5分，否则按比例计分”= 分值×100%÷指标值；“下降的计5分，增加的按比例扣减”= 分值×(1−增幅)。",
  "分档：“=0计5分；0-10%（含）计4分…”；变动率“下降的得满分，持平的得2分，上升的不得分”按0为界分档。",
  "逐项计分：“①…2分；②…2分”，未编号的按出现顺序编为①②③；各项分数之和须等于分值。只有一项的读作一个条件：输入“是/否”（符合/不符合）。",
  "等级：“好：5分；较好：4分；一般：2分；差：0分”“效果较好的计6分；一般3分”，输入等级名称。",
  "次数：“每出现一例/一起/一个…扣P分”“每延迟一个月扣1分”“每有一个季度未完成扣0.5分”，输入次数；计数的对象照原文写进输入提示和扣分说明（“每延迟一个月扣1分”：输入延迟的月数，扣分说明写“延迟2个月，每个月扣1分…”），没有写明的按“不符合要求的例数”。",
  "“1-4季度各得1分”输入按时完成的季度数；“…考核得分/指标分值×8分”输入“考核得分/考核分值”。",
  "“酌情扣分”“综合评定”“根据…评定”读作评定得分：由评价人在0至分值之间评定，原文其余内容作为评定依据。",
  "公式句（“X=（A/B）×100%”）和定义句（“编制数：…”“…是指…”“用以反映…”）不是评分规则，读取时略过并列出。",
  "“没有…项目的部门按满分计算”读作不适用：填“无”或留空按满分。",
  "计分方式简写：`扣分 超过100% 每1% 扣0.5` 读作“≤100%计满分，每超过1个百分点扣0.5分，扣完为止”；方向写超过、低于或偏离，起点写百分数（变动率可写0），末尾可加“不足一步不扣”（只计整步）或“不足一步按一步”。",
  "不读（说明原因）：二者择其一；比较两个数（如“结余不超过上年结转”）；两个方向扣分不同；逐项计分与按次数扣分写在一起；完成标准不是100%的按比例计分；区间之间有空缺；无法识别的句子。",
];

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, "<br>");

export function readerDocsMarkdown(schemes: readonly Scheme[]): string {
  const out = [
    "## 评价标准读取器 / The rule-text reader",
    "",
    "`PERF.RULESCORE`、`perfscore rule` 和本地评分方案用它把评价标准原文读成规则。读不懂的原文一律拒绝并说明原因，不猜测。默认读法：",
    "",
    ...READER_DEFAULTS.map((d) => `- ${d}`),
    "",
    "### 内置方案的评价标准经读取器读作",
    "",
    "每条内置评价标准都由测试（`test/core/ruleText/builtIns.test.ts`）逐一核对：读取器的规则与内置规则在边界值和随机值上得分相同，下表“不同”之处除外——那是内置方案超出原文的解读。",
    "",
    "| 方案 | 三级指标 | 读取器读作 | 与内置规则 |",
    "|---|---|---|---|",
  ];
  for (const s of schemes) {
    for (const r of indicatorsOf(s)) {
      const ind = r.indicator;
      const read = readRuleText(ind.criterion, ind.points);
      const builtIn = describeRule(ind.rule, ind.points);
      const reading = read.ok ? read.reading : `不读：${read.reason}`;
      const same = read.ok && sameScoring(read.rule, ind.rule);
      out.push(
        `| ${s.id} | ${cell(ind.name)} | ${cell(reading)} | ${same ? "一致" : `不同：内置方案${cell(builtIn)}${ind.note ? `（${cell(ind.note)}）` : ""}`} |`
      );
    }
  }
  return out.join("\n");
}

/** docs/RULES.md whole: the built-in schemes, then the reader. */
export function rulesMarkdown(schemes: readonly Scheme[]): string {
  return `${schemeDocsMarkdown(schemes)}\n${readerDocsMarkdown(schemes)}\n`;
}
