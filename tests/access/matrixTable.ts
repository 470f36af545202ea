import { readFileSync } from 'node:fs';
import { principals, type Principal } from '../helpers/accessFixtures';

export interface MatrixRow {
  line: number;
  method: string;
  /** Path with placeholders, e.g. `/api/gas/hazards/{hazard@630222}`. */
  path: string;
  /** '-' (none), inline JSON, or `@template`. */
  body: string;
  object: string;
  expected: Record<Principal, number[]>;
}

const cellOf = (s: string) => s.trim().replace(/^`|`$/g, '').replace(/\\\|/g, '|');

/** Parses tests/access/access-matrix.md; throws on a malformed row so the table cannot rot silently. */
export function readMatrix(file = new URL('./access-matrix.md', import.meta.url)): MatrixRow[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines.findIndex((l) => l.startsWith('| method |'));
  if (header < 0) throw new Error('access-matrix.md: no table header');
  const cols = lines[header]!.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
  const want = ['method', 'path', 'body', 'object', ...principals];
  if (cols.join() !== want.join()) throw new Error(`access-matrix.md: columns must be ${want.join(', ')}`);
  const rows: MatrixRow[] = [];
  for (let i = header + 2; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.startsWith('|')) break;
    const cells = l.split(/(?<!\\)\|/).slice(1, -1).map(cellOf);
    if (cells.length !== want.length) throw new Error(`access-matrix.md line ${i + 1}: ${cells.length} cells, want ${want.length}`);
    const expected = {} as Record<Principal, number[]>;
    principals.forEach((p, k) => {
      const codes = cells[4 + k]!.split('/').map(Number);
      if (codes.some((n) => !Number.isInteger(n) || n < 100 || n > 599)) throw new Error(`access-matrix.md line ${i + 1}: bad status for ${p}`);
      expected[p] = codes;
    });
    rows.push({ line: i + 1, method: cells[0]!, path: cells[1]!, body: cells[2]!, object: cells[3]!, expected });
  }
  return rows;
}

/** Whether a table row exercises the OpenAPI operation: `{param}` matches any one path segment. */
export function rowCovers(row: Pick<MatrixRow, 'method' | 'path'>, method: string, openApiPath: string): boolean {
  if (row.method.toUpperCase() !== method.toUpperCase()) return false;
  const pattern = new RegExp(`^${openApiPath.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`);
  return pattern.test(row.path.split('?')[0]!);
}
