/**
 * The keys that say two texts name one thing: a header or a word whatever its accents and
 * punctuation (normalizeKey), an invoice number (invoiceKey, and keyText for the number kept and
 * printed), a client (clientNameKey, clientKeyOf). A key is compared, never shown.
 */
/** Lower case, accents stripped, punctuation and spaces collapsed: "N° Facture" → "n facture". */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * What a user typed as an invoice number or a client name, as Relance keeps and prints it: Unicode
 * NFC, so that « É » typed as one character or as E and a combining accent are one text; outer
 * spaces dropped. NFC changes how a character is encoded, never what it shows: « № 12 » and
 * « ＦＡ００１ » print as typed. Two numbers are compared on invoiceKey.
 */
export function keyText(text: string): string {
  return text.normalize('NFC').trim();
}

/**
 * The form in which two invoice numbers are compared (the invoice tab's rows with each other, the
 * Journal's with the tab's), never printed: Unicode NFKC, so that a number retyped in full-width
 * characters (« ＦＡ００１ ») or with a compatibility sign is the same invoice; outer spaces
 * dropped. Case and inner spaces are kept: « F-1a » and « F-1A » stay apart.
 */
export function invoiceKey(number: string): string {
  return number.normalize('NFKC').trim();
}

/**
 * The key that says which rows are one client (README, « Clients »): Unicode-normalised (NFKC, so that
 * full-width and compatibility forms fold), lower-cased, accents dropped on Latin letters only
 * (« Hôtel » is « Hotel », but « й » stays apart from « и »), every run of signs and spaces made
 * one space. Letters of any script are kept, never stripped: two distinct names never share a
 * key. A name made only of signs keeps its signs.
 */
export function clientNameKey(name: string): string {
  const folded = name
    .normalize('NFKC')
    .trim()
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
  const words = folded.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
  return words !== '' ? words : folded.replace(/\s+/g, ' ').trim();
}

/**
 * The client of a row: its explicit client id when the sheet has one (« Code client »), which
 * is the only way two spellings of a name become one client; else its name's key.
 */
export function clientKeyOf(name: string, clientId = ''): string {
  const id = clientNameKey(clientId);
  return id === '' ? `nom:${clientNameKey(name)}` : `id:${id}`;
}
