/**
 * ZIP archives, as Utilities.zip makes them and as a reader opens them: one entry per blob,
 * deflated, names in UTF-8. Format: PKWARE's APPNOTE.TXT (https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT),
 * sections 4.3.7 (local file header), 4.3.12 (central directory header), 4.3.16 (end of central
 * directory record), 4.4.4 bit 11 (names in UTF-8), 4.4.6 (MS-DOS date and time).
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const VERSION = 20;

/** The MS-DOS time and date of an instant (its UTC fields: the format carries no zone). */
function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.max(1980, at.getUTCFullYear());
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

interface Packed {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer;
  offset: number;
}

function header(signature: number, entry: Packed, stamp: { time: number; date: number }) {
  const central = signature === CENTRAL_HEADER;
  const head = Buffer.alloc(central ? 46 : 30);
  let at = head.writeUInt32LE(signature, 0);
  if (central) at = head.writeUInt16LE(VERSION, at);
  at = head.writeUInt16LE(VERSION, at);
  at = head.writeUInt16LE(UTF8_NAMES, at);
  at = head.writeUInt16LE(DEFLATE, at);
  at = head.writeUInt16LE(stamp.time, at);
  at = head.writeUInt16LE(stamp.date, at);
  at = head.writeUInt32LE(entry.crc, at);
  at = head.writeUInt32LE(entry.data.length, at);
  at = head.writeUInt32LE(entry.size, at);
  head.writeUInt16LE(entry.name.length, at);
  // Extra field length (0); in the central header also comment, disk, attributes: all 0.
  if (central) head.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([head, entry.name]);
}

/** The bytes of a ZIP archive holding the entries, in their order, dated `at`. */
export function writeZip(entries: readonly ZipEntry[], at: Date): Uint8Array {
  const stamp = dosDateTime(at);
  const parts: Buffer[] = [];
  const packed: Packed[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = deflateRawSync(entry.bytes);
    const item: Packed = {
      name: Buffer.from(entry.name, 'utf8'),
      crc: crc32(entry.bytes),
      size: entry.bytes.length,
      data,
      offset,
    };
    const local = header(LOCAL_HEADER, item, stamp);
    parts.push(local, data);
    packed.push(item);
    offset += local.length + data.length;
  }
  const directory = Buffer.concat(packed.map((item) => header(CENTRAL_HEADER, item, stamp)));
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(packed.length, 8);
  end.writeUInt16LE(packed.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
}

/** The entries of a ZIP archive, read from its central directory; throws on anything else. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const buffer = Buffer.from(bytes);
  const endAt = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('Not a ZIP archive: no end of central directory record.');
  const count = buffer.readUInt16LE(endAt + 10);
  let at = buffer.readUInt32LE(endAt + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (buffer.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error('Broken central directory.');
    const method = buffer.readUInt16LE(at + 10);
    const compressed = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const skip = nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(dataAt, dataAt + compressed);
    entries.push({ name, bytes: new Uint8Array(method === DEFLATE ? inflateRawSync(data) : data) });
    at += 46 + skip;
  }
  return entries;
}
