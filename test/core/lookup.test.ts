/** Indicator names as people type them. */
import { findIndicator, getScheme, nameKey, qualifiedName, allIndicators } from "../../src/core";

const liuyang = getScheme("浏阳2018");
const xiangtan = getScheme("湘潭县2020");

test.each([
  "“三公经费”变动率",
  '"三公经费"变动率',
  "三公经费变动率",
  "‘三公经费’变动率",
  "＂三公经费＂变动率",
  " 三公 经费 变动率 ",
  "“三公经费”变动率（8分）",
  "投入/预算配置/“三公经费”变动率",
  "预算配置 / 三公经费变动率",
])("浏阳2018 finds %p", (name) => {
  expect(findIndicator(liuyang, name).indicator.name).toBe("“三公经费”变动率");
});

test("an ambiguous name needs the qualified form, and the error says which", () => {
  expect(() => findIndicator(xiangtan, "管理制度健全性")).toThrow(
    expect.objectContaining({
      code: "#N/A",
      message: expect.stringMatching(/“预算管理\/管理制度健全性”或“资产管理\/管理制度健全性”/),
    }),
  );
  expect(findIndicator(xiangtan, "预算管理/管理制度健全性").level2.name).toBe("预算管理");
  expect(findIndicator(xiangtan, "资产管理／管理制度健全性").level2.name).toBe("资产管理");
  expect(findIndicator(xiangtan, "过程/资产管理/管理制度健全性（2分）").level2.name).toBe("资产管理");
});

test("an unknown name is #N/A with the closest names", () => {
  expect(() => findIndicator(liuyang, "预算完成度")).toThrow(
    expect.objectContaining({ code: "#N/A", message: expect.stringMatching(/没有指标“预算完成度”，最接近的是：.*预算完成率/) }),
  );
});

test("aliases: 满意度, and 浏阳's shared 经济效益、社会效益 row", () => {
  expect(findIndicator(liuyang, "满意度").indicator.name).toBe("社会公众或服务对象满意度");
  expect(findIndicator(liuyang, "社会效益").indicator.name).toBe("经济效益、社会效益");
  expect(findIndicator(xiangtan, "社会效益").indicator.name).toBe("社会效益");
});

test("qualifiedName is the shortest unambiguous name, and it finds the indicator again", () => {
  for (const scheme of [liuyang, xiangtan]) {
    for (const ref of allIndicators(scheme)) {
      expect(findIndicator(scheme, qualifiedName(scheme, ref))).toBe(ref);
    }
  }
  const dup = allIndicators(xiangtan).filter((r) => r.indicator.name === "管理制度健全性");
  expect(dup.map((r) => qualifiedName(xiangtan, r))).toEqual(["预算管理/管理制度健全性", "资产管理/管理制度健全性"]);
});

test("nameKey drops quotes, spaces, width and point suffixes", () => {
  expect(nameKey("“三公经费”控制率（2分）")).toBe(nameKey("三公经费控制率"));
  expect(nameKey("预算管理｜管理制度健全性")).toBe("预算管理/管理制度健全性");
});
