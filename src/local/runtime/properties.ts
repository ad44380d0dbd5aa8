/** PropertiesService, offline: the documented quotas on value and store sizes. Sources inline. */
import type { Facade } from './facade-types';
import type { CallMeter } from './meter';

/* ------------------------------------------------------------------ PropertiesService */

/**
 * Quotas for Google Services (https://developers.google.com/apps-script/guides/services/quotas):
 * "Properties value size 9 KB / val", "Properties total storage 500 KB / property store".
 * The page does not quote the errors; these are the messages Apps Script throws.
 */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;
export const PROPERTY_VALUE_TOO_LARGE = 'Argument too large: value';
export const PROPERTY_STORE_FULL =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

export interface PropertyStores {
  document: Record<string, string>;
  script: Record<string, string>;
  user: Record<string, string>;
}

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function storeBytes(store: Record<string, string>): number {
  let total = 0;
  for (const [key, value] of Object.entries(store)) total += utf8Bytes(key) + utf8Bytes(value);
  return total;
}

/** Stores `next` in place of the store, unless a value or the whole store passes its quota. */
function replaceStore(
  stores: PropertyStores,
  name: keyof PropertyStores,
  next: Record<string, string>,
): void {
  for (const value of Object.values(next)) {
    if (utf8Bytes(value) > PROPERTY_VALUE_LIMIT_BYTES) throw new Error(PROPERTY_VALUE_TOO_LARGE);
  }
  if (storeBytes(next) > PROPERTY_STORE_LIMIT_BYTES) throw new Error(PROPERTY_STORE_FULL);
  stores[name] = next;
}

/** One property store, https://developers.google.com/apps-script/reference/properties/properties. */
function propertiesFacade(stores: PropertyStores, name: keyof PropertyStores, meter: CallMeter) {
  const record = (method: string) => meter.record(`PropertiesService.Properties.${method}`);
  const facade = {
    getProperty: (key: string) => {
      record('getProperty');
      return stores[name][key] ?? null;
    },
    getProperties: () => {
      record('getProperties');
      return { ...stores[name] };
    },
    getKeys: () => {
      record('getKeys');
      return Object.keys(stores[name]);
    },
    setProperty: (key: string, value: unknown) => {
      record('setProperty');
      replaceStore(stores, name, { ...stores[name], [key]: String(value) });
      return facade;
    },
    setProperties: (props: Record<string, unknown>, deleteAllOthers = false) => {
      record('setProperties');
      const base = deleteAllOthers ? {} : { ...stores[name] };
      for (const [key, value] of Object.entries(props)) base[key] = String(value);
      replaceStore(stores, name, base);
      return facade;
    },
    deleteProperty: (key: string) => {
      record('deleteProperty');
      const next = { ...stores[name] };
      delete next[key];
      stores[name] = next;
      return facade;
    },
    deleteAllProperties: () => {
      record('deleteAllProperties');
      stores[name] = {};
      return facade;
    },
  };
  return facade satisfies Facade<
    GoogleAppsScript.Properties.Properties,
    | 'getProperty'
    | 'getProperties'
    | 'getKeys'
    | 'setProperty'
    | 'setProperties'
    | 'deleteProperty'
    | 'deleteAllProperties'
  >;
}

export function createPropertiesService(stores: PropertyStores, meter: CallMeter) {
  return {
    getDocumentProperties: () => {
      meter.record('PropertiesService.getDocumentProperties');
      return propertiesFacade(stores, 'document', meter);
    },
    getScriptProperties: () => {
      meter.record('PropertiesService.getScriptProperties');
      return propertiesFacade(stores, 'script', meter);
    },
    getUserProperties: () => {
      meter.record('PropertiesService.getUserProperties');
      return propertiesFacade(stores, 'user', meter);
    },
  } satisfies Facade<
    GoogleAppsScript.Properties.PropertiesService,
    'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
  >;
}
