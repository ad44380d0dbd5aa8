/**
 * Names Relance gives to Drive files and folders (letters, client folders). A client name is free
 * text typed by the user; these names also become file names on the user's computer when a
 * folder is downloaded, where a name past 255 bytes, or holding `/ \ : * ? " < > |`, fails. So
 * they are cleaned and shortened here, in one place.
 */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f/\\:*?"<>|]+/g;

/** Bytes in UTF-8 of the cleaned part: leaves room for a date, a step and ".pdf" under 255. */
export const MAX_FILE_NAME_BYTES = 120;

/** UTF-8 length computed by hand: Apps Script has no TextEncoder. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The longest prefix of `text`, whole characters only, that fits in `maxBytes` with an ellipsis. */
function shorten(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let kept = '';
  let bytes = utf8Length('…');
  for (const character of text) {
    bytes += utf8Length(character);
    if (bytes > maxBytes) break;
    kept += character;
  }
  return `${kept.trimEnd()}…`;
}

export function safeFileName(text: string, maxBytes = MAX_FILE_NAME_BYTES): string {
  const cleaned = text.normalize('NFC').replace(UNSAFE, '-').replace(/\s+/g, ' ').trim();
  const name = shorten(cleaned, maxBytes).replace(/^[. ]+|[. ]+$/g, '');
  return name === '' ? 'document' : name;
}
