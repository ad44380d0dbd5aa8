import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartData, writeChartImages } from '../../src/local/runtime/chart-svg';
import { costOf } from '../../src/local/runtime/cost-table';
import { CallMeter } from '../../src/local/runtime/meter';
import { createSpreadsheetApp, WorkbookModel } from '../../src/local/runtime/sheets';
import { readSheetExtras, sheetExtrasOf } from '../../src/local/runtime/sheet-extras';
import { loadWorkbook, saveWorkbook } from '../../src/local/runtime/xlsx-io';

function setup() {
  const workbook = new WorkbookModel('Test', 'Europe/Paris');
  workbook.addSheet('Bord');
  const meter = new CallMeter(costOf);
  const { app } = createSpreadsheetApp(workbook, {
    meter,
    spreadsheetId: 'x',
    makeDate: (ms) => new Date(ms),
  });
  const sheet = app.getActiveSpreadsheet().getSheetByName('Bord');
  if (!sheet) throw new Error('sheet');
  sheet.getRange(1, 1, 4, 2).setValues([
    ['Retard', 'Montant'],
    ['non échu', 500],
    ['1 à 30 jours', 1200],
    ['plus de 90 jours', 300],
  ]);
  return { workbook, meter, sheet };
}

describe('embedded charts (EmbeddedChartBuilder, Sheet.insertChart/getCharts/removeChart/updateChart)', () => {
  it('builds in memory, stores on insertChart, and reads back type, ranges, position and options', () => {
    const { sheet, workbook } = setup();
    const chart = sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange(1, 1, 4, 2))
      .setPosition(6, 1, 0, 0)
      .setOption('title', 'Balance âgée')
      .build();
    expect(sheet.getCharts()).toHaveLength(0);
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(stored?.getChartId()).toBe(1);
    expect(stored?.modify().getChartType()).toBe('COLUMN');
    expect(stored?.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B4']);
    expect(stored?.getContainerInfo().getAnchorRow()).toBe(6);
    expect(stored?.getOptions().get('title')).toBe('Balance âgée');
    const first = workbook.sheet('Bord')?.charts[0];
    expect(first && chartData(workbook, first)).toEqual({
      categories: ['non échu', '1 à 30 jours', 'plus de 90 jours'],
      series: [{ name: 'Montant', values: [500, 1200, 300] }],
    });
  });

  it('keeps a modified chart unsaved until updateChart, and removes charts', () => {
    const { sheet } = setup();
    sheet.insertChart(sheet.newChart().asLineChart().addRange(sheet.getRange('A1:B4')).build());
    const [chart] = sheet.getCharts();
    if (!chart) throw new Error('chart');
    const modified = chart.modify().setOption('title', 'Nouveau').build();
    expect(sheet.getCharts()[0]?.getOptions().get('title')).toBeNull();
    sheet.updateChart(modified);
    expect(sheet.getCharts()[0]?.getOptions().get('title')).toBe('Nouveau');
    sheet.removeChart(modified);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  it('counts one call per insert and prices the builder as local work', () => {
    const { sheet, meter } = setup();
    sheet.insertChart(sheet.newChart().asColumnChart().addRange(sheet.getRange('A1:B4')).build());
    expect(meter.counts.get('SpreadsheetApp.Sheet.insertChart')).toBe(1);
    expect(costOf('SpreadsheetApp.Sheet.newChart')).toBeLessThan(
      costOf('SpreadsheetApp.Sheet.insertChart'),
    );
  });

  it('keeps charts across saves in the sidecar and draws each one as a picture', async () => {
    const { sheet, workbook } = setup();
    sheet.insertChart(
      sheet
        .newChart()
        .asColumnChart()
        .addRange(sheet.getRange('A1:B4'))
        .setOption('title', 'Balance <âgée>')
        .build(),
    );
    sheet.setHiddenGridlines(true);
    sheet.setColumnWidth(1, 200);
    const dir = mkdtempSync(join(tmpdir(), 'relance-charts-'));
    await saveWorkbook(workbook, join(dir, 'w.xlsx'));
    const extras = sheetExtrasOf(workbook);
    const reloaded = await loadWorkbook(join(dir, 'w.xlsx'));
    const path = join(dir, 'charts.json');
    writeFileSync(path, JSON.stringify(extras));
    readSheetExtras(reloaded, path);
    const again = reloaded.sheet('Bord');
    expect(again?.charts).toHaveLength(1);
    expect(again?.hiddenGridlines).toBe(true);
    expect(again?.columnWidths.get(1)).toBe(200);
    expect(reloaded.nextChartId).toBe(2);

    writeChartImages(reloaded, join(dir, 'charts'));
    const svg = readFileSync(join(dir, 'charts', 'Bord 1.svg'), 'utf8');
    expect(svg).toContain('Balance &#60;âgée&#62;');
    expect(svg.match(/<rect x=/g)).toHaveLength(3);
  });
});
