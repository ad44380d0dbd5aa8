/**
 * The "Tableau de bord" tab: the collection indicators laid out as a printable sheet, six columns
 * wide, tables stacked from top to bottom with room left under two of them for a native chart
 * (aged balance as columns, monthly recovery rate as a line). Pure: the server adapter writes
 * `values`, `numberFormats`, `fontWeights` and `backgrounds` in one batched call each and inserts
 * the charts at the anchors given here.
 */
import { parseIsoDay } from '../values/day';
import { formatShortMonthYear } from '../words/format';
import { lastCompleteMonth, type Indicators } from './indicators';
import { RATING_LABELS } from '../dunning/payer-rating';
import type { InvoiceState, Language } from '../model';
import { textCell } from '../sheets/output-cells';
import { STATE_LABELS } from '../words/labels';
import { DASHBOARD_TEXT } from '../words/catalogue';

export const DASHBOARD_SHEET_NAME = 'Tableau de bord';
export const DASHBOARD_WIDTH = 6;
/** Rows left empty under a table for the chart drawn over them (about 21 px a row). */
export const CHART_ROWS = 16;
/** Pixel widths of columns A–F: 640 px in all, which fits a portrait A4 page. */
export const DASHBOARD_COLUMN_WIDTHS = [200, 100, 100, 90, 70, 80] as const;

export const MONEY_FORMAT = '#,##0.00 [$€-40C]';
export const PERCENT_FORMAT = '0.0%';
export const DAYS_FORMAT = '0.0';
export const COUNT_FORMAT = '0';
export const TEXT_FORMAT = '@';

export const SECTION_BACKGROUND = '#d2e3fc';
export const HEADER_BACKGROUND = '#f1f3f4';
export const PLAIN_BACKGROUND = '#ffffff';

export type DashboardValue = string | number;

export interface DashboardChart {
  kind: 'column' | 'line';
  title: string;
  /** 1-based ranges of the data the chart draws, header row included. */
  ranges: { row: number; column: number; rows: number; columns: number }[];
  /** Top-left cell the chart is drawn over. */
  anchorRow: number;
  anchorColumn: number;
}

export interface DashboardLayout {
  values: DashboardValue[][];
  numberFormats: string[][];
  fontWeights: ('bold' | 'normal')[][];
  backgrounds: string[][];
  charts: DashboardChart[];
}

/** True for the first cell of a dashboard Relance wrote, in either language. */
export function isDashboardTitle(value: unknown): boolean {
  return value === DASHBOARD_TEXT.fr.title || value === DASHBOARD_TEXT.en.title;
}

/** States shown in "Encours par état", in the order a reader expects them. */
const STATES_SHOWN: readonly InvoiceState[] = [
  'not-due',
  'active',
  'promise',
  'payment-plan',
  'dispute',
  'hold',
  'recourse',
];

/** "2026-03" → "mars 2026"; "2026-03-31" → "31/03/2026". */
function monthLabel(isoMonth: string, language: Language): string {
  const day = parseIsoDay(`${isoMonth}-01`);
  return day === undefined ? isoMonth : formatShortMonthYear(day, language);
}

const euros = (cents: number) => cents / 100;

class Grid {
  readonly values: DashboardValue[][] = [];
  readonly numberFormats: string[][] = [];
  readonly fontWeights: ('bold' | 'normal')[][] = [];
  readonly backgrounds: string[][] = [];

  get row(): number {
    return this.values.length;
  }

  /** Appends a row; `formats[i]` applies to cell i (text when absent). */
  add(
    cells: readonly DashboardValue[],
    options: { formats?: readonly string[]; bold?: boolean; background?: string } = {},
  ): number {
    const values: DashboardValue[] = [];
    const formats: string[] = [];
    for (let i = 0; i < DASHBOARD_WIDTH; i += 1) {
      const cell = cells[i] ?? '';
      values.push(typeof cell === 'string' ? textCell(cell) : cell);
      formats.push(options.formats?.[i] ?? TEXT_FORMAT);
    }
    this.values.push(values);
    this.numberFormats.push(formats);
    this.fontWeights.push(values.map(() => (options.bold === true ? 'bold' : 'normal')));
    this.backgrounds.push(values.map(() => options.background ?? PLAIN_BACKGROUND));
    return this.row;
  }

  section(title: string): void {
    if (this.row > 0) this.add([]);
    this.add([title], { bold: true, background: SECTION_BACKGROUND });
  }

  header(cells: readonly string[]): number {
    return this.add(cells, { bold: true, background: HEADER_BACKGROUND });
  }

  blank(count: number): void {
    for (let i = 0; i < count; i += 1) this.add([]);
  }
}

type Texts = (typeof DASHBOARD_TEXT)[Language];

/** What each section writes to: the grid, the charts over it, the texts of the language. */
interface Page {
  t: Texts;
  language: Language;
  grid: Grid;
  charts: DashboardChart[];
}

const orNone = (t: Texts, value: number | null) => (value === null ? t.none : value);

/** A percentage with one decimal as the fraction Sheets formats with "0.0%": 57.5 → 0.575. */
const fraction = (t: Texts, percent: number | null) =>
  percent === null ? t.none : Math.round(percent * 10) / 1000;

const formatOr = (value: number | null, format: string) => (value === null ? TEXT_FORMAT : format);

