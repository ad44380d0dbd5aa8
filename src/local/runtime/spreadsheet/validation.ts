/**
 * List data validation (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder):
 * the builder, the rule a range reports, and the check a write goes through. With
 * setAllowInvalid(false) "input that fails validation is rejected"
 * (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean)),
 * and a script's write is input like any other: it throws, and nothing of the write is kept.
 */
import type { Emulates } from '../emulates';
import { VALIDATION_REJECTED } from './errors';
import type { Cell, DataValidationRule } from './model';
import { displayText } from './read';

/** Throws Google's message when `written` breaks the cell's rule; "" (clearing) always passes. */
export function checkValidation(
  cell: Cell | undefined,
  written: Pick<Cell, 'value' | 'formula'>,
  a1: string,
): void {
  const rule = cell?.validation;
  if (rule === undefined || rule.allowInvalid) return;
  if (written.formula === undefined && written.value === '') return;
  // The list is compared with the text the cell shows, exactly (case and accents count).
  if (!rule.values.includes(displayText(written.value))) throw new Error(VALIDATION_REJECTED(a1));
}

export function validationFacade(rule: DataValidationRule) {
  const facade = {
    getCriteriaType: () => 'VALUE_IN_LIST',
    getCriteriaValues: () => [[...rule.values], true],
    getAllowInvalid: () => rule.allowInvalid,
  };
  const _shape: Emulates<
    GoogleAppsScript.Spreadsheet.DataValidation,
    'getCriteriaValues' | 'getAllowInvalid'
  > = facade;
  return facade;
}

export function newDataValidation() {
  const state: DataValidationRule = { kind: 'list', values: [], allowInvalid: true };
  const builder = {
    requireValueInList: (values: string[], _showDropdown?: boolean) => {
      state.values = values.map(String);
      return builder;
    },
    setAllowInvalid: (allow: boolean) => {
      state.allowInvalid = allow;
      return builder;
    },
    setHelpText: (_text: string) => builder,
    getAllowInvalid: () => state.allowInvalid,
    build: () => ({ __rule: { ...state, values: [...state.values] } }),
  };
  const _shape: Emulates<
    GoogleAppsScript.Spreadsheet.DataValidationBuilder,
    'requireValueInList' | 'setAllowInvalid' | 'setHelpText' | 'getAllowInvalid' | 'build'
  > = builder;
  return builder;
}
