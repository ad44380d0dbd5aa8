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
import { inInterfaceLanguage } from './entry/interface-language';

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
export const getSidebarState = inInterfaceLanguage(sidebar.getSidebarState);
export const getToday = inInterfaceLanguage(sidebar.getToday);
export const showDashboard = inInterfaceLanguage(sidebar.showDashboard);
export const listClients = inInterfaceLanguage(sidebar.listClients);
export const getSettingsForm = inInterfaceLanguage(sidebar.getSettingsForm);
export const getPlaceholders = inInterfaceLanguage(sidebar.getPlaceholders);
export const getDefaultTexts = inInterfaceLanguage(sidebar.getDefaultTexts);
export const getPickerConfig = inInterfaceLanguage(sidebar.getPickerConfig);
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
  inInterfaceLanguage(sidebar.saveSetup),
);

export const sendActions = withArguments(
  'sendActions',
  [textList],
  inInterfaceLanguage(sidebar.sendActions),
);
export const postponeAction = withArguments(
  'postponeAction',
  [text, integer(1, 365)],
  inInterfaceLanguage(sidebar.postponeAction),
);
export const ignoreAction = withArguments(
  'ignoreAction',
  [text],
  inInterfaceLanguage(sidebar.ignoreAction),
);
export const confirmVerified = withArguments(
  'confirmVerified',
  [text, bool],
  inInterfaceLanguage(sidebar.confirmVerified),
);
export const showRow = withArguments(
  'showRow',
  [integer(1, MAX_ROW)],
  inInterfaceLanguage(sidebar.showRow),
);
export const getClient = withArguments('getClient', [text], inInterfaceLanguage(sidebar.getClient));
export const prepareDossier = withArguments(
  'prepareDossier',
  [text],
  inInterfaceLanguage(sidebar.prepareDossier),
);
export const attachInvoiceFile = withArguments(
  'attachInvoiceFile',
  [text, text],
  inInterfaceLanguage(sidebar.attachInvoiceFile),
);
export const confirmEcbRate = withArguments(
  'confirmEcbRate',
  [text],
  inInterfaceLanguage(sidebar.confirmEcbRate),
);

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
  inInterfaceLanguage(sidebar.recordClientEvent),
);

export const setClientType = withArguments(
  'setClientType',
  [text, oneOf(CLIENT_TYPE_IDS_READ)],
  inInterfaceLanguage(sidebar.setClientType),
);

export const saveSettingsForm = withArguments(
  'saveSettingsForm',
  [plainObject],
  inInterfaceLanguage(sidebar.saveSettingsForm),
);
export const previewTemplate = withArguments(
  'previewTemplate',
  [oneOf(STEP_IDS_READ), oneOf(LANGUAGES), text, text],
  inInterfaceLanguage(sidebar.previewTemplate),
);
