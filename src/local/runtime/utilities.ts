/** Utilities, offline: formatDate/parseDate with Java patterns, and Blob. Sources inline. */
import type { Facade } from './facade-types';
import type { CallMeter } from './meter';
import type { Emulates } from './emulates';
import { writeZip } from './zip';

/* ------------------------------------------------------------------ Utilities */

const JAVA_PATTERN = /'([^']*)'|y+|M+|d+|H+|h+|m+|s+|S+|E+|a|Z+|X+|z+|u/g;
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function wallClock(ms: number, timeZone: string) {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    }).formatToParts(new Date(ms));
  } catch {
    throw new Error(`Invalid argument: timeZone (${timeZone})`);
  }
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  const year = Number(get('year'));
  const month = Number(get('month'));
  const day = Number(get('day'));
  const hour = Number(get('hour'));
  const minute = Number(get('minute'));
  const second = Number(get('second'));
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetMinutes = Math.round((wallMs - Math.floor(ms / 1000) * 1000) / 60000);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    millis: ((ms % 1000) + 1000) % 1000,
    weekday: new Date(wallMs).getUTCDay(),
    offsetMinutes,
  };
}

/**
 * Utilities.formatDate(date, timeZone, format): format is a Java SimpleDateFormat pattern
 * (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const w = wallClock(date.getTime(), timeZone);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const offset = (colon: boolean) => {
    const sign = w.offsetMinutes < 0 ? '-' : '+';
    const abs = Math.abs(w.offsetMinutes);
    return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
  };
  return pattern.replace(JAVA_PATTERN, (token, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted === '' ? "'" : quoted;
    const n = token.length;
    switch (token[0]) {
      case 'y':
        return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
      case 'M':
        return n >= 4
          ? (MONTHS_EN[w.month - 1] ?? '')
          : n === 3
            ? (MONTHS_EN[w.month - 1] ?? '').slice(0, 3)
            : pad(w.month, n);
      case 'd':
        return pad(w.day, n);
      case 'H':
        return pad(w.hour, n);
      case 'h':
        return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
      case 'm':
        return pad(w.minute, n);
      case 's':
        return pad(w.second, n);
      case 'S':
        return pad(w.millis, n);
      case 'E':
        return n >= 4 ? (DAYS_EN[w.weekday] ?? '') : (DAYS_EN[w.weekday] ?? '').slice(0, 3);
      case 'u':
        return String(w.weekday === 0 ? 7 : w.weekday);
      case 'a':
        return w.hour < 12 ? 'AM' : 'PM';
      case 'Z':
        return offset(false);
      case 'X':
        return w.offsetMinutes === 0 ? 'Z' : offset(n >= 3);
      case 'z':
        return timeZone;
      default:
        return token;
    }
  });
}

/** Utilities.parseDate(date, timeZone, format) for the numeric patterns Relance uses. */
export function parseDate(text: string, timeZone: string, pattern: string): Date {
  const fields: string[] = [];
  const regex = new RegExp(
    `^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/yyyy|MM|dd|HH|mm|ss/g, (token) => {
      fields.push(token);
      return token === 'yyyy' ? '(\\d{4})' : '(\\d{1,2})';
    })}$`,
  );
  const match = regex.exec(text.trim());
  if (!match) throw new Error(`Unparseable date: "${text}"`);
  const value = (token: string, fallback: number) => {
    const index = fields.indexOf(token);
    return index < 0 ? fallback : Number(match[index + 1]);
  };
  const guess = Date.UTC(
    value('yyyy', 1970),
    value('MM', 1) - 1,
    value('dd', 1),
    value('HH', 0),
    value('mm', 0),
    value('ss', 0),
  );
  const first = guess - wallClock(guess, timeZone).offsetMinutes * 60000;
  return new Date(guess - wallClock(first, timeZone).offsetMinutes * 60000);
}

/**
 * Blob (https://developers.google.com/apps-script/reference/base/blob). getContentType and
 * getName answer null when unknown, as documented, where Google's types say string: not compared.
 */
export class Blob implements Emulates<
  GoogleAppsScript.Base.Blob,
  'getBytes' | 'getDataAsString' | 'setContentType' | 'setName' | 'getBlob' | 'copyBlob'
