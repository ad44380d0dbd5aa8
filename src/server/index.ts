/**
 * The whole public surface of the Apps Script project: every export becomes a top-level
 * function in build/Code.js (menus, triggers and google.script.run call them by name), and the
 * sidebar's typed client is derived from `typeof` this module.
 */
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
  setAutomaticSending,
  getAutomaticSending,
  createLetterTemplates,
} from './entry/jobs';
export {
  getSidebarState,
  saveSetup,
  getToday,
  sendActions,
  postponeAction,
  ignoreAction,
  confirmVerified,
  getClient,
  showRow,
  showDashboard,
  listClients,
  recordClientEvent,
  getSettingsForm,
  saveSettingsForm,
  previewTemplate,
  getPlaceholders,
  getDefaultTexts,
} from './entry/sidebar';
export { runSelfTest } from './entry/self-test';
