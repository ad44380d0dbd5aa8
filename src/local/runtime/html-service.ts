/** HtmlService, offline: serves build/Sidebar.html. Sources inline. */
import type { Facade } from './facade-types';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallMeter } from './meter';

export function createHtmlService(buildDir: string, meter: CallMeter) {
  const output = (html: string) => {
    let title = '';
    const facade = {
      getContent: () => html,
      setTitle: (t: string) => {
        title = t;
        return facade;
      },
      getTitle: () => title,
      setWidth: () => facade,
      setHeight: () => facade,
      setSandboxMode: () => facade,
      setXFrameOptionsMode: () => facade,
      addMetaTag: () => facade,
    };
    return facade satisfies Facade<
      GoogleAppsScript.HTML.HtmlOutput,
      | 'getContent'
      | 'setTitle'
      | 'getTitle'
      | 'setWidth'
      | 'setHeight'
      | 'setSandboxMode'
      | 'setXFrameOptionsMode'
      | 'addMetaTag'
    >;
  };
  return {
    createHtmlOutputFromFile: (name: string) => {
      meter.record('HtmlService.createHtmlOutputFromFile');
      const path = join(buildDir, name.endsWith('.html') ? name : `${name}.html`);
      if (!existsSync(path)) throw new Error(`No HTML file named ${name} was found.`);
      return output(readFileSync(path, 'utf8'));
    },
    createHtmlOutput: (html = '') => {
      meter.record('HtmlService.createHtmlOutput');
      return output(html);
    },
    SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
  } satisfies Facade<
    GoogleAppsScript.HTML.HtmlService,
    'createHtmlOutputFromFile' | 'createHtmlOutput'
  > &
    Record<string, unknown>;
}
