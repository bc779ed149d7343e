/**
 * 浏阳2018: 浏阳市经信局2018年度部门整体支出绩效自评报告, 附件3《部门整体支出绩效评价指标》.
 * 评价标准 and 指标说明 are quoted verbatim (the source's line breaks inside table cells removed).
 */
import type { Scheme } from "../scheme";
import { STANDARD_GRADES } from "./grades";

const NO_BUILDING = "无新建楼堂馆所项目";

export const liuyang2018: Scheme = {
  id: "浏阳2018",
  aliases: ["浏阳", "浏阳市", "liuyang2018"],
  title: "浏阳市部门整体支出绩效评价指标（2018年度）",
  source: "浏阳市经信局2018年度部门整体支出绩效自评报告，附件3《部门整体支出绩效评价指标》",
  descriptionHeading: "指标说明",
  total: 100,
  grades: STANDARD_GRADES,
  levels: [
    {
      name: "投入",
      points: 13,
      groups: [
        {
          name: "预算配置",
          points: 13,
          indicators: [
            {
              name: "在职人员控制率",
              points: 5,
              criterion:
                "以100%为标准。在职人员控制率≦100%，计5分；每超过一个百分点扣0.5分，扣完为止。",
              description:
                "在职人员控制率=（在职人员数/编制数）×100%。\n在职人员数：部门（单位）实际在职人数。\n编制数：机构编制部门核定批复的部门（单位）的人员编制数。",
              value: { kind: "ratio", numerator: "在职人员数", denominator: "编制数" },
              rule: { kind: "deduct", threshold: 1, direction: "above", step: 0.01, points: 0.5 },
            },
            {
              name: "“三公经费”变动率",
              points: 8,
              criterion: "“三公经费”变动率≦0，计8分，每超过一个百分点扣0.8分，扣完为止。",
              description:
                "“三公经费”变动率=[（本年度“三公经费”预算数-上年度“三公经费”预算数）/上年度“三公经费”预算数]×100%。",
              value: {
                kind: "change",
                current: "本年三公经费预算数",
                previous: "上年三公经费预算数",
              },
              rule: { kind: "deduct", threshold: 0, direction: "above", step: 0.01, points: 0.8 },
            },
          ],
        },
      ],
    },
    {
      name: "过程",
      points: 61,
      groups: [
        {
          name: "预算执行",
          points: 20,
          indicators: [
            {
              name: "预算完成率",
              points: 5,
              criterion: "100%计满分，每低于5%扣2分，扣完为止。",
              description:
                "预算完成率=[（上年结转+年初预算+本年追加预算-年末结余）/（上年结转+年初预算+本年追加预算）]×100%。",
              value: {
                kind: "completion",
                carryover: "上年结转",
                initial: "年初预算",
                supplementary: "本年追加预算",
                yearEndBalance: "年末结余",
              },
              rule: { kind: "deduct", threshold: 1, direction: "below", step: 0.05, points: 2 },
            },
            {
              name: "预算控制率",
              points: 5,
              criterion:
                "预算控制率=0，计5分；0-10%（含），计4分；10-20%（含），计3分；20-30%（含），计2分；大于30%不得分。",
              description: "预算控制率=（本年追加预算/年初预算）×100%。",
              value: { kind: "ratio", numerator: "本年追加预算", denominator: "年初预算" },
              rule: {
                kind: "bands",
                bands: [
                  {
                    min: 0,
                    minInclusive: true,
                    max: 0,
                    maxInclusive: true,
                    score: 5,
                    label: "预算控制率=0",
                  },
                  {
                    min: 0,
                    minInclusive: false,
                    max: 0.1,
                    maxInclusive: true,
                    score: 4,
                    label: "0-10%（含）",
                  },
                  {
                    min: 0.1,
                    minInclusive: false,
                    max: 0.2,
                    maxInclusive: true,
                    score: 3,
                    label: "10-20%（含）",
                  },
                  {
                    min: 0.2,
                    minInclusive: false,
                    max: 0.3,
                    maxInclusive: true,
                    score: 2,
                    label: "20-30%（含）",
                  },
                  { min: 0.3, minInclusive: false, score: 0, label: "大于30%" },
                ],
              },
              note: "预算控制率为负（年中追减）不在评价标准的任何区间内，需人工判断。",
            },
            {
              name: "新建楼堂馆所面积控制率",
              points: 5,
              criterion:
                "100%以下（含）计满分，每超出5%扣2分，扣完为止。没有楼堂馆所项目的部门按满分计算。",
              description:
                "楼堂馆所面积控制率=（实际建设面积/批准建设面积）×100% 。\n该指标以2016年完工的新建楼堂馆所为评价内容。",
              value: {
                kind: "ratio",
                numerator: "实际建设面积",
                denominator: "批准建设面积",
                notApplicableWhenEmpty: true,
              },
              rule: {
                kind: "notApplicable",
                reason: NO_BUILDING,
                rule: { kind: "deduct", threshold: 1, direction: "above", step: 0.05, points: 2 },
              },
            },
            {
              name: "新建楼堂馆所投资概算控制率",
              points: 5,
              criterion: "100%以下（含）计满分，每超出5%扣2分，扣完为止。",
              description:
                "楼堂馆所投资预算控制率=（实际投资金额/批准投资金额）×100% 。\n该指标以2016年完工的新建楼堂馆所为评价内容。",
              value: {
                kind: "ratio",
                numerator: "实际投资金额",
                denominator: "批准投资金额",
                notApplicableWhenEmpty: true,
              },
              rule: {
                kind: "notApplicable",
                reason: NO_BUILDING,
                rule: { kind: "deduct", threshold: 1, direction: "above", step: 0.05, points: 2 },
              },
              note: "原文此项未写“没有楼堂馆所项目的部门按满分计算”；自评表对无项目的部门计满分，按上一指标同样处理。",
            },
          ],
        },
        {
          name: "预算管理",
          points: 41,
          indicators: [
            {
              name: "公用经费控制率",
              points: 8,
              criterion: "100%以下（含）计满分，每超出1%扣1分，扣完为止。",
              description:
                "公用经费控制率=（实际支出公用经费总额/预算安排公用经费总额）×100%。\n公用经费支出是指部门基本支出中的一般商品和服务支出。",
              value: {
                kind: "ratio",
                numerator: "本年公用经费决算数",
                denominator: "本年公用经费预算数",
              },
              rule: { kind: "deduct", threshold: 1, direction: "above", step: 0.01, points: 1 },
            },
            {
              name: "“三公经费”控制率",
              points: 8,
              criterion: "100%以下（含）计满分，每超出1%扣1分，扣完为止。",
              description: "“三公经费”控制率=（“三公经费”实际支出数/“三公经费”预算安排数）×100%。",
              value: {
                kind: "ratio",
                numerator: "本年三公经费决算数",
                denominator: "本年三公经费预算数",
              },
              rule: { kind: "deduct", threshold: 1, direction: "above", step: 0.01, points: 1 },
            },
            {
              name: "政府采购执行率",
              points: 6,
              criterion: "100%计满分，每超过（降低）5%扣2分，扣完为止。",
              description: "政府采购执行率=（实际政府采购金额/政府采购预算数）×100%。",
              value: {
                kind: "ratio",
                numerator: "本年政府采购决算数",
                denominator: "本年政府采购预算数",
              },
              rule: { kind: "deduct", threshold: 1, direction: "both", step: 0.05, points: 2 },
            },
            {
              name: "管理制度健全性",
              points: 8,
              criterion:
                "①有内部财务管理制度、会计核算制度等管理制度，2分；②有本部门厉行节约制度，2分；③相关管理制度合法、合规、完整，2分；④相关管理制度得到有效执行，2分。",
              description: "",
              rule: {
                kind: "checklist",
                items: [
                  { label: "①", text: "有内部财务管理制度、会计核算制度等管理制度", points: 2 },
                  { label: "②", text: "有本部门厉行节约制度", points: 2 },
                  { label: "③", text: "相关管理制度合法、合规、完整", points: 2 },
                  { label: "④", text: "相关管理制度得到有效执行", points: 2 },
                ],
              },
            },
            {
              name: "资金使用合规性",
              points: 6,
              criterion:
                "①支出符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定；②资金拨付有完整的审批程序和手续；③项目支出按规定经过评估论证；④支出符合部门预算批复的用途；⑤资金使用无截留、挤占、挪用、虚列支出等情况。以上情况每出现一例不符合要求的扣1分，扣完为止。",
              description: "",
              rule: {
                kind: "perCase",
                points: 1,
                items: [
                  {
                    label: "①",
                    text: "支出符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定",
                  },
                  { label: "②", text: "资金拨付有完整的审批程序和手续" },
                  { label: "③", text: "项目支出按规定经过评估论证" },
                  { label: "④", text: "支出符合部门预算批复的用途" },
                  { label: "⑤", text: "资金使用无截留、挤占、挪用、虚列支出等情况" },
                ],
              },
            },
            {
              name: "预决算信息公开",
              points: 5,
              criterion:
                "①按规定内容公开预决算信息，1分；②按规定时限公开预决算信息，1分；③基础数据信息和会计信息资料真实，1分；④基础数据信息和会计信息资料完整，1分；⑤基础数据信息和汇总信息资料准确，1分。",
              description: "",
              rule: {
                kind: "checklist",
                items: [
                  { label: "①", text: "按规定内容公开预决算信息", points: 1 },
                  { label: "②", text: "按规定时限公开预决算信息", points: 1 },
                  { label: "③", text: "基础数据信息和会计信息资料真实", points: 1 },
                  { label: "④", text: "基础数据信息和会计信息资料完整", points: 1 },
                  { label: "⑤", text: "基础数据信息和汇总信息资料准确", points: 1 },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      name: "产出及效率",
      points: 26,
      groups: [
        {
          name: "职责履行",
          points: 8,
          indicators: [
            {
              name: "重点工作办结率",
              points: 8,
              criterion:
                "部门（单位）年度重点工作实际完成数与交办或下达数的比率，用以反映部门（单位）对重点工作的办理落实程度。",
              description:
                "重点工作办结率＝（重点工作实际完成数/交办或下达数）×100%。\n重点工作是指党委、政府、人大、相关部门交办或下达的工作任务。",
              value: { kind: "ratio", numerator: "重点工作完成数", denominator: "重点工作交办数" },
              rule: { kind: "proportional", mode: "direct" },
              note: "原文评价标准未给出计分规则，按办结率×8分计，最高8分。",
            },
          ],
        },
        {
          name: "履职效益",
          points: 6,
          indicators: [
            {
              name: "经济效益、社会效益",
              points: 6,
              aliases: ["经济效益", "社会效益"],
              criterion:
                "此两项指标为设置部门整体支出绩效评价指标时必须考虑的共性要素，可根据部门实际情况有选择的进行设置，并将其细化为相应的个性化指标。",
              description: "",
              rule: { kind: "manual" },
              note: "原文未给出计分规则，由评价人在0至6分之间评定。",
            },
          ],
        },
        {
          name: "",
          points: 12,
          indicators: [
            {
              name: "行政效能",
              points: 6,
              criterion:
                "促进部门改进文风会风，加强经费及资产管理，推动网上办事，提高行政效率，降低行政成本效果较好的计6分；一般3分；无效果或者效果不明显0分。",
              description: "根据部门自评材料评定。",
              rule: {
                kind: "levels",
                levels: [
                  { name: "较好", aliases: ["效果较好", "好"], points: 6 },
                  { name: "一般", aliases: ["效果一般"], points: 3 },
                  { name: "无效果", aliases: ["效果不明显", "无效果或者效果不明显"], points: 0 },
                ],
              },
            },
            {
              name: "社会公众或服务对象满意度",
              points: 6,
              aliases: ["满意度"],
              criterion:
                "90%（含）以上计6分；80%（含）-90%，计4分；70%（含）-80%，计2分；低于70%计0分。",
              description:
                "社会公众或服务对象是指部门（单位）履行职责而影响到的部门、群体或个人，一般采取社会调查的方式。",
              value: { kind: "field", field: "满意率" },
              rule: {
                kind: "bands",
                bands: [
                  { min: 0.9, minInclusive: true, score: 6, label: "90%（含）以上" },
                  {
                    min: 0.8,
                    minInclusive: true,
                    max: 0.9,
                    maxInclusive: false,
                    score: 4,
                    label: "80%（含）-90%",
                  },
                  {
                    min: 0.7,
                    minInclusive: true,
                    max: 0.8,
                    maxInclusive: false,
                    score: 2,
                    label: "70%（含）-80%",
                  },
                  { max: 0.7, maxInclusive: false, score: 0, label: "低于70%" },
                ],
              },
            },
          ],
        },
      ],
    },
  ],
};
