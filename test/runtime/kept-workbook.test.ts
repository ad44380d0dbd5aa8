import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateSerial, WorkbookModel, type Cell } from '../../src/local/runtime/sheets';
import { encodeSheet } from '../../src/local/runtime/workbook-log';
import { WorkspaceState } from '../../src/local/runtime/workspace-state';
import { loadWorkbook, saveWorkbook, workbookAsSaved } from '../../src/local/runtime/xlsx-io';

const dir = mkdtempSync(join(tmpdir(), 'relance-kept-'));
let files = 0;

/** Everything an execution can see of a workbook: tabs, their ids and grids, every cell. */
function seen(workbook: WorkbookModel): unknown {
  return {
    timeZone: workbook.timeZone,
    locale: workbook.locale,
    nextChartId: workbook.nextChartId,
    sheets: workbook.sheets.map((s) => [
      s.sheetId,
      s.name,
      s.maxRows,
      s.maxColumns,
      encodeSheet(s),
    ]),
  };
}

async function readBack(workbook: WorkbookModel): Promise<WorkbookModel> {
  files += 1;
  const path = join(dir, `w${files}.xlsx`);
  await saveWorkbook(workbook, path);
  const read = await loadWorkbook(path, workbook.timeZone);
  read.name = workbook.name;
  return read;
}

const text = (unit: fc.Arbitrary<string>) => fc.string({ unit, maxLength: 6 });
const ordinaryText = text(
  fc.constantFrom('a', 'Z', 'é', '€', ' ', '\n', '"', ',', ';', '&', '<', '0', '='),
);
/** Mostly ordinary characters, now and then one the file does not keep as it is. */
const anyText = text(
  fc.oneof(
    { arbitrary: fc.constantFrom('a', 'é', ' ', '\n', '\t', '&amp;', '"', ',', '😀'), weight: 40 },
    { arbitrary: fc.constantFrom('\r', '\u0001', '_x0041_'), weight: 1 },
  ),
);
const FORMATS = [
  'dd/mm/yyyy',
  'dd/mm/yyyy hh:mm',
  '#,##0.00 [$€-40C]',
  '@',
  '0.0%',
  '0',
  'General',
];

const dateSerials = fc
  .double({ min: 40_000, max: 50_000, noNaN: true })
  .map((serial) => new DateSerial(serial));

/** Any cell: values, formulas, formats, notes, validation, some the file does not keep. */
function anyCell(numbers: fc.Arbitrary<number>): fc.Arbitrary<Cell> {
  const value = fc.oneof(anyText, numbers, fc.boolean(), fc.constant(''), dateSerials);
  const rare = <T>(arbitrary: fc.Arbitrary<T>) =>
    fc.oneof({ arbitrary, weight: 1 }, { arbitrary: fc.constant(undefined), weight: 9 });
  return fc
    .record({
      value,
      formula: rare(
        fc.constantFrom('=A1+1', '=HYPERLINK("https://drive.google.com/x?a=1&b", "Lettre")'),
      ),
      numberFormat: fc.option(fc.constantFrom(...FORMATS, '')),
      note: rare(anyText),
      bold: fc.option(fc.boolean()),
      background: fc.option(fc.constant('#fce8b2')),
      validation: fc.option(
        fc.record({
          kind: fc.constant('list' as const),
          values: fc.oneof(
            { arbitrary: lists, weight: 20 },
            { arbitrary: fc.constantFrom<string[]>([], ['oui, non'], ['"x"']), weight: 1 },
          ),
          allowInvalid: fc.boolean(),
        }),
      ),
    })
    .map(withoutAbsent);
}

const lists = fc.array(fc.constantFrom('à faire', 'fait', 'à vérifier'), { minLength: 1 });

/** A cell as Relance's tabs hold them: text, amounts, dates, a link, a list, a note on a value. */
const ordinaryCell: fc.Arbitrary<Cell> = fc
  .record({
    value: fc.oneof(
      ordinaryText,
      fc.integer({ min: -1e9, max: 1e9 }).map((cents) => cents / 100),
      fc.boolean(),
      fc.constant(''),
      dateSerials,
    ),
    formula: fc.option(
      fc.constantFrom('=HYPERLINK("https://drive.google.com/file/d/abc/view", "Lettre")'),
      { freq: 10 },
    ),
    numberFormat: fc.option(fc.constantFrom(...FORMATS)),
    note: fc.option(ordinaryText, { freq: 10 }),
    bold: fc.option(fc.boolean()),
    background: fc.option(fc.constant('#fce8b2')),
    validation: fc.option(
      fc.record({ kind: fc.constant('list' as const), values: lists, allowInvalid: fc.boolean() }),
    ),
  })
  .map(withoutAbsent)
  // Notes and colours go with cells that hold something.
  .map((cell) => (cell.value === '' && cell.formula === undefined ? blankOf(cell) : cell));

function blankOf(cell: Cell): Cell {
  const { note: _note, background: _background, numberFormat, ...rest } = cell;
  return numberFormat === undefined || numberFormat === 'General'
    ? rest
    : { ...rest, numberFormat };
}

