/**
 * EmbeddedChartBuilder (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder):
 * builds in the script's memory, nothing reaches the sheet until Sheet.insertChart or
 * Sheet.updateChart. The type-specific builders (asColumnChart(), asLineChart()…) are the same
 * builder with the type set; of their own setters only setTitle is kept, as the "title" option.
 */
import type { Emulates } from '../emulates';
import type { SheetsContext } from './context';
import { cloneChart, type ChartModel, type RangeRef, type SheetModel } from './model';
import { RangeFacade } from './range';

interface RangeLike {
  getSheet(): { getName(): string };
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
}

function emptyChart(): ChartModel {
  return {
    chartId: 0,
    type: null,
    ranges: [],
    anchorRow: 1,
    anchorColumn: 1,
    offsetX: 0,
    offsetY: 0,
    options: {},
  };
}

/** The builder's methods held to Google's signatures (emulates.ts). */
type BuilderMethods =
  | 'addRange'
  | 'clearRanges'
  | 'getRanges'
  | 'asColumnChart'
  | 'asLineChart'
  | 'setOption'
  | 'setPosition'
  | 'getContainer'
  | 'build';

function refOf(range: RangeLike): RangeRef {
  return {
    sheet: range.getSheet().getName(),
    row: range.getRow(),
    column: range.getColumn(),
    rows: range.getNumRows(),
    columns: range.getNumColumns(),
  };
}

export function chartBuilder(
  ctx: SheetsContext,
  sheet: SheetModel,
  initial: ChartModel | undefined,
) {
  const state = initial ? cloneChart(initial) : emptyChart();
  const as = (type: string) => () => {
    state.type = type;
    return builder;
  };
  const builder = {
    addRange: (range: RangeLike) => {
      state.ranges.push(refOf(range));
      return builder;
    },
    clearRanges: () => {
      state.ranges = [];
      return builder;
    },
    getRanges: () => state.ranges.map((r) => rangeOf(ctx, r)),
    asAreaChart: as('AREA'),
    asBarChart: as('BAR'),
    asColumnChart: as('COLUMN'),
    asLineChart: as('LINE'),
    asPieChart: as('PIE'),
    asScatterChart: as('SCATTER'),
    asTableChart: as('TABLE'),
    setChartType: (type: unknown) => {
      state.type = String(type);
      return builder;
    },
    getChartType: () => state.type,
    setOption: (name: string, value: unknown) => {
      state.options[name] = value;
      return builder;
    },
    setTitle: (title: string) => {
      state.options.title = title;
      return builder;
    },
    setPosition: (anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number) => {
      Object.assign(state, { anchorRow, anchorColumn, offsetX, offsetY });
      return builder;
    },
    getContainer: () => containerInfo(state),
    build: () => embeddedChart(ctx, sheet, cloneChart(state)),
  };
  const _shape: Emulates<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, BuilderMethods> =
    builder;
  return builder;
}

function rangeOf(ctx: SheetsContext, ref: RangeRef): RangeFacade {
  const target = ctx.workbook.sheet(ref.sheet);
  if (target === undefined) throw new Error(`Sheet ${ref.sheet} not found.`);
  return new RangeFacade(ctx, target, ref);
}

function containerInfo(chart: ChartModel) {
  return {
    getAnchorRow: () => chart.anchorRow,
    getAnchorColumn: () => chart.anchorColumn,
    getOffsetX: () => chart.offsetX,
    getOffsetY: () => chart.offsetY,
  };
}

/** EmbeddedChart: a snapshot; modify() gives a builder, Sheet.updateChart saves it. */
export function embeddedChart(ctx: SheetsContext, sheet: SheetModel, chart: ChartModel) {
  return {
    __chart: chart,
    getChartId: () => (chart.chartId === 0 ? null : chart.chartId),
    getContainerInfo: () => containerInfo(chart),
    getOptions: () => ({ get: (name: string) => chart.options[name] ?? null }),
    getRanges: () => chart.ranges.map((r) => rangeOf(ctx, r)),
    modify: () => chartBuilder(ctx, sheet, chart),
  };
}
