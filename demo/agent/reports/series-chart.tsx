import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  color: string;
  /** One value per x, null for a gap. */
  values: (number | null)[];
  /** Bars instead of a line. */
  bars?: boolean;
  /** Which y axis (0 left, 1 right). */
  axis?: 0 | 1;
}

interface SeriesChartProps {
  title: string;
  /** Spoken instead of the canvas, which a screen reader cannot read. */
  summary: string;
  /** Epoch ms of each point. */
  xs: number[];
  series: ChartSeries[];
  /** Labels of the left and right y axes. */
  axes: [string, string?];
  height?: number;
  /** `xs` are epoch ms (a time axis) or plain numbers (hours of a day). */
  time?: boolean;
  /** Fixed range of the right axis (a percentage: [0, 100]); automatic otherwise. */
  rightRange?: [number, number];
}

/**
 * A uPlot time chart that follows its box's width. The plot is made once per
 * shape (title and series names) and fed new data in place; it is destroyed
 * with the component, its ResizeObserver with it.
 */
export function SeriesChart({ title, summary, xs, series, axes, height = 220, time = true, rightRange }: SeriesChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const shape = `${title}|${series.map((s) => s.label).join('|')}|${axes.join('|')}|${time}|${rightRange?.join('-')}`;
  const data = (): uPlot.AlignedData => [time ? xs.map((x) => x / 1000) : xs, ...series.map((s) => s.values)];

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const bars = uPlot.paths.bars?.({ size: [0.6, 24] });
    const made = new uPlot(
      {
        width: Math.max(240, el.clientWidth),
        height,
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time }, ...(axes[1] ? { right: rightRange ? { auto: false, range: rightRange } : { auto: true } } : {}) },
        axes: [
          { stroke: '#5b6676', grid: { stroke: '#eef1f5' } },
          { label: axes[0], stroke: '#5b6676', grid: { stroke: '#eef1f5' }, size: 56 },
          ...(axes[1] ? [{ label: axes[1], scale: 'right', side: 1, stroke: '#5b6676', grid: { show: false }, size: 56 } satisfies uPlot.Axis] : []),
        ],
        series: [
          {},
          ...series.map((s) => ({
            label: s.label,
            stroke: s.color,
            width: 2,
            scale: s.axis === 1 ? 'right' : 'y',
            spanGaps: false,
            ...(s.bars && bars ? { paths: bars, fill: `${s.color}55` } : { points: { show: xs.length < 40 } }),
          })),
        ],
      },
      data(),
      el,
    );
    plot.current = made;
    const resize = new ResizeObserver(() => made.setSize({ width: Math.max(240, el.clientWidth), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      made.destroy();
      plot.current = null;
    };
    // Re-made only when its shape changes; data changes go through setData below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shape, height]);

  useEffect(() => {
    plot.current?.setData(data());
  });

  return (
    <figure class="chart">
      <figcaption class="chart__title">{title}</figcaption>
      <div class="chart__plot" ref={box} role="img" aria-label={summary} />
    </figure>
  );
}