/** The cell with only the properties it has (a model never holds an undefined one). */
function withoutAbsent(record: { [K in keyof Cell]: Cell[K] | null | undefined }): Cell {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== null && v !== undefined),
  ) as unknown as Cell;
}

function workbookOf(cell: fc.Arbitrary<Cell>, cells: number): fc.Arbitrary<WorkbookModel> {
  const sheet = fc.record({
    frozenRows: fc.nat(2),
    hiddenGridlines: fc.boolean(),
    widths: fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 300 })), {
      maxLength: 3,
    }),
    cells: fc.array(
      fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 6 }), cell),
      { maxLength: cells },
    ),
  });
  return fc.array(sheet, { minLength: 1, maxLength: 3 }).map((sheets) => {
    const workbook = new WorkbookModel('Classeur', 'Europe/Paris');
    sheets.forEach((s, i) => {
      if (i === 1) workbook.addSheet('supprimé'); // a tab deleted since: the ids that follow move
      const model = workbook.addSheet(['Factures', 'Journal des relances', 'Suivi'][i] ?? 'x');
      if (i === 1) workbook.sheets.splice(1, 1);
      model.frozenRows = s.frozenRows;
      model.hiddenGridlines = s.hiddenGridlines;
      for (const [column, width] of s.widths) model.columnWidths.set(column, width);
      for (const [row, column, content] of s.cells) {
        model.ensureCell(row, column);
        const line = model.cells[row - 1] ?? [];
        line[column - 1] = { ...content }; // a later cell at the same place replaces it whole
      }
    });
    return workbook;
  });
}

describe('the workbook kept between the executions of one process', () => {
  it('is what its .xlsx reads back, for any workbook it keeps, and keeping it again changes nothing', async () => {
    const numbers = fc.oneof(
      { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 20 },
      { arbitrary: fc.integer(), weight: 20 },
      { arbitrary: fc.constantFrom(-0, NaN, Infinity), weight: 1 },
    );
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(workbookOf(anyCell(numbers), 6), async (workbook) => {
        const kept = workbookAsSaved(workbook);
        if (kept === undefined) return;
        compared += 1;
        expect(seen(kept)).toEqual(seen(await readBack(workbook)));
        expect(seen(workbookAsSaved(kept) ?? new WorkbookModel())).toEqual(seen(kept));
      }),
      { numRuns: 150 },
    );
    expect(compared).toBeGreaterThan(10);
  });

  it('is kept for the text, amounts, dates, links, lists and notes Relance writes', async () => {
    await fc.assert(
      fc.asyncProperty(workbookOf(ordinaryCell, 25), async (workbook) => {
        for (const sheet of workbook.sheets)
          for (const [column, width] of sheet.columnWidths)
            sheet.columnWidths.set(column, Math.max(width, 12));
        const kept = workbookAsSaved(workbook);
        expect(kept).toBeDefined();
        expect(seen(kept ?? new WorkbookModel())).toEqual(seen(await readBack(workbook)));
      }),
      { numRuns: 30 },
    );
  });
});

describe('an execution after another in the same process', () => {
  const options = { timeZone: 'Europe/Paris', name: 'Classeur', backUp: false };

  async function workspaceWith(value: string): Promise<string> {
    files += 1;
    const folder = join(dir, `ws${files}`);
    mkdirSync(folder);
    const workbook = new WorkbookModel('Classeur', 'Europe/Paris');
    workbook.addSheet('Factures').ensureCell(1, 1).value = value;
    await saveWorkbook(workbook, join(folder, 'workbook.xlsx'));
    return folder;
  }

  /** One execution: writes `value` in A1 of Factures, with a background, and ends. */
  async function execution(folder: string, value: string): Promise<WorkbookModel> {
    const state = await WorkspaceState.load(folder, options);
    const sheet = state.workbook.sheet('Factures');
    if (sheet === undefined) throw new Error('no Factures tab');
    Object.assign(sheet.ensureCell(1, 1), { value, background: '#fce8b2' });
    state.workbook.touch(sheet);
    await state.save();
    return state.workbook;
  }

  it('starts from the workbook as its file reads back: what the file loses is lost', async () => {
    const folder = await workspaceWith('avant');
    await execution(folder, 'première');
    const second = await WorkspaceState.load(folder, options);
    const fromFile = await loadWorkbook(join(folder, 'workbook.xlsx'), 'Europe/Paris');
    fromFile.name = 'Classeur';
    expect(second.workbook.sheet('Factures')?.cell(1, 1)).toEqual({ value: 'première' });
    expect(seen(second.workbook)).toEqual(seen(fromFile));
  });

  it('reads the file again when someone else changed it since', async () => {
    const folder = await workspaceWith('avant');
    await execution(folder, 'première');
    const edited = await loadWorkbook(join(folder, 'workbook.xlsx'), 'Europe/Paris');
    const tab = edited.sheet('Factures');
    if (tab === undefined) throw new Error('no Factures tab');
    tab.ensureCell(2, 1).value = 'ajouté à la main';
    await saveWorkbook(edited, join(folder, 'workbook.xlsx'));
    const next = await WorkspaceState.load(folder, options);
    expect(next.workbook.sheet('Factures')?.cell(2, 1)?.value).toBe('ajouté à la main');
  });
});
