// Reads a PDF the way a recipient sees it, with poppler-utils (pdfinfo, pdftotext, pdftoppm):
// page count and sizes, text per page, and a page rendered to PNG.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function withFile<T>(bytes: Uint8Array, f: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  try {
    const path = join(dir, 'doc.pdf');
    writeFileSync(path, bytes);
    return f(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Width and height in points of every page. */
export function pdfPageSizes(bytes: Uint8Array): { width: number; height: number }[] {
  return withFile(bytes, (path) => {
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', path], { encoding: 'utf8' });
    return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  });
}

/** The text of each page (pdftotext splits pages with a form feed). */
export function pdfPageTexts(bytes: Uint8Array): string[] {
  return withFile(bytes, (path) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1));
}

/** Page `page` (1-based) as a PNG at `dpi`. */
export function pdfPagePng(bytes: Uint8Array, page: number, dpi = 40): Buffer {
  return withFile(bytes, (path, dir) => {
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', String(page), '-l', String(page), '-singlefile', path, join(dir, 'page')]);
    return readFileSync(join(dir, 'page.png'));
  });
}
