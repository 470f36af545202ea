import { inflateRawSync } from 'node:zlib';
import { invalid } from '../domain/shared/domainError';

/**
 * Guard for uploaded ZIP containers (XLSX, DOCX) BEFORE a library inflates them: exceljs/JSZip
 * inflate every entry fully in memory, so a few-kilobyte "zip bomb" renamed .xlsx would take
 * gigabytes. Every importer of an uploaded XLSX must call assertSafeZip first.
 */
export interface ZipLimits {
  /** Sum of the entries' uncompressed sizes. */
  maxTotalBytes: number;
  maxEntries: number;
  /** Uncompressed / compressed, checked for entries larger than ratioFloorBytes. */
  maxRatio: number;
  ratioFloorBytes: number;
}

// A 100,000-row register is ≈ 30 MB of sheet XML; XML compresses ≈ 10–30:1 in practice.
export const defaultZipLimits: ZipLimits = { maxTotalBytes: 100 * 1024 * 1024, maxEntries: 2000, maxRatio: 200, ratioFloorBytes: 1024 * 1024 };

const unreadable = () => invalid('unreadable_file', { zh: '文件不是有效的 XLSX（ZIP）', en: 'The file is not a valid XLSX (ZIP) file' }, 'file');
const bomb = (why: string) =>
  invalid('zip_bomb', { zh: `压缩文件解压后过大或压缩比异常（${why}）`, en: `The compressed file inflates too much (${why})` }, 'file');

interface Entry {
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

function centralDirectory(buf: Buffer): Entry[] {
  // End of central directory: signature 0x06054b50, within the last 65,557 bytes (APPNOTE 4.3.16).
  const floor = Math.max(0, buf.length - 65557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= floor; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unreadable();
  const count = buf.readUInt16LE(eocd + 10);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw bomb('ZIP64');
  const entries: Entry[] = [];
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw unreadable();
    const entry = {
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      uncompressed: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    };
    if (entry.compressed === 0xffffffff || entry.uncompressed === 0xffffffff) throw bomb('ZIP64');
    entries.push(entry);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/** Throws a 400 (`zip_bomb` / `unreadable_file`) unless the archive is within `limits`. */
export function assertSafeZip(bytes: Uint8Array, limits: ZipLimits = defaultZipLimits): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 22) throw unreadable();
  const entries = centralDirectory(buf);
  if (entries.length > limits.maxEntries) throw bomb(`${entries.length} entries`);
  let total = 0;
  for (const e of entries) {
    total += e.uncompressed;
    if (total > limits.maxTotalBytes) throw bomb(`> ${limits.maxTotalBytes} bytes`);
    if (e.uncompressed > limits.ratioFloorBytes && e.uncompressed / Math.max(1, e.compressed) > limits.maxRatio) throw bomb('ratio');
  }
  // The declared sizes may lie: inflate each entry with its declared size as a hard cap, so the
  // check costs at most maxTotalBytes of output and a liar is refused, never inflated to the end.
  for (const e of entries) {
    const p = e.localOffset;
    if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) throw unreadable();
    const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
    const data = buf.subarray(start, start + e.compressed);
    if (e.method === 0) {
      if (e.compressed !== e.uncompressed) throw bomb('stored size');
      continue;
    }
    if (e.method !== 8) throw unreadable();
    let out: Buffer;
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressed) });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw bomb('size mismatch');
      throw unreadable();
    }
    if (out.length !== e.uncompressed) throw bomb('size mismatch');
  }
}
