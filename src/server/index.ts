/**
 * The whole public surface of the Apps Script project: every export becomes a top-level
 * function in build/Code.js (menus, triggers and google.script.run call them by name), and the
 * sidebar's typed client is derived from `typeof` this module. The functions that take
 * arguments from outside read them here first, so that a wrong value gets one French sentence.
 */
import { CLIENT_TYPE_IDS_READ } from '../core/model';
import { STEP_IDS_READ } from '../core/steps';
import {
  bool,
  finiteNumber,
  integer,
  listOf,
  oneOf,
  optional,
  plainObject,
  record,
  text,
  textList,
  withArguments,
} from '../core/plan/entry-arguments';
import * as jobs from './entry/jobs';
import * as sidebar from './entry/sidebar';

export {
  onOpen,
  onInstall,
  showSidebar,
  showSettings,
  showHelp,
  menuReauthorize,
} from './entry/ui';
export {
  runNightly,
  continueRun,
  runPreview,
  detectInvoiceSheet,
  menuRunNow,
  menuPreview,
  menuEnableAutomatic,
  menuDisableAutomatic,
  menuCreateLetterTemplates,
  getAutomaticSending,
  createLetterTemplates,
} from './entry/jobs';
export {
  getSidebarState,
  getToday,
  showDashboard,
  listClients,
  getSettingsForm,
  getPlaceholders,
  getDefaultTexts,
  getPickerConfig,
} from './entry/sidebar';
export { runSelfTest } from './entry/self-test';

const LANGUAGES = ['fr', 'en'] as const;
/** A sheet has at most 10 million cells, so no row number is beyond that. */
const MAX_ROW = 10_000_000;

export const setAutomaticSending = withArguments(
  'setAutomaticSending',
  [bool],
  jobs.setAutomaticSending,
);

export const saveSetup = withArguments(
  'saveSetup',
  [
    record({
      firm: plainObject,
      invoiceSheet: text,
      columnOverrides: plainObject,
      hour: integer(0, 23),
      mode: oneOf(['send', 'preview'] as const),
      alsaceMoselle: bool,
    }),
  ],
  sidebar.saveSetup,
);

export const sendActions = withArguments('sendActions', [textList], sidebar.sendActions);
export const postponeAction = withArguments(
  'postponeAction',
  [text, integer(1, 365)],
  sidebar.postponeAction,
);
export const ignoreAction = withArguments('ignoreAction', [text], sidebar.ignoreAction);
export const confirmVerified = withArguments(
  'confirmVerified',
  [text, bool],
  sidebar.confirmVerified,
);
export const showRow = withArguments('showRow', [integer(1, MAX_ROW)], sidebar.showRow);
export const getClient = withArguments('getClient', [text], sidebar.getClient);
export const prepareDossier = withArguments('prepareDossier', [text], sidebar.prepareDossier);
export const attachInvoiceFile = withArguments(
  'attachInvoiceFile',
  [text, text],
  sidebar.attachInvoiceFile,
);
export const confirmEcbRate = withArguments('confirmEcbRate', [text], sidebar.confirmEcbRate);

export const recordClientEvent = withArguments(
  'recordClientEvent',
  [
    record({
      clientKey: text,
      type: text,
      invoices: textList,
      amountCents: optional(finiteNumber),
      date: optional(text),
      detail: optional(text),
      instalments: optional(listOf(record({ date: text, amountCents: finiteNumber }))),
      writing: optional(text),
      confirm: optional(bool),
      requestId: optional(text),
    }),
  ],
  sidebar.recordClientEvent,
);

export const setClientType = withArguments(
  'setClientType',
  [text, oneOf(CLIENT_TYPE_IDS_READ)],
  sidebar.setClientType,
);

export const saveSettingsForm = withArguments(
  'saveSettingsForm',
  [plainObject],
  sidebar.saveSettingsForm,
);
export const previewTemplate = withArguments(
  'previewTemplate',
  [oneOf(STEP_IDS_READ), oneOf(LANGUAGES), text, text],
  sidebar.previewTemplate,
);
