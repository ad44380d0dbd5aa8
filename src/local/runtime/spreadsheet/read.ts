/** A stored cell as getValues and getDisplayValues give it back. */
import type { SheetsContext } from './context';
import {
  DateSerial,
  instantFromSerial,
  MS_PER_DAY,
  SHEETS_EPOCH_OFFSET_DAYS,
  type Cell,
  type StoredValue,
} from './model';

/** A date cell is the Date of its wall-clock instant in the spreadsheet's zone. */
export function readValue(ctx: SheetsContext, cell: Cell | undefined): unknown {
  if (cell === undefined) return '';
  if (cell.value instanceof DateSerial) {
    return ctx.makeDate(instantFromSerial(cell.value.serial, ctx.workbook.timeZone));
  }
  return cell.value;
}

export function displayText(value: StoredValue): string {
  if (value instanceof DateSerial) {
    const wall = new Date(Math.round((value.serial - SHEETS_EPOCH_OFFSET_DAYS) * MS_PER_DAY));
    const dd = String(wall.getUTCDate()).padStart(2, '0');
    const mm = String(wall.getUTCMonth() + 1).padStart(2, '0');
    return `${dd}/${mm}/${wall.getUTCFullYear()}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export function displayValue(cell: Cell | undefined): string {
  return cell === undefined ? '' : displayText(cell.value);
}
