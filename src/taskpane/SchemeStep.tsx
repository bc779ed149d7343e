/** Step 2 (方案): pick a built-in scheme and read its indicator tree with points and rule texts. */
import * as React from "react";
import { Button, Field, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { useT } from "./i18n";
import { useStyles } from "./styles";
import { Tag } from "./Tag";
import type { Pane } from "./usePane";

export function SchemeStep({
  pane,
  onBack,
  onNext,
}: {
  pane: Pane;
  onBack(): void;
  onNext(): void;
}) {
  const t = useT();
  const s = useStyles();
  const { scheme, state } = pane;
  const points = (n: number) => t(`${n}分`, `${n} pts`);

  return (
    <section className={s.section} aria-labelledby="scheme-heading">
      <Text as="h2" id="scheme-heading" tabIndex={-1} weight="semibold" size={400}>
        {t("评分方案", "Scoring scheme")}
      </Text>
      <Field label={t("选择评分方案", "Choose a scheme")}>
        <RadioGroup
          value={state.schemeId}
          onChange={(_, d) =>
            pane.patch({ schemeId: d.value, outcome: undefined, conflict: undefined })
          }
        >
          {pane.schemes.map((x) => (
            <Radio key={x.id} value={x.id} label={`${x.id}　${x.title}`} />
          ))}
        </RadioGroup>
      </Field>
      <Text className={s.muted}>{t(`来源：${scheme.source}`, `Source: ${scheme.source}`)}</Text>

      <Text as="h3" weight="semibold">
        {t(`指标体系（共${scheme.total}分）`, `Indicators (${scheme.total} points in all)`)}
      </Text>
      {/* Native disclosure widgets: keyboard and screen-reader support built in (an ARIA role on
          <details> would override it). */}
      <div>
        {scheme.levels.map((l1, i) => (
          <details key={l1.name} className={s.details} open={i === 0}>
            <summary className={s.summary}>
              {l1.name}　<Tag>{points(l1.points)}</Tag>
            </summary>
            {l1.groups.map((l2, gi) => (
              <div
                key={`${l2.name}-${gi}`}
                role="group"
                aria-label={l2.name || t("（未命名二级指标）", "(unnamed group)")}
              >
                <Text weight="semibold" block>
                  {l2.name || t("（未命名）", "(unnamed)")}　{points(l2.points)}
                </Text>
                <ul className={s.list}>
                  {l2.indicators.map((ind) => (
                    <li key={ind.name} className={s.indicator}>
                      <Text>
                        {ind.name}　<Tag>{points(ind.points)}</Tag>
                      </Text>
                      <Text className={s.small}>{ind.criterion}</Text>
                      {ind.note && <Text className={`${s.small} ${s.muted}`}>{ind.note}</Text>}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </details>
        ))}
      </div>

      <div className={s.row}>
        <Button onClick={onBack}>{t("上一步", "Back")}</Button>
        <Button appearance="primary" onClick={onNext} disabled={!pane.canGenerate}>
          {t("下一步：生成", "Next: generate")}
        </Button>
      </div>
    </section>
  );
}
