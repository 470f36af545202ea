import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { DEMO_PASSWORD } from '../../api/services/demo/demoAccounts';
import { resolvePlaceholders, type Principal } from '../helpers/accessFixtures';
import { getTestApp, testDatabases, type TestApp } from '../helpers/testApp';
import { pdfText, zipEntriesText } from '../helpers/unzipText';
import { readMatrix } from './matrixTable';

// No full 18-character ID number (GB 11643) in any answer, export or server log line for a role
// without access to children's records. Every GET row of the access matrix is crawled by every
// such role; XLSX/DOCX are unzipped and their XML scanned, PDF streams inflated.
// The pattern /\b\d{17}[\dXx]\b/, except after a decimal point: 0.037037037037037035 is a share.
const fullId = /(?<!\.)\b\d{17}[\dXx]\b/;
const crawlers: Principal[] = ['anonymous', 'planner', 'inspector1', 'inspector2', 'inspector3', 'inspector4', 'inspector5', 'inspector6', 'inspector7', 'official'];
const getRows = readMatrix().filter((r) => r.method === 'GET');

/** A session cookie of its own (the crawl needs raw bytes, which the JSON test client decodes). */
async function cookieOf(app: TestApp, who: Principal): Promise<string | undefined> {
  if (who === 'anonymous') return undefined;
  const res = await fetch(`${app.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: who, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${who}: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0];
}

async function textOf(res: Response): Promise<string> {
  const type = res.headers.get('content-type') ?? '';
  const buf = Buffer.from(await res.arrayBuffer());
  if (/spreadsheetml|wordprocessingml|zip/.test(type)) return zipEntriesText(buf);
  if (/pdf/.test(type)) return pdfText(buf);
  return buf.toString('utf8');
}

describe.each(testDatabases)('ID-number crawl on %s', (kind) => {
  let app: TestApp;
  const logs: string[] = [];
  const spies: ReturnType<typeof vi.spyOn>[] = [];
  beforeAll(async () => {
    app = await getTestApp(kind);
    // The server runs in this process: capture what it writes to the console during the crawl.
    for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      const original = console[m].bind(console);
      spies.push(vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
        logs.push(args.map(String).join(' '));
        original(...args);
      }));
    }
  });
  afterAll(() => spies.forEach((s) => s.mockRestore()));

  test(`every GET route and export, as ${crawlers.length} roles: no full ID number in any answer or log line`, async () => {
    const hits: string[] = [];
    let scanned = 0;
    let exportsScanned = 0;
    for (const who of crawlers) {
      const cookie = await cookieOf(app, who);
      for (const row of getRows) {
        const path = await resolvePlaceholders(app, row.path, false);
        const res = await fetch(app.baseUrl + path, { headers: cookie ? { cookie } : {} });
        const text = await textOf(res);
        scanned++;
        if (res.status === 200 && /xlsx|docx|pdf|csv/.test(path)) exportsScanned++;
        const m = fullId.exec(text);
        if (m) hits.push(`${who} GET ${path} (${res.status}): …${text.slice(Math.max(0, m.index - 40), m.index + 30)}…`);
      }
    }
    const logHits = logs.filter((l) => fullId.test(l));
    expect({ hits, logHits }).toEqual({ hits: [], logHits: [] });
    expect(scanned).toBe(crawlers.length * getRows.length);
    expect(exportsScanned).toBeGreaterThan(10);
  });

  test('controls: the scanner sees a revealed ID number, and reads inside XLSX and DOCX exports', async () => {
    const cookie = await cookieOf(app, 'admin');
    const caseId = await resolvePlaceholders(app, '{case}');
    const reveal = await fetch(`${app.baseUrl}/api/education/cases/${caseId}/reveal`, { method: 'POST', headers: { cookie: cookie! } });
    expect(fullId.test(await reveal.text())).toBe(true);
    const xlsx = await fetch(`${app.baseUrl}/api/underground/fee-schedule.xlsx`, { headers: { cookie: cookie! } });
    expect(await textOf(xlsx)).toContain('<worksheet');
    const docx = await fetch(`${app.baseUrl}/api/gas/reports/3/1/docx`, { headers: { cookie: cookie! } });
    expect(await textOf(docx)).toContain('<w:document');
  });
});