> {
  constructor(
    private bytes: Uint8Array,
    private contentType: string | null,
    private name: string | null,
  ) {}
  getBytes(): number[] {
    return Array.from(this.bytes);
  }
  getRawBytes(): Uint8Array {
    return this.bytes;
  }
  getDataAsString(): string {
    return Buffer.from(this.bytes).toString('utf8');
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(type: string | null): Blob {
    this.contentType = type;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): Blob {
    this.name = name;
    return this;
  }
  getBlob(): Blob {
    return this;
  }
  copyBlob(): Blob {
    return new Blob(new Uint8Array(this.bytes), this.contentType, this.name);
  }
}

/**
 * Utilities.zip(blobs, name): "a new Blob object that is a zip file containing the data from the
 * Blobs passed in", of type application/zip
 * (https://developers.google.com/apps-script/reference/utilities/utilities#zip(BlobSource,String)).
 * Each blob becomes an entry under its own name. Apps Script's zip is Java's ZipOutputStream,
 * which refuses an entry without a name and a second entry of the same name ("duplicate entry",
 * https://docs.oracle.com/javase/8/docs/api/java/util/zip/ZipOutputStream.html#putNextEntry-java.util.zip.ZipEntry-):
 * so does this one, rather than write an archive Google would not. The reference gives no name
 * to an archive made without one: it stays null here.
 */
export function zipBlobs(
  sources: readonly GoogleAppsScript.Base.BlobSource[],
  name: string | undefined,
  at: Date,
): Blob {
  const seen = new Set<string>();
  const entries = sources.map((source) => {
    const blob = source.getBlob() as unknown as Blob;
    const entryName = blob.getName();
    if (entryName === null || entryName === '')
      throw new Error('Invalid argument: blobs (a blob without a name cannot go in a zip).');
    if (seen.has(entryName)) throw new Error(`duplicate entry: ${entryName}`);
    seen.add(entryName);
    return { name: entryName, bytes: blob.getRawBytes() };
  });
  return new Blob(writeZip(entries, at), 'application/zip', name ?? null);
}

export function createUtilities(
  meter: CallMeter,
  options: { makeDate: (ms: number) => Date; uuid: () => string; now?: () => number },
) {
  return {
    zip: (blobs: GoogleAppsScript.Base.BlobSource[], name?: string) => {
      meter.record('Utilities.zip');
      return zipBlobs(blobs, name, new Date(options.now?.() ?? 0));
    },
    // Google's typings model the script's Date as GoogleAppsScript.Base.Date; it is a JS Date.
    formatDate: (date: GoogleAppsScript.Base.Date, timeZone: string, format: string) => {
      meter.record('Utilities.formatDate');
      return formatDate(date as unknown as Date, timeZone, format);
    },
    parseDate: (text: string, timeZone: string, format: string) => {
      meter.record('Utilities.parseDate');
      return options.makeDate(parseDate(text, timeZone, format).getTime());
    },
    newBlob: (data: string | number[] | Uint8Array, contentType?: string, name?: string) => {
      meter.record('Utilities.newBlob');
      const bytes =
        typeof data === 'string'
          ? new TextEncoder().encode(data)
          : ArrayBuffer.isView(data)
            ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice()
            : Uint8Array.from(data as ArrayLike<number>);
      return new Blob(bytes, contentType ?? null, name ?? null);
    },
    sleep: (ms: number) => {
      meter.record('Utilities.sleep');
      meter.advance(ms);
    },
    getUuid: () => options.uuid(),
    base64Encode: (data: string | number[]) =>
      Buffer.from(
        typeof data === 'string' ? Buffer.from(data, 'utf8') : Uint8Array.from(data),
      ).toString('base64'),
    base64Decode: (text: string) => Array.from(Buffer.from(text, 'base64')),
  } satisfies Facade<
    GoogleAppsScript.Utilities.Utilities,
    | 'formatDate'
    | 'parseDate'
    | 'newBlob'
    | 'sleep'
    | 'getUuid'
    | 'base64Encode'
    | 'base64Decode'
    | 'zip'
  >;
}
