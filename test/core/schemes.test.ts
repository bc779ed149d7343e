/** Scheme data: structure as in DOMAIN.md, JSON round trip, validation that says where. */
import {
  assertValidScheme,
  BUILT_IN_SCHEMES,
  getScheme,
  indicatorsOf,
  SchemeError,
  schemeProblems,
  loadScheme,
  type Scheme,
} from "../../src/core";

const clone = (s: Scheme): Scheme => JSON.parse(JSON.stringify(s));

describe("built-in schemes", () => {
  test("are sound and total 100", () => {
    for (const s of BUILT_IN_SCHEMES) {
      expect(schemeProblems(s)).toEqual([]);
      expect(s.total).toBe(100);
    }
  });

  test("survive a JSON round trip unchanged and still validate", () => {
    for (const s of BUILT_IN_SCHEMES) {
      const back = clone(s);
      expect(back).toEqual(s);
      expect(schemeProblems(back)).toEqual([]);
    }
  });

  // The trees as tabulated in DOMAIN.md (一级 分, 二级 分, 三级 count).
  test("浏阳2018 has the tree of 附件3", () => {
    const s = getScheme("浏阳2018");
    expect(s.levels.map((l) => [l.name, l.points])).toEqual([
      ["投入", 13],
      ["过程", 61],
      ["产出及效率", 26],
    ]);
    expect(s.levels.flatMap((l) => l.groups.map((g) => [g.name, g.points, g.indicators.length]))).toEqual([
      ["预算配置", 13, 2],
      ["预算执行", 20, 4],
      ["预算管理", 41, 6],
      ["职责履行", 8, 1],
      ["履职效益", 6, 1],
      ["", 12, 2],
    ]);
    expect(indicatorsOf(s)).toHaveLength(16);
  });

  test("湘潭县2020 has the tree of its 计分表", () => {
    const s = getScheme("湘潭县2020");
    expect(s.levels.map((l) => [l.name, l.points])).toEqual([
      ["投入", 20],
      ["过程", 30],
      ["产出", 30],
      ["效果", 20],
    ]);
    expect(s.levels.flatMap((l) => l.groups.map((g) => [g.name, g.points, g.indicators.length]))).toEqual([
      ["目标设定", 5, 2],
      ["预算配置", 15, 3],
      ["预算执行", 20, 7],
      ["预算管理", 5, 4],
      ["资产管理", 5, 3],
      ["职责履行", 30, 4],
      ["履职效益", 20, 4],
    ]);
    expect(indicatorsOf(s)).toHaveLength(27);
  });

  test("the default scheme is 湘潭县2020, aliases resolve", () => {
    expect(getScheme().id).toBe("湘潭县2020");
    expect(getScheme("").id).toBe("湘潭县2020");
    expect(getScheme("浏阳").id).toBe("浏阳2018");
    expect(getScheme(" ＬＩＵＹＡＮＧ2018 ").id).toBe("浏阳2018");
  });

  test("an unknown scheme is #N/A naming the known ones", () => {
    expect(() => getScheme("长沙2021")).toThrow(expect.objectContaining({ code: "#N/A" }));
    try {
      getScheme("长沙2021");
    } catch (e) {
      expect(String((e as Error).message)).toMatch(/浏阳2018/);
      expect(String((e as Error).message)).toMatch(/湘潭县2020/);
    }
  });
});

