/**
 * Windows-1252: the encoding of older French exports (Excel's « CSV (séparateur : point-virgule) »)
 * and of the PDF standard fonts (WinAnsiEncoding). It is Latin-1 but for bytes 0x80–0x9F, where it
 * has €, curly quotes, dashes, œ and Œ. Node's TextDecoder('windows-1252') decodes those bytes as
 * Latin-1 control characters since 20.18.3 (https://github.com/nodejs/node/issues/60888,
 * https://github.com/nodejs/node/issues/56542), so the 32 characters are listed here.
 */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (ch) => HIGH[ch.charCodeAt(0) - 0x80] ?? ch);
}

/** Every character Windows-1252 can write but its control codes (the five unassigned bytes). */
const PRINTABLE_HIGH = HIGH.replace(/[\u0080-\u009f]/g, '');

/** One character outside Windows-1252's printable characters. */
export const NOT_WINDOWS_1252 = new RegExp(
  `[^\\n\\u0020-\\u007e\\u00a0-\\u00ff${PRINTABLE_HIGH}]`,
  'gu',
);
