import { describe, expect, it } from 'vitest';
import {
  CHART_ROWS,
  DASHBOARD_COLUMN_WIDTHS,
  DASHBOARD_WIDTH,
  MONEY_FORMAT,
  PERCENT_FORMAT,
  dashboardLayout,
  type DashboardLayout,
} from '../../src/core/reports/dashboard';
import { planDunning } from '../../src/core/dunning/engine';
import { computeIndicators } from '../../src/core/reports/indicators';
import { day, euros, invoice, settings } from '../fixtures';

const today = day('2026-03-31');

function layoutFor(
  invoices: Parameters<typeof planDunning>[0]['invoices'],
  language: 'fr' | 'en' = 'fr',
) {
  const plan = planDunning({ invoices, events: [], settings: settings(), today });
  return dashboardLayout(
    computeIndicators({
      invoices,
      standings: plan.standings,
      events: [],
      today,
      paymentTermsDays: 30,
    }),
    language,
  );
}

/** The value to the right of a label in the first column. */
function figure(layout: DashboardLayout, label: string | RegExp): string | number | undefined {
  const row = layout.values.find((r) =>
    typeof label === 'string' ? r[0] === label : label.test(String(r[0])),
  );
  return row?.[1];
}

function rowsAfter(layout: DashboardLayout, header: string, count: number) {
  const start = layout.values.findIndex((r) => r[0] === header);
  return layout.values.slice(start + 1, start + 1 + count);
}

describe('the Tableau de bord tab', () => {
  const invoices = [
    invoice({ number: 'F1', client: 'Alpha', due: '2026-03-10', amountCents: euros(1200) }),
    invoice({ number: 'F2', client: 'Beta', due: '2025-12-01', amountCents: euros(300) }),
    invoice({ number: 'F3', client: 'Gamma', due: '2026-04-15', amountCents: euros(500) }),
  ];
  const layout = layoutFor(invoices);

  it('shows the key figures in euros, with formats Sheets applies', () => {
    expect(layout.values[0]?.[0]).toBe('Tableau de bord des relances');
    expect(layout.values[1]?.[0]).toMatch(/^Situation au 31\/03\/2026/);
    expect(figure(layout, 'Encours clients (factures non réglées)')).toBe(2000);
    expect(figure(layout, 'Dont en retard')).toBe(1500);
    const overdueRow = layout.values.findIndex((r) => r[0] === 'Dont en retard');
    expect(layout.numberFormats[overdueRow]?.[1]).toBe(MONEY_FORMAT);
    // 1 500 overdue of 2 000 invoiced over twelve months.
    expect(figure(layout, /^Taux d’impayés/)).toBe(0.75);
  });

  it('ages the balance with each bucket’s share', () => {
    expect(rowsAfter(layout, 'Retard', 5).map((r) => r.slice(0, 3))).toEqual([
      ['non échu', 500, 0.25],
      ['1 à 30 jours', 1200, 0.6],
      ['31 à 60 jours', 0, 0],
      ['61 à 90 jours', 0, 0],
      ['plus de 90 jours', 300, 0.15],
    ]);
  });

  it('lists the clients most overdue first, with their rating', () => {
    expect(rowsAfter(layout, 'Client', 3).map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      ['Alpha', 1200, 1200, 'retard chronique'],
      ['Beta', 300, 300, 'retard chronique'],
    ]);
  });

  it('writes a client name that looks like a formula as text', () => {
    const tricky = layoutFor([
      invoice({ number: 'X', client: '=HYPERLINK("http://x")', due: '2026-03-01' }),
    ]);
    expect(rowsAfter(tricky, 'Client', 1)[0]?.[0]).toBe('\'=HYPERLINK("http://x")');
  });

  it('places a column chart over the aged balance and a line over the monthly rate, on empty rows', () => {
    expect(layout.charts.map((c) => [c.kind, c.title])).toEqual([
      ['column', 'Balance âgée (€)'],
      ['line', 'Taux de recouvrement par mois'],
    ]);
    for (const chart of layout.charts) {
      for (let r = chart.anchorRow; r < chart.anchorRow + CHART_ROWS; r += 1) {
        expect(layout.values[r - 1]?.every((v) => v === '')).toBe(true);
      }
      for (const range of chart.ranges) {
        const header = layout.values[range.row - 1];
        expect(header?.[range.column - 1]).not.toBe('');
      }
    }
    const line = layout.charts[1];
    expect(line?.ranges.map((r) => layout.values[r.row - 1]?.[r.column - 1])).toEqual([
      'Mois',
      'Taux de recouvrement',
    ]);
    expect(line?.ranges[0]?.rows).toBe(13);
  });

  it('is rectangular, six columns wide, and fits a portrait page', () => {
    for (const grid of [
      layout.values,
      layout.numberFormats,
      layout.fontWeights,
      layout.backgrounds,
    ]) {
      expect(grid).toHaveLength(layout.values.length);
      expect(grid.every((r) => r.length === DASHBOARD_WIDTH)).toBe(true);
    }
    expect(DASHBOARD_COLUMN_WIDTHS).toHaveLength(DASHBOARD_WIDTH);
    expect(DASHBOARD_COLUMN_WIDTHS.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(650);
  });

  it('reads correctly on an empty sheet: zeros, dashes, no client', () => {
    const empty = layoutFor([]);
    expect(figure(empty, 'Encours clients (factures non réglées)')).toBe(0);
    expect(figure(empty, /^DSO/)).toBe('—');
    expect(figure(empty, /^Taux d’impayés/)).toBe('—');
    expect(rowsAfter(empty, 'Retard', 1)[0]?.slice(0, 3)).toEqual(['non échu', 0, '—']);
    expect(empty.values.some((r) => r[0] === 'Aucun client en retard.')).toBe(true);
    expect(empty.charts).toHaveLength(2);
    const dashRow = empty.values.findIndex((r) => r[0] === 'non échu');
    expect(empty.numberFormats[dashRow]?.[2]).not.toBe(PERCENT_FORMAT);
  });

  it('speaks English when asked', () => {
    const english = layoutFor(invoices, 'en');
    expect(english.values[0]?.[0]).toBe('Collection dashboard');
    expect(figure(english, 'Of which overdue')).toBe(1500);
  });
});