function keyFigures({ t, language, grid }: Page, indicators: Indicators): void {
  grid.section(t.keyFigures);
  grid.add([t.receivables, euros(indicators.receivablesCents)], {
    formats: [TEXT_FORMAT, MONEY_FORMAT],
  });
  grid.add([t.overdue, euros(indicators.overdueCents)], { formats: [TEXT_FORMAT, MONEY_FORMAT] });
  grid.add([t.dso(indicators.dsoPeriodDays), orNone(t, indicators.dsoDays), t.days], {
    formats: [TEXT_FORMAT, formatOr(indicators.dsoDays, DAYS_FORMAT)],
  });
  grid.add([t.averageLate, orNone(t, indicators.averageDaysLatePaid), t.days], {
    formats: [TEXT_FORMAT, formatOr(indicators.averageDaysLatePaid, DAYS_FORMAT)],
  });
  grid.add([t.unpaidRate, fraction(t, indicators.unpaidRatePercent)], {
    formats: [TEXT_FORMAT, formatOr(indicators.unpaidRatePercent, PERCENT_FORMAT)],
  });
  const lastMonth = lastCompleteMonth(indicators);
  if (lastMonth !== undefined) {
    grid.add(
      [
        t.recovery(monthLabel(lastMonth.month, language)),
        fraction(t, lastMonth.recoveryRatePercent),
      ],
      { formats: [TEXT_FORMAT, formatOr(lastMonth.recoveryRatePercent, PERCENT_FORMAT)] },
    );
  }
}

/** The aged balance with each bucket's share, a column chart under it. */
function agedBalance({ t, grid, charts }: Page, indicators: Indicators): void {
  grid.section(t.aged);
  const header = grid.header([t.bucket, t.amount, t.share]);
  const total = indicators.receivablesCents;
  indicators.agedBalance.forEach((line) => {
    grid.add(
      [
        t.buckets[line.bucket],
        euros(line.cents),
        total > 0 ? fraction(t, (line.cents * 100) / total) : t.none,
      ],
      { formats: [TEXT_FORMAT, MONEY_FORMAT, total > 0 ? PERCENT_FORMAT : TEXT_FORMAT] },
    );
  });
  charts.push({
    kind: 'column',
    title: t.agedChart,
    ranges: [{ row: header, column: 1, rows: 1 + indicators.agedBalance.length, columns: 2 }],
    anchorRow: grid.row + 2,
    anchorColumn: 1,
  });
  grid.blank(CHART_ROWS + 1);
}

function receivablesByState({ t, language, grid }: Page, indicators: Indicators): void {
  grid.section(t.byState);
  grid.header([t.state, t.amount]);
  for (const state of STATES_SHOWN) {
    grid.add([STATE_LABELS[state][language], euros(indicators.byState[state])], {
      formats: [TEXT_FORMAT, MONEY_FORMAT],
    });
  }
}

/** Twelve months of invoicing and late collection, the recovery rate drawn as a line under them. */
function monthlyTrend({ t, language, grid, charts }: Page, indicators: Indicators): void {
  grid.section(t.trend);
  const header = grid.header([t.month, t.invoiced, t.collectedLate, t.recoveryRate]);
  for (const month of indicators.months) {
    grid.add(
      [
        monthLabel(month.month, language),
        euros(month.invoicedCents),
        euros(month.collectedLateCents),
        fraction(t, month.recoveryRatePercent),
      ],
      {
        formats: [
          TEXT_FORMAT,
          MONEY_FORMAT,
          MONEY_FORMAT,
          formatOr(month.recoveryRatePercent, PERCENT_FORMAT),
        ],
      },
    );
  }
  const rows = 1 + indicators.months.length;
  charts.push({
    kind: 'line',
    title: t.trendChart,
    ranges: [
      { row: header, column: 1, rows, columns: 1 },
      { row: header, column: 4, rows, columns: 1 },
    ],
    anchorRow: grid.row + 2,
    anchorColumn: 1,
  });
  grid.blank(CHART_ROWS + 1);
}

/** The ten clients most overdue, or a line saying none is. */
function mostOverdueClients({ t, language, grid }: Page, indicators: Indicators): void {
  grid.section(t.top);
  grid.header([t.client, t.overdueShort, t.balance, t.lateAverage, t.reminders, t.rating]);
  const late = indicators.clients.filter((c) => c.overdueCents > 0).slice(0, 10);
  if (late.length === 0) grid.add([t.noClient]);
  for (const client of late) {
    grid.add(
      [
        client.client,
        euros(client.overdueCents),
        euros(client.openBalanceCents),
        client.averageDaysLate,
        client.reminders,
        RATING_LABELS[client.rating][language],
      ],
      { formats: [TEXT_FORMAT, MONEY_FORMAT, MONEY_FORMAT, DAYS_FORMAT, COUNT_FORMAT] },
    );
  }
}

/** The whole tab for the given indicators; same shape on an empty sheet, with zeros and dashes. */
export function dashboardLayout(indicators: Indicators, language: Language): DashboardLayout {
  const t = DASHBOARD_TEXT[language];
  const page: Page = { t, language, grid: new Grid(), charts: [] };
  const { grid } = page;
  grid.add([t.title], { bold: true });
  grid.add([t.asOf(indicators.date)]);
  for (const section of [
    keyFigures,
    agedBalance,
    receivablesByState,
    monthlyTrend,
    mostOverdueClients,
  ])
    section(page, indicators);
  return {
    values: grid.values,
    numberFormats: grid.numberFormats,
    fontWeights: grid.fontWeights,
    backgrounds: grid.backgrounds,
    charts: page.charts,
  };
}
