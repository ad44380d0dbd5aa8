/**
 * Writes the "Tableau de bord" tab the core laid out: one clear, four batched writes (values,
 * number formats, font weights, backgrounds) and the two charts, whatever the number of invoices.
 * Column widths and hidden gridlines are set once, when the tab is created, so that a user who
 * changes them keeps them.
 */
import {
  DASHBOARD_COLUMN_WIDTHS,
  DASHBOARD_SHEET_NAME,
  DASHBOARD_WIDTH,
  isDashboardTitle,
  type DashboardLayout,
} from '../../core/reports/dashboard';
import { ensureGrid, ownedSheet, trimGrid } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Chart size in pixels: the width of columns A–F, the height of the rows left for it. */
const CHART_WIDTH = 620;
const CHART_HEIGHT = 320;

export function writeDashboard(spreadsheet: Spreadsheet, layout: DashboardLayout): void {
  const { sheet, created } = ownedSheet(spreadsheet, DASHBOARD_SHEET_NAME, 1, (firstRow) =>
    isDashboardTitle(firstRow[0]),
  );
  if (created) {
    DASHBOARD_COLUMN_WIDTHS.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
    sheet.setHiddenGridlines(true);
  } else {
    sheet.clear();
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  }
  // The tab is grown first: Sheets refuses a range past its last row or column.
  ensureGrid(sheet, layout.values.length, DASHBOARD_WIDTH);
  trimGrid(sheet, DASHBOARD_WIDTH);
  // Values before formats: the core's strings carry the apostrophe that keeps them text, which a
  // plain-text format already on the cell would keep as a character (output-cells.ts, textCell).
  const range = sheet.getRange(1, 1, layout.values.length, DASHBOARD_WIDTH);
  range.setValues(layout.values);
  range.setNumberFormats(layout.numberFormats);
  range.setFontWeights(layout.fontWeights);
  range.setBackgrounds(layout.backgrounds);
  for (const chart of layout.charts) {
    const typed =
      chart.kind === 'column' ? sheet.newChart().asColumnChart() : sheet.newChart().asLineChart();
    let builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder = typed;
    for (const r of chart.ranges)
      builder = builder.addRange(sheet.getRange(r.row, r.column, r.rows, r.columns));
    sheet.insertChart(
      builder
        .setPosition(chart.anchorRow, chart.anchorColumn, 0, 0)
        .setOption('title', chart.title)
        .setOption('legend', { position: 'none' })
        .setOption('width', CHART_WIDTH)
        .setOption('height', CHART_HEIGHT)
        .build(),
    );
  }
}
