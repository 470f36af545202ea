import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * The checksum file beside a backup: `FILE.sha256` in sha256sum's format ("<hex>  <name>"), so an
 * operator can also check it with `sha256sum -c FILE.sha256`. It proves the file is the one the
 * backup wrote (not truncated by a full disk, not altered in transit); it is not a signature.
 */
export function checksumPath(file: string): string {
  return `${file}.sha256`;
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function writeChecksum(file: string): Promise<string> {
  const hex = await sha256OfFile(file);
  writeFileSync(checksumPath(file), `${hex}  ${basename(file)}\n`);
  return hex;
}

/** Throws unless FILE.sha256 exists and names the file's current SHA-256. */
export async function verifyChecksum(file: string): Promise<void> {
  const sumFile = checksumPath(file);
  if (!existsSync(file)) throw new Error(`备份文件不存在 / backup file not found: ${file}`);
  if (!existsSync(sumFile)) throw new Error(`缺少校验文件 / checksum file missing: ${sumFile}`);
  const expected = readFileSync(sumFile, 'utf8').trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const actual = await sha256OfFile(file);
  if (expected !== actual) {
    throw new Error(`校验和不符，拒绝恢复 / checksum mismatch, restore refused: ${file} is ${actual}, ${sumFile} says ${expected}`);
  }
}
