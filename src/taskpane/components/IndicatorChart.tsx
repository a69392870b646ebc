import { makeStyles, tokens } from '@fluentui/react-components';
import { useLayoutEffect, useRef, useState } from 'react';
import { TOOL_IDS } from '../../domain/framework';
import type { IndicatorResult } from '../../domain/scoring';
import { format2 } from '../format';
import { useI18n } from '../i18n';

/**
 * The drawing is laid out in CSS pixels at the width it is shown (one viewBox unit = 1 px), so
 * its text is 12 px whatever the pane's width; before the width is known it assumes 340.
 */
const DEFAULT_W = 340;
const LEFT = 6;
const VALUES = 52; // the values stand in a column right of the bars
const TOP = 22; // room for the target's label
const GROUP = 20;
const ROW = 36;
const BAR = 12;
const AXIS = 20;
const TEXT = '12px';

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', display: 'block', overflow: 'visible' },
  label: { fill: tokens.colorNeutralForeground1, fontSize: TEXT },
  group: {
    fill: tokens.colorNeutralForeground3,
    fontSize: TEXT,
    fontWeight: tokens.fontWeightSemibold,
    letterSpacing: '0.04em',
  },
  value: { fontSize: TEXT, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  valueStrong: { fill: tokens.colorPaletteGreenForeground1 },
  valueWeak: { fill: tokens.colorPaletteRedForeground1 },
  track: { fill: tokens.colorNeutralBackground3 },
  strong: { fill: tokens.colorPaletteGreenBackground3 },
  weak: { fill: tokens.colorPaletteDarkOrangeBackground3 },
  target: { stroke: tokens.colorNeutralForeground1, strokeWidth: 1.5, strokeDasharray: '4 3' },
  targetLabel: { fill: tokens.colorNeutralForeground1, fontSize: TEXT, fontWeight: tokens.fontWeightSemibold },
  axis: { fill: tokens.colorNeutralForeground3, fontSize: TEXT },
  grid: { stroke: tokens.colorNeutralStroke3, strokeWidth: 1 },
});

/** The width the chart is shown at, followed as the pane resizes. */
function useWidth(): [React.RefObject<SVGSVGElement>, number] {
  const ref = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(DEFAULT_W);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}

/**
 * The ten indicators as horizontal bars against a dashed target line,
 * grouped by tool. Plain SVG: one <title> per bar, one summary for screen readers.
 */
export function IndicatorChart({ indicators, target }: { indicators: readonly IndicatorResult[]; target: number }) {
  const { s, t } = useI18n();
  const styles = useStyles();
  const [ref, W] = useWidth();
  const RIGHT = W - VALUES;
  const x = (score: number) => LEFT + (Math.max(0, Math.min(100, score)) / 100) * (RIGHT - LEFT);
  const rows: ({ kind: 'group'; tool: string; y: number } | { kind: 'bar'; ind: IndicatorResult; y: number })[] = [];
  let y = TOP;
  for (const tool of TOOL_IDS) {
    const inTool = indicators.filter((i) => i.tool === tool);
    if (inTool.length === 0) continue;
    rows.push({ kind: 'group', tool, y });
    y += GROUP;
    for (const ind of inTool) {
      rows.push({ kind: 'bar', ind, y });
      y += ROW;
    }
  }
  const bottom = y;
  const height = bottom + AXIS;
  const weak = indicators.filter((i) => i.status === 'weakness');
  const summary = s.chartSummary(
    indicators.length,
    format2(target),
    indicators.length - weak.length,
    weak.map((i) => `${s.indicator(i.id)} (${format2(i.score)})`).join(', '),
  );
  const tx = x(target);
  return (
    <svg
      ref={ref}
      className={styles.svg}
      viewBox={`0 0 ${W} ${height}`}
      role="img"
      aria-label={summary}
      data-testid="indicator-chart"
    >
      {[0, 25, 50, 75, 100].map((v) => (
        <g key={v}>
          <line className={styles.grid} x1={x(v)} x2={x(v)} y1={TOP} y2={bottom} />
          <text className={styles.axis} x={x(v)} y={bottom + 15} textAnchor={v === 0 ? 'start' : 'middle'}>
            {v}
          </text>
        </g>
      ))}
      {rows.map((r) =>
        r.kind === 'group' ? (
          <text key={r.tool} className={styles.group} x={LEFT} y={r.y + 12}>
            {r.tool}
          </text>
        ) : (
          <g key={r.ind.id} data-indicator={r.ind.id}>
            <title>{`${s.indicator(r.ind.id)} ${t(r.ind.name)}: ${format2(r.ind.score)} — ${r.ind.status === 'strength' ? s.strength : s.weakness}${r.ind.change !== undefined ? ` (${r.ind.change >= 0 ? '+' : ''}${format2(r.ind.change)})` : ''}`}</title>
            <text className={styles.label} x={LEFT} y={r.y + 13}>
              {`${r.ind.id}. ${t(r.ind.name)}`}
            </text>
            <rect className={styles.track} x={LEFT} y={r.y + 18} width={RIGHT - LEFT} height={BAR} rx={2} />
            <rect
              className={r.ind.status === 'strength' ? styles.strong : styles.weak}
              x={LEFT}
              y={r.y + 18}
              width={Math.max(1, x(r.ind.score) - LEFT)}
              height={BAR}
              rx={2}
            />
            <text
              className={`${styles.value} ${r.ind.status === 'strength' ? styles.valueStrong : styles.valueWeak}`}
              x={W - 2}
              y={r.y + 29}
              textAnchor="end"
            >
              {format2(r.ind.score)}
            </text>
          </g>
        ),
      )}
      <line data-testid="target-line" className={styles.target} x1={tx} x2={tx} y1={TOP - 4} y2={bottom} />
      <text className={styles.targetLabel} x={tx} y={TOP - 8} textAnchor={tx > W - 70 ? 'end' : 'middle'}>
        {s.targetLine(format2(target))}
      </text>
    </svg>
  );
}
