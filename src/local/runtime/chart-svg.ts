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

export function chartSvg(workbook: WorkbookModel, chart: ChartModel): string {
  const width = typeof chart.options.width === 'number' ? chart.options.width : 600;
  const height = typeof chart.options.height === 'number' ? chart.options.height : 320;
  const title = typeof chart.options.title === 'string' ? chart.options.title : '';
  const { categories, series } = chartData(workbook, chart);
  const left = 70;
  const right = 20;
  const top = 40;
  const bottom = categories.length > 6 ? 80 : 50;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const y = (value: number) => top + plotHeight - ((value - min) / span) * plotHeight;
  const slot = plotWidth / Math.max(1, categories.length);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="Arial, sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="14">${escapeXml(title)}</text>`,
    `<line x1="${left}" y1="${y(0)}" x2="${width - right}" y2="${y(0)}" stroke="#999"/>`,
    `<text x="${left - 6}" y="${y(max) + 4}" text-anchor="end">${escapeXml(String(Math.round(max * 100) / 100))}</text>`,
    `<text x="${left - 6}" y="${y(min) + 4}" text-anchor="end">${escapeXml(String(Math.round(min * 100) / 100))}</text>`,
  ];
  // Many categories: labels turned 35° so that twelve months stay readable.
  const slanted = categories.length > 6;
  categories.forEach((category, i) => {
    const x = left + slot * (i + 0.5);
    const y = height - bottom + 16;
    parts.push(
      slanted
        ? `<text x="${x}" y="${y}" text-anchor="end" font-size="10" transform="rotate(-35 ${x} ${y})">${escapeXml(category)}</text>`
        : `<text x="${x}" y="${y}" text-anchor="middle">${escapeXml(category)}</text>`,
    );
  });
  const asColumns = chart.type === 'COLUMN' || chart.type === 'BAR';
  series.forEach((s, k) => {
    const color = COLORS[k % COLORS.length] ?? '#4285f4';
    if (asColumns) {
      const barWidth = (slot * 0.7) / series.length;
      s.values.forEach((value, i) => {
        if (value === null) return;
        const x = left + slot * i + slot * 0.15 + barWidth * k;
        const top0 = Math.min(y(value), y(0));
        parts.push(
          `<rect x="${x}" y="${top0}" width="${barWidth}" height="${Math.abs(y(value) - y(0))}" fill="${color}"/>`,
        );
      });
    } else {
      const points = s.values
        .map((value, i) => (value === null ? null : `${left + slot * (i + 0.5)},${y(value)}`))
        .filter((p): p is string => p !== null);
      parts.push(
        `<polyline points="${points.join(' ')}" fill="none" stroke="${color}" stroke-width="2"/>`,
      );
      for (const point of points) {
        const [px, py] = point.split(',');
        parts.push(`<circle cx="${px ?? 0}" cy="${py ?? 0}" r="3" fill="${color}"/>`);
      }
    }
    parts.push(
      `<text x="${left + 10 + k * 160}" y="${height - 12}" fill="${color}">■ ${escapeXml(s.name)}</text>`,
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
