/**
 * 湘潭县2020: 湘潭县科技和工业信息化局2020年度部门整体支出绩效评价报告,
 * 《2020年度部门整体支出绩效计分表》 (the 财预〔2013〕53号 structure).
 * 评价标准 and 指标解释 are quoted verbatim.
 */
import type { ChecklistItem, Rule } from "../rules/types";
import type { Indicator, Scheme } from "../scheme";
import { STANDARD_GRADES } from "./grades";

const items = (...pairs: Array<[string, number]>): ChecklistItem[] =>
  pairs.map(([text, points], i) => ({ label: "①②③④⑤⑥⑦⑧⑨"[i], text, points }));

const checklist = (...pairs: Array<[string, number]>): Rule => ({
  kind: "checklist",
  items: items(...pairs),
});

const benefit = (name: string, description: string): Indicator => ({
  name,
  points: 5,
  criterion: `按${name}实现程度计算得分（5分）`,
  description,
  rule: { kind: "proportional", mode: "direct" },
  note: `自评输入${name}实现程度（百分比），得分=实现程度×5分。`,
});

export const xiangtan2020: Scheme = {
  id: "湘潭县2020",
  aliases: ["湘潭县", "湘潭", "xiangtan2020"],
  title: "湘潭县部门整体支出绩效计分表（2020年度）",
  source:
    "湘潭县科技和工业信息化局2020年度部门整体支出绩效评价报告，《2020年度部门整体支出绩效计分表》",
  descriptionHeading: "指标解释",
  total: 100,
  grades: STANDARD_GRADES,
  levels: [
    {
      name: "投入",
      points: 20,
      groups: [
        {
          name: "目标设定",
          points: 5,
          indicators: [
            {
              name: "绩效目标合理性",
              points: 2,
              description:
                "部门所设立的整体绩效目标依据是否充分，是否符合客观实际，用以反映和考核部门整体绩效目标与部门履职、年度工作任务的相符性情况。",
              criterion:
                "①符合国家法律法规、国民经济和社会发展总体规划计1分；②符合部门“三定”方案确定的职责计0.5分；③是否符合部门制定的中长期实施规划计0.5分。",
              rule: checklist(
                ["符合国家法律法规、国民经济和社会发展总体规划", 1],
                ["符合部门“三定”方案确定的职责", 0.5],
                ["是否符合部门制定的中长期实施规划", 0.5]
              ),
            },
            {
              name: "绩效指标明确性",
              points: 3,
              description:
                "部门依据整体绩效目标所设定的绩效指标是否清晰、细化、可衡量，用以反映和考核部门整体绩效目标的明细化情况。",
              criterion:
                "①将部门整体的绩效目标细化分解为具体的工作任务计1分；②通过清晰、可衡量的指标值予以体现计0.5分。③与部门年度的任务数或计划数相对应计0.5分；④与本年度部门预算资金相匹配计1分。",
              rule: checklist(
                ["将部门整体的绩效目标细化分解为具体的工作任务", 1],
                ["通过清晰、可衡量的指标值予以体现", 0.5],
                ["与部门年度的任务数或计划数相对应", 0.5],
                ["与本年度部门预算资金相匹配", 1]
              ),
            },
          ],
        },
        {
          name: "预算配置",
          points: 15,
          indicators: [
            {
              name: "在职人员控制率",
              points: 5,
              description:
                "部门本年度实际在职人员数与编制数的比率，用以反映和考核部门对人员成本的控制程度。",
              criterion:
                "在职人员控制率=（在职人员数/编制数）×100%小于或等于1计5分，否则按比例计分。在职人员数：部门实际在职人数，以财政部确定的部门决算编制口径为准。编制数：机构编制部门核定批复的部门的人员编制数。",
              value: { kind: "ratio", numerator: "在职人员数", denominator: "编制数" },
              rule: { kind: "proportional", mode: "inverse", threshold: 1 },
              note: "“按比例计分”按 5分×编制数/在职人员数 计算。",
            },
            {
              name: "“三公经费”变动率",
              points: 5,
              description:
                "部门本年度“三公经费”预算数与上年度“三公经费”预算数的变动比率，用以反映和考核部门对控制重点行政成本的努力程度。",
              criterion:
                "“三公经费”变动率=[（本年度“三公经费”总额-上年度“三公经费”总额）/上年度“三公经费”总额]×100%。下降的计5分，增加的按比例扣减。“三公经费”：年度预算安排的因公出国（境）费、公务车辆购置及运行费和公务招待费。",
              value: {
                kind: "change",
                current: "本年三公经费预算数",
                previous: "上年三公经费预算数",
              },
              rule: { kind: "proportional", mode: "complement", threshold: 0, direction: "above" },
              note: "“增加的按比例扣减”按 5分×(1−变动率) 计算，最低0分；持平（0%）计满分。",
            },
            {
              name: "重点支出安排率",
              points: 5,
              description:
                "部门本年度预算安排的重点项目支出与部门项目总支出的比率，用以反映和考核部门对履行主要职责或完成重点任务的保障程度。",
              criterion:
                "重点支出安排率=（重点项目支出/项目总支出）×100%。实际得分=支出安排率*5分。重点项目支出：部门年度预算安排的，与本部门履职和发展密切相关、具有明显社会和经济影响、党委政府关心或社会比较关注的项目支出总额。项目总支出：部门年度预算安排的项目支出总额。",
              value: { kind: "ratio", numerator: "重点项目支出", denominator: "项目总支出" },
              rule: { kind: "proportional", mode: "direct" },
            },
          ],
        },
      ],
    },
    {
      name: "过程",
      points: 30,
      groups: [
        {
          name: "预算执行",
          points: 20,
          indicators: [
            {
              name: "预算完成率",
              points: 4,
              description: "部门本年度预算完成数与预算数的比率，用以反映和考核部门预算完成程度。",
              criterion:
                "预算完成率=（预算完成数/预算数）×100%。完成年初预算计4分，未完成年初预算按比例扣减，预算完成数：部门本年度实际完成的预算数。预算数：财政部门批复的本年度部门预算数。",
              value: { kind: "ratio", numerator: "预算完成数", denominator: "年初预算" },
              rule: { kind: "proportional", mode: "direct" },
              note: "“未完成年初预算按比例扣减”按 4分×预算完成率 计算，完成（≥100%）计满分。",
            },
            {
              name: "预算调整率",
              points: 2,
              description: "部门本年度预算调整数与预算数的比率，用以反映和考核部门预算的调整程度。",
              criterion:
                "预算调整率=（预算调整数/预算数）×100%。未调整的计2分，调整了的除特殊原因外按比例扣减。预算调整数：部门在本年度内涉及预算的追加、追减或结构调整的资金总和（因落实国家政策、发生不可抗力、上级部门或同级党委政府临时交办而产生的调整除外）。",
              value: { kind: "ratio", numerator: "预算调整数", denominator: "年初预算" },
              rule: { kind: "proportional", mode: "complement", threshold: 0, direction: "both" },
              note: "“按比例扣减”按 2分×(1−|调整率|) 计算，最低0分。",
            },
            {
              name: "支付进度率",
              points: 2,
              description:
                "部门实际支付进度与既定支付进度的比率，用以反映和考核部门预算执行的及时性和均衡性程度。",
              criterion:
                "支付进度率=（实际支付进度/既定支付进度）×100%。完成年终进度的计1分，按季度完成预算进度的计1分。实际支付进度：部门在某一时点的支出预算执行总数与年度支出预算数的比率。既定支付进度：由部门在申报部门整体绩效目标时，参照序时支付进度、前三年支付进度、同级部门平均支付进度水平等确定的，在某一时点应达到的支付进度（比率）。",
              rule: checklist(["完成年终进度", 1], ["按季度完成预算进度", 1]),
            },
            {
              name: "结转结余控制率",
              points: 4,
              description:
                "部门本年度结转结余总额与上年结转结余总额增减比例，用以反映和考核部门对存量资金的实际控制程度。",
              criterion:
                "结转结余控制率=（本年结转结余总额-上年结转结余总额）/上年结转结余总额×100%。低于15%的计4分，每超过5个百分点扣1分，扣完为止。结转结余总额：部门本年度的结转资金与结余资金之和（以决算数为准）。",
              value: { kind: "change", current: "本年结转结余总额", previous: "上年结转结余总额" },
              rule: { kind: "deduct", threshold: 0.15, direction: "above", step: 0.05, points: 1 },
              note: "恰为15%时超过0个百分点，计满分。",
            },
            {
              name: "公用经费控制率",
              points: 2,
              description:
                "部门本年度实际支出的公用经费总额与预算安排的公用经费总额的比率，用以反映和考核部门对机构运转成本的实际控制程度。",
              criterion:
                "公用经费控制率=（实际支出公用经费总额/预算安排公用经费总额）×100%。为100%的计2分，每超过1个百分点扣0.1分，扣完为止。",
              value: {
                kind: "ratio",
                numerator: "本年公用经费决算数",
                denominator: "本年公用经费预算数",
              },
              rule: { kind: "deduct", threshold: 1, direction: "above", step: 0.01, points: 0.1 },
              note: "低于100%未规定扣分，计满分。",
            },
            {
              name: "“三公经费”控制率",
              points: 2,
              description:
                "部门本年度“三公经费”实际支出数与预算安排数的比率，用以反映和考核部门对“三公经费”的实际控制程度。",
              criterion:
                "“三公经费”控制率=（“三公经费”实际支出数/“三公经费”预算安排数）×100%。为100%的计2分，每超过1个百分点扣0.5分，扣完为止。",
              value: {
                kind: "ratio",
                numerator: "本年三公经费决算数",
                denominator: "本年三公经费预算数",
              },
              rule: { kind: "deduct", threshold: 1, direction: "above", step: 0.01, points: 0.5 },
              note: "低于100%未规定扣分，计满分。",
            },
            {
              name: "政府采购执行率",
              points: 4,
              description:
                "部门本年度实际政府采购金额与年初政府采购预算的比率，用以反映和考核部门政府采购预算执行情况。",
              criterion:
                "政府采购执行率=（实际政府采购金额/政府采购预算数）×100%，为100%的计2分，每低于1个百分点扣0.5分，扣完为止；政府采购预算：采购机关根据事业发展计划和行政任务编制的、并经过规定程序批准的年度政府采购计划。",
              value: {
                kind: "ratio",
                numerator: "本年政府采购决算数",
                denominator: "本年政府采购预算数",
              },
              rule: { kind: "deduct", threshold: 1, direction: "below", step: 0.01, points: 0.5 },
              note: "原文“为100%的计2分”与分值4分不一致，按分值4分计满分；请向财政部门确认。",
            },
          ],
        },
        {
          name: "预算管理",
          points: 5,
          indicators: [
            {
              name: "管理制度健全性",
              points: 2,
              description:
                "部门为加强预算管理、规范财务行为而制定的管理制度是否健全完整，用以反映和考核部门预算管理制度对完成主要职责或促进事业发展的保障情况。",
              criterion:
                "已制定或具有预算资金管理办法、内部财务管理制度、会计核算制度等管理制度计1分；相关管理制度合法、合规、完整计0.5分；相关管理制度得到有效执行计0.5分。",
              rule: checklist(
                ["已制定或具有预算资金管理办法、内部财务管理制度、会计核算制度等管理制度", 1],
                ["相关管理制度合法、合规、完整", 0.5],
                ["相关管理制度得到有效执行", 0.5]
              ),
              note: "原文各项未编号，按出现顺序记为①②③。",
            },
            {
              name: "资金使用合规性",
              points: 1,
              description:
                "部门使用预算资金是否符合相关的预算财务管理制度的规定，用以反映和考核部门预算资金的规范运行情况。",
              criterion:
                "①符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定计0.2分；②资金的拨付有完整的审批程序和手续计0.2分；③项目的重大开支经过评估论证计0.2分；④符合部门预算批复的用途计0.2分；⑤不存在截留、挤占、挪用、虚列支出等情况计0.2分。",
              rule: checklist(
                ["符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定", 0.2],
                ["资金的拨付有完整的审批程序和手续", 0.2],
                ["项目的重大开支经过评估论证", 0.2],
                ["符合部门预算批复的用途", 0.2],
                ["不存在截留、挤占、挪用、虚列支出等情况", 0.2]
              ),
            },
            {
              name: "预决算信息公开性",
              points: 1,
              description:
                "部门是否按照政府信息公开有关规定公开相关预决算信息，用以反映和考核部门预决算管理的公开透明情况。",
              criterion:
                "①按规定内容公开预决算信息计0.5分；②按规定时限公开预决算信息计0.5分。预决算信息是指与部门预算、执行、决算、监督、绩效等管理相关的信息。",
              rule: checklist(["按规定内容公开预决算信息", 0.5], ["按规定时限公开预决算信息", 0.5]),
            },
            {
              name: "基础信息完善性",
              points: 1,
              description: "部门基础信息是否完善，用以反映和考核基础信息对预算管理工作的支撑情况。",
              criterion:
                "①基础数据信息和会计信息资料真实计0.4分；②基础数据信息和会计信息资料完整计0.3分；③基础数据信息和会计信息资料准确计0.3分。",
              rule: checklist(
                ["基础数据信息和会计信息资料真实", 0.4],
                ["基础数据信息和会计信息资料完整", 0.3],
                ["基础数据信息和会计信息资料准确", 0.3]
              ),
            },
          ],
        },
        {
          name: "资产管理",
          points: 5,
          indicators: [
            {
              name: "管理制度健全性",
              points: 2,
              description:
                "部门为加强资产管理、规范资产管理行为而制定的管理制度是否健全完整，用以反映和考核部门资产管理制度对完成主要职责或促进社会发展的保障情况。",
              criterion:
                "①制定或具有资产管理制度计1分；②相关资金管理制度合法、合规、完整计0.5分；③相关资产管理制度得到有效执行计0.5分。",
              rule: checklist(
                ["制定或具有资产管理制度", 1],
                ["相关资金管理制度合法、合规、完整", 0.5],
                ["相关资产管理制度得到有效执行", 0.5]
              ),
            },
            {
              name: "资产管理安全性",
              points: 2,
              description:
                "部门的资产是否保存完整、使用合规、配置合理、处置规范、收入及时足额上缴，用以反映和考核部门资产安全运行情况。",
              criterion:
                "①资产保存完整计0.4分；②资产配置合理计0.4分；③资产处置规范计0.4分；④资产账务管理合规、账实相符计0.4分；⑤资产有偿使用及处置收入及时足额上缴计0.4分。",
              rule: checklist(
                ["资产保存完整", 0.4],
                ["资产配置合理", 0.4],
                ["资产处置规范", 0.4],
                ["资产账务管理合规、账实相符", 0.4],
                ["资产有偿使用及处置收入及时足额上缴", 0.4]
              ),
            },
            {
              name: "固定资产利用率",
              points: 1,
              description:
                "部门实际在用固定资产总额与所有固定资产总额的比率，用以反映和考核部门固定资产使用效率程度。",
              criterion:
                "固定资产利用率=（实际在用固定资产总额/所有固定资产总额）×100%。利用率为100%的计1分，每降1个百分点扣0.1分，扣完为止。",
              value: { kind: "ratio", numerator: "在用固定资产总额", denominator: "固定资产总额" },
              rule: { kind: "deduct", threshold: 1, direction: "below", step: 0.01, points: 0.1 },
            },
          ],
        },
      ],
    },
    {
      name: "产出",
      points: 30,
      groups: [
        {
          name: "职责履行",
          points: 30,
          indicators: [
            {
              name: "实际完成率",
              points: 8,
              description:
                "部门履行职责而实际完成工作数与计划工作数的比率，用以反映和考核部门履职工作任务目标的实现程度。",
              criterion:
                "实际完成率得分=完成市委市政府绩效考核得分或上级主管部门考核指标得分/指标分值*8分",
              rule: { kind: "external" },
            },
            {
              name: "完成及时率",
              points: 4,
              description:
                "部门在规定时限内及时完成的实际工作数与计划工作数的比率,用以反映和考核部门履职时效目标的实现程度。",
              criterion: "完成及时率=（及时完成实际工作数/计划工作数）×100%。1-4季度各得1分",
              rule: { kind: "quarterly", points: 1, periods: 4 },
            },
            {
              name: "质量达标率",
              points: 8,
              description:
                "达到质量标准（绩效标准值）的实际工作数与计划工作数的比率,用以反映和考核部门履职质量目标的实现程度。",
              criterion: "质量达标率=（质量达标实际工作数/计划工作数）×100%。实际得分=达标率*8分",
              value: { kind: "ratio", numerator: "质量达标工作数", denominator: "计划工作数" },
              rule: { kind: "proportional", mode: "direct" },
            },
            {
              name: "重点工作办结率",
              points: 10,
              description:
                "部门年度重点工作实际完成数与交办或下达数的比率，用以反映部门对重点工作的办理落实程度。",
              criterion:
                "重点工作办结率=（重点工作实际完成数/交办或下达数）×100%。实际得分=办结率*10分",
              value: { kind: "ratio", numerator: "重点工作完成数", denominator: "重点工作交办数" },
              rule: { kind: "proportional", mode: "direct" },
            },
          ],
        },
      ],
    },
    {
      name: "效果",
      points: 20,
      groups: [
        {
          name: "履职效益",
          points: 20,
          indicators: [
            benefit("经济效益", "部门履行职责对经济发展所带来的直接或间接影响。"),
            benefit("社会效益", "部门履行职责对社会发展所带来的直接或间接影响。"),
            benefit("生态效益", "部门履行职责对生态环境所带来的直接或间接影响。"),
            {
              name: "社会公众或服务对象满意度",
              points: 5,
              aliases: ["满意度"],
              description: "社会公众或部门的服务对象对部门履职效果的满意程度。",
              criterion: "按收集到的服务对象的满意率计算得分（5分）",
              value: { kind: "field", field: "满意率" },
              rule: { kind: "proportional", mode: "direct" },
            },
          ],
        },
      ],
    },
  ],
};