describe("a broken scheme is rejected, saying where", () => {
  const base = () => clone(getScheme("浏阳2018"));

  test.each<[string, (s: Scheme) => void, RegExp]>([
    ["points of a 三级 do not add up", (s) => (s.levels[0].groups[0].indicators[0].points = 6), /投入\/预算配置：三级指标分值之和14与其分值13不等/],
    ["points of the 一级 do not add up to the total", (s) => (s.levels[2].points = 25), /一级指标分值之和99与总分100不等/],
    ["a step of 0", (s) => Object.assign(s.levels[1].groups[0].indicators[0].rule, { step: 0 }), /过程\/预算执行\/预算完成率：步长应大于0/],
    [
      "checklist items that do not add up",
      (s) => {
        const rule = s.levels[1].groups[1].indicators[3].rule;
        if (rule.kind === "checklist") rule.items[0].points = 3;
      },
      /管理制度健全性：各项分数之和9与分值8不等/,
    ],
    [
      "overlapping bands",
      (s) => {
        const rule = s.levels[1].groups[0].indicators[1].rule;
        if (rule.kind === "bands") rule.bands[1].maxInclusive = false, (rule.bands[2].min = 0.05);
      },
      /预算控制率：第3个区间.*与第2个区间重叠/,
    ],
    ["a band score above the points", (s) => {
      const rule = s.levels[2].groups[2].indicators[1].rule;
      if (rule.kind === "bands") rule.bands[0].score = 7;
    }, /满意度：第1个区间.*得分7不在0至6之间/],
    ["an unknown rule kind", (s) => ((s.levels[0].groups[0].indicators[1].rule as unknown as { kind: string }).kind = "magic"), /“三公经费”变动率：未知的规则类型“magic”/],
    // A figure outside the catalogue ("在岗人数") is a label found on the base sheet when scoring; an empty one is no figure.
    ["a value formula over an empty figure name", (s) => {
      const v = s.levels[0].groups[0].indicators[0].value;
      if (v && v.kind === "ratio") v.numerator = " ";
    }, /在职人员控制率：指标值公式缺少基础数据项目/],
    ["a value formula on a checklist", (s) => (s.levels[1].groups[1].indicators[3].value = { kind: "field", field: "编制数" }), /管理制度健全性：规则“checklist”由自评输入/],
    ["grades out of order", (s) => (s.grades = [{ grade: "优", min: 80 }, { grade: "良", min: 90 }, { grade: "差" }]), /评价等级应按下限从高到低排列/],
    ["duplicate names in one 二级", (s) => (s.levels[0].groups[0].indicators[1].name = "在职人员控制率"), /在职人员控制率：同一二级指标下名称重复/],
  ])("%s", (_what, breakIt, message) => {
    const s = base();
    breakIt(s);
    expect(() => assertValidScheme(s)).toThrow(SchemeError);
    expect(schemeProblems(s).join("\n")).toMatch(message);
  });
});

describe("a user's own scheme from JSON", () => {
  test("a built-in scheme's JSON loads back", () => {
    const s = getScheme("湘潭县2020");
    expect(loadScheme(JSON.stringify(s))).toEqual(s);
  });

  test.each<[string, RegExp]>([
    ["{not json", /不是有效的JSON/],
    ['{"id":"x","total":100,"grades":[{"grade":"优"}],"levels":[]}', /没有任何一级指标/],
    ['{"id":"x","total":100,"grades":[{"grade":"优"}],"levels":"abc"}', /没有任何一级指标/],
    [
      '{"id":"x","total":5,"grades":[{"grade":"合格"}],"levels":[{"name":"A","points":5,"groups":[{"name":"B","points":5,"indicators":[{"name":"C","points":5,"criterion":"c"}]}]}]}',
      /A\/B\/C：缺少评分规则/,
    ],
    [
      '{"id":"x","total":5,"grades":[{"grade":"合格"}],"levels":[{"name":"A","points":5,"groups":"oops"}]}',
      /一级指标“A”没有二级指标/,
    ],
  ])("%s is rejected: %p", (json, message) => {
    expect(() => loadScheme(json)).toThrow(message);
  });

  test("a small custom scheme works end to end", () => {
    const custom = loadScheme(
      JSON.stringify({
        id: "示例",
        title: "示例方案",
        source: "测试",
        descriptionHeading: "指标说明",
        total: 10,
        grades: [{ grade: "合格", min: 6 }, { grade: "不合格" }],
        levels: [
          {
            name: "过程",
            points: 10,
            groups: [
              {
                name: "预算执行",
                points: 10,
                indicators: [
                  {
                    name: "预算执行率",
                    points: 10,
                    criterion: "100%计10分，每低于1个百分点扣1分",
                    description: "",
                    rule: { kind: "deduct", threshold: 1, direction: "below", step: 0.01, points: 1 },
                  },
                ],
              },
            ],
          },
        ],
      }),
    );
    expect(custom.levels[0].groups[0].indicators[0].rule.kind).toBe("deduct");
  });
});
