/**
 * A picture of each embedded chart, so that a person can look at what the charts of a workspace
 * draw without Google Sheets: `charts/<sheet> <n>.svg`, rewritten whenever the charts change.
 * Sheets' own reading of the data is followed: the first column (or the first range) gives the
 * categories, each further column (or range) a series, and a first row of text is the header.
 * Column and bar charts are drawn as columns, every other type as lines.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartModel, RangeRef, SheetModel, WorkbookModel } from './sheets';

const COLORS = ['#4285f4', '#db4437', '#f4b400', '#0f9d58'];

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function columnValues(workbook: WorkbookModel, ref: RangeRef): unknown[][] {
  const sheet: SheetModel | undefined = workbook.sheet(ref.sheet);
  const columns: unknown[][] = [];
  for (let j = 0; j < ref.columns; j += 1) {
    const column: unknown[] = [];
    for (let i = 0; i < ref.rows; i += 1)
      column.push(sheet?.cell(ref.row + i, ref.column + j)?.value ?? '');
    columns.push(column);
  }
  return columns;
}

export interface ChartData {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}

export function chartData(workbook: WorkbookModel, chart: ChartModel): ChartData {
  const columns = chart.ranges.flatMap((ref) => columnValues(workbook, ref));
  const [first, ...rest] = columns;
  const header = first !== undefined && rest.some((c) => typeof c[0] === 'string' && c[0] !== '');
  const body = (column: unknown[]) => (header ? column.slice(1) : column);
  return {
    categories: body(first ?? []).map((v) => String(v)),
    series: rest.map((column, i) => ({
      name: header ? String(column[0]) : `Série ${i + 1}`,
      values: body(column).map((v) => (typeof v === 'number' ? v : null)),
    })),
  };
}

/** Where things go on the picture: the plot area and the vertical scale. */
interface Plot {
  width: number;
  height: number;
  left: number;
  right: number;
  bottom: number;
  /** Horizontal room of one category. */
  slot: number;
  min: number;
  max: number;
  /** The vertical position of a value. */
  y: (value: number) => number;
}

function plotOf(chart: ChartModel, { categories, series }: ChartData): Plot {
  const width = typeof chart.options.width === 'number' ? chart.options.width : 600;
  const height = typeof chart.options.height === 'number' ? chart.options.height : 320;
  const left = 70;
  const right = 20;
  const top = 40;
  const bottom = categories.length > 6 ? 80 : 50;
  const plotHeight = height - top - bottom;
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const y = (value: number) => top + plotHeight - ((value - min) / span) * plotHeight;
  const slot = (width - left - right) / Math.max(1, categories.length);
  return { width, height, left, right, bottom, slot, min, max, y };
}

/** The background, the title, the zero line and the scale's two ends. */
function frame({ width, height, left, right, min, max, y }: Plot, title: string): string[] {
  const scale = (value: number) => escapeXml(String(Math.round(value * 100) / 100));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="Arial, sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="14">${escapeXml(title)}</text>`,
    `<line x1="${left}" y1="${y(0)}" x2="${width - right}" y2="${y(0)}" stroke="#999"/>`,
    `<text x="${left - 6}" y="${y(max) + 4}" text-anchor="end">${scale(max)}</text>`,
    `<text x="${left - 6}" y="${y(min) + 4}" text-anchor="end">${scale(min)}</text>`,
  ];
}

function categoryLabels(plot: Plot, categories: readonly string[]): string[] {
  // Many categories: labels turned 35° so that twelve months stay readable.
  const slanted = categories.length > 6;
  return categories.map((category, i) => {
    const x = plot.left + plot.slot * (i + 0.5);
    const y = plot.height - plot.bottom + 16;
    return slanted
      ? `<text x="${x}" y="${y}" text-anchor="end" font-size="10" transform="rotate(-35 ${x} ${y})">${escapeXml(category)}</text>`
      : `<text x="${x}" y="${y}" text-anchor="middle">${escapeXml(category)}</text>`;
  });
}

/** The k-th of `count` series as columns side by side in each category's slot. */
function columns(
  plot: Plot,
  values: readonly (number | null)[],
  k: number,
  count: number,
): string[] {
  const { left, slot, y } = plot;
  const color = colorOf(k);
  const barWidth = (slot * 0.7) / count;
  return values.flatMap((value, i) => {
    if (value === null) return [];
    const x = left + slot * i + slot * 0.15 + barWidth * k;
    const top = Math.min(y(value), y(0));
    return [
      `<rect x="${x}" y="${top}" width="${barWidth}" height="${Math.abs(y(value) - y(0))}" fill="${color}"/>`,
    ];
  });
}

/** The k-th series as a line through a dot at each value. */
function line(plot: Plot, values: readonly (number | null)[], k: number): string[] {
  const color = colorOf(k);
  const points = values
    .map((value, i) =>
      value === null ? null : `${plot.left + plot.slot * (i + 0.5)},${plot.y(value)}`,
    )
    .filter((p): p is string => p !== null);
  const parts = [
    `<polyline points="${points.join(' ')}" fill="none" stroke="${color}" stroke-width="2"/>`,
  ];
  for (const point of points) {
    const [px, py] = point.split(',');
    parts.push(`<circle cx="${px ?? 0}" cy="${py ?? 0}" r="3" fill="${color}"/>`);
  }
  return parts;
}

const colorOf = (k: number): string => COLORS[k % COLORS.length] ?? '#4285f4';

export function chartSvg(workbook: WorkbookModel, chart: ChartModel): string {
  const title = typeof chart.options.title === 'string' ? chart.options.title : '';
  const data = chartData(workbook, chart);
  const plot = plotOf(chart, data);
  const parts = [...frame(plot, title), ...categoryLabels(plot, data.categories)];
  const asColumns = chart.type === 'COLUMN' || chart.type === 'BAR';
  data.series.forEach((s, k) => {
    parts.push(
      ...(asColumns ? columns(plot, s.values, k, data.series.length) : line(plot, s.values, k)),
      `<text x="${plot.left + 10 + k * 160}" y="${plot.height - 12}" fill="${colorOf(k)}">■ ${escapeXml(s.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** Rewrites `dir` with one picture per chart of the workbook. */
export function writeChartImages(workbook: WorkbookModel, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) if (file.endsWith('.svg')) rmSync(join(dir, file));
  for (const sheet of workbook.sheets) {
    sheet.charts.forEach((chart, i) => {
      writeFileSync(join(dir, `${sheet.name} ${i + 1}.svg`), chartSvg(workbook, chart));
    });
  }
}
