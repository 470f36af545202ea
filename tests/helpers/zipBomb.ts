import { constants, deflateRawSync } from 'node:zlib';

/**
 * A small ZIP whose one entry inflates to `gigabytes` GB of zeros, named like an XLSX sheet.
 * Built without inflating anything: one 1 MiB deflate block of zeros (≈ 1 KB, byte-aligned by a
 * sync flush, not final) repeated, then an empty final block. `declared` lets a test lie about
 * the entry's uncompressed size (a bomb that hides behind a small declared size).
 */
export function zipBomb(gigabytes = 2, declared?: number): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(1 << 20), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const repeats = Math.round(gigabytes * 1024);
  const data = Buffer.concat([...Array.from({ length: repeats }, () => chunk), Buffer.from([0x03, 0x00])]);
  const size = declared ?? Math.min(0xfffffffe, repeats * (1 << 20));
  return zipOf('xl/worksheets/sheet1.xml', data, size);
}

/** A one-entry ZIP (deflate) around already-compressed data; the CRC is not checked by the guard. */
export function zipOf(name: string, deflated: Buffer, uncompressed: number): Buffer {
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(uncompressed, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(uncompressed, 24);
  central.writeUInt16LE(n.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + n.length + deflated.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(central.length + n.length, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, n, deflated, central, n, eocd]);
}
