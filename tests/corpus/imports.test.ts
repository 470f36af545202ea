import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { freshParcel, sessionOf, tableCounts } from '../helpers/accessFixtures';
import { getTestApp, testDatabases, type Client, type TestApp } from '../helpers/testApp';
import { zipBomb } from '../helpers/zipBomb';
import { sendAll, violations, type BadRequest } from './corpusKit';

// Import endpoints: ≥ 500 bad uploads each — files with 1 % bad rows, zip bombs renamed .xlsx,
// random bytes, broken multipart, missing fields. One seed per run, printed on failure.
const seed = Number(process.env.CORPUS_SEED ?? Date.now() % 2 ** 31);
const perEndpoint = 500;
const bomb = zipBomb(2);
const liar = zipBomb(1, 4096);

const csvCell = (v: unknown) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const parcelColumns = ['code', 'name', 'kind', 'countyCode', 'use', 'supply', 'surfaceAllocated', 'surfaceUnitPrice', 'publicParking', 'status', 'termStart', 'footprint', 'layers'] as const;

/** 100 valid parcel rows but one, broken in one of several ways (1 % bad rows). */
const badParcelCsv = fc.record({ bad: fc.nat({ max: 99 }), how: fc.nat({ max: 5 }) }).map(({ bad, how }) => {
  const lines = [parcelColumns.join(',')];
  for (let i = 0; i < 100; i++) {
    const p: Record<string, unknown> = { ...freshParcel() };
    if (i === bad) {
      if (how === 0) p.surfaceUnitPrice = '1e999x';
      if (how === 1) p.footprint = '{"type":"Polygon","coordinates":[[[102.7,36.2],[102.8,36.2],[102.7,36.3]]]}';
      if (how === 2) p.countyCode = '999999';
      if (how === 3) p.termStart = '2024-02-30';
      if (how === 4) p.layers = '[{"topDepth":4,"bottomDepth":0,"netHeight":3}]';
      if (how === 5) p.code = '';
    }
    lines.push(parcelColumns.map((c) => csvCell(p[c])).join(','));
  }
  return { label: `parcel CSV, row ${bad + 1} bad (${how})`, text: lines.join('\n') };
});

/** A household register of 100 rows, one of them bad (empty name, impossible date, county code). */
const badRegisterCsv = fc.record({ bad: fc.nat({ max: 99 }), how: fc.nat({ max: 2 }) }).map(({ bad, how }) => {
  const lines = ['身份证号,姓名,出生日期,县区代码'];
  for (let i = 0; i < 100; i++) {
    const id = `63020220150310${String(1000 + i).slice(-4)}`;
    const row = [id, `学生${i}`, '2015-03-10', '630202'];
    if (i === bad) row[how === 0 ? 1 : how === 1 ? 2 : 3] = how === 0 ? '' : how === 1 ? '2015-02-30' : '63A2';
    lines.push(row.join(','));
  }
  return { label: `register CSV, row ${bad + 1} bad (${how})`, text: lines.join('\n') };
});

const junk = fc.uint8Array({ minLength: 0, maxLength: 4096 });

/** XLSX versions of bad CSVs (built once: exceljs takes ≈ 10 ms per workbook). */
async function xlsxOf(csvs: { label: string; text: string }[]): Promise<{ label: string; bytes: Uint8Array<ArrayBuffer> }[]> {
  const out: { label: string; bytes: Uint8Array<ArrayBuffer> }[] = [];
  for (const c of csvs) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const line of c.text.split('\n')) ws.addRow(line.split(','));
    out.push({ label: `${c.label} as XLSX`, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) });
  }
  return out;
}

function form(file: BlobPart | undefined, name: string, extra: Record<string, string> = {}): FormData {
  const f = new FormData();
  if (file !== undefined) f.set('file', new File([file], name));
  for (const [k, v] of Object.entries(extra)) f.set(k, v);
  return f;
}

function parcelImportCorpus(runSeed: number, xlsx: { label: string; bytes: Uint8Array<ArrayBuffer> }[]): BadRequest[] {
  const path = '/api/underground/parcels/import';
  const kinds = fc.oneof(
    { arbitrary: badParcelCsv.map((c) => ({ label: c.label, body: c.text as BodyInit, headers: { 'content-type': 'text/csv' } })), weight: 4 },
    { arbitrary: badParcelCsv.map((c) => ({ label: `${c.label} (multipart)`, body: form(c.text, 'parcels.csv') as BodyInit, headers: {} })), weight: 2 },
    { arbitrary: fc.constantFrom(bomb, liar).map((b) => ({ label: 'zip bomb renamed .xlsx', body: form(new Uint8Array(b), 'parcels.xlsx') as BodyInit, headers: {} })), weight: 1 },
    { arbitrary: fc.constantFrom(...xlsx).map((x) => ({ label: x.label, body: form(x.bytes, 'parcels.xlsx') as BodyInit, headers: {} })), weight: 1 },
    { arbitrary: junk.map((b) => ({ label: 'random bytes as .csv', body: form(b, 'parcels.csv') as BodyInit, headers: {} })), weight: 1 },
    { arbitrary: junk.map((b) => ({ label: 'random bytes as JSON', body: Buffer.from(b) as BodyInit, headers: { 'content-type': 'application/geo+json' } })), weight: 1 },
    {
      arbitrary: fc.constantFrom('--x\r\nbroken', '', 'file=1').map((t) => ({ label: 'broken multipart', body: t as BodyInit, headers: { 'content-type': 'multipart/form-data; boundary=x' } })),
      weight: 1,
    },
    { arbitrary: fc.constant({ label: 'multipart without file', body: form(undefined, '', { other: '1' }) as BodyInit, headers: {} }), weight: 1 },
  );
  return fc.sample(kinds, { seed: runSeed, numRuns: perEndpoint }).map((k) => ({ ...k, method: 'POST', path }));
}

function registerImportCorpus(runSeed: number, xlsx: { label: string; bytes: Uint8Array<ArrayBuffer> }[]): BadRequest[] {
  const path = '/api/education/registers/household/import';
  const ok = { asOf: '2026-11-01' };
  const kinds = fc.oneof(
    { arbitrary: badRegisterCsv.map((c) => ({ label: c.label, body: form(c.text, 'household.csv', ok) as BodyInit })), weight: 4 },
    { arbitrary: fc.constantFrom(bomb, liar).map((b) => ({ label: 'zip bomb renamed .xlsx', body: form(new Uint8Array(b), 'household.xlsx', ok) as BodyInit })), weight: 1 },
    { arbitrary: fc.constantFrom(...xlsx).map((x) => ({ label: x.label, body: form(x.bytes, 'household.xlsx', ok) as BodyInit })), weight: 2 },
    { arbitrary: junk.map((b) => ({ label: 'random bytes as .xlsx', body: form(new Uint8Array(b), 'household.xlsx', ok) as BodyInit })), weight: 1 },
    {
      arbitrary: fc.constantFrom('2026-02-30', 'yesterday', '', '1e999').map((d) => ({ label: `bad asOf ${d}`, body: form('身份证号,姓名,出生日期,县区代码\n', 'h.csv', { asOf: d }) as BodyInit })),
      weight: 1,
    },
    {
      arbitrary: fc.constantFrom('{', '[]', '{"idNumber":""}', '{"__proto__":{"polluted":1}}', '{"nope":"x"}').map((m) => ({ label: `bad mapping ${m}`, body: form('身份证号,姓名,出生日期,县区代码\n1,a,2015-01-01,630202\n', 'h.csv', { ...ok, mapping: m }) as BodyInit })),
      weight: 1,
    },
    { arbitrary: fc.constant({ label: 'no file', body: form(undefined, '', ok) as BodyInit }), weight: 1 },
  );
  const reqs: BadRequest[] = fc.sample(kinds, { seed: runSeed, numRuns: perEndpoint }).map((k) => ({ ...k, method: 'POST', path }));
  reqs.push({ label: 'JSON instead of multipart', method: 'POST', path, body: '{"file":1}', headers: { 'content-type': 'application/json' } });
  reqs.push({ label: 'unknown register kind', method: 'POST', path: '/api/education/registers/nope/import', body: form('a', 'a.csv', ok) });
  return reqs;
}

describe.each(testDatabases)(`import corpus on %s (seed ${seed})`, (kind) => {
  let app: TestApp;
  let admin: Client;
  const xlsx = { parcels: [] as { label: string; bytes: Uint8Array<ArrayBuffer> }[], register: [] as { label: string; bytes: Uint8Array<ArrayBuffer> }[] };
  beforeAll(async () => {
    app = await getTestApp(kind);
    admin = await sessionOf(app, 'admin');
    xlsx.parcels = await xlsxOf(fc.sample(badParcelCsv, { seed, numRuns: 12 }));
    xlsx.register = await xlsxOf(fc.sample(badRegisterCsv, { seed, numRuns: 12 }));
  });

  test.each([
    ['POST /api/underground/parcels/import', 'parcels'],
    ['POST /api/education/registers/{kind}/import', 'register'],
  ] as const)('%s: ≥ 500 bad uploads → 4xx JSON with a code, no hang, nothing written', async (op, which) => {
    const reqs = which === 'parcels' ? parcelImportCorpus(seed, xlsx.parcels) : registerImportCorpus(seed, xlsx.register);
    expect(reqs.length).toBeGreaterThanOrEqual(perEndpoint);
    const before = await tableCounts(app);
    const outcomes = await sendAll(admin, reqs, 3);
    const after = await tableCounts(app);
    const written = Object.keys(after).filter((t) => after[t] !== before[t]).map((t) => `${t} ${before[t]}→${after[t]}`);
    expect({ violations: violations(outcomes).slice(0, 10), written }, `${op}, seed ${seed} (replay with CORPUS_SEED=${seed})`).toEqual({ violations: [], written: [] });
    // The bombs are refused by the guard, by name, before any library inflates them.
    expect(outcomes.filter((o) => o.req.label.startsWith('zip bomb')).every((o) => o.code === 'zip_bomb')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // ≥ 500 uploads through the readers: a hang guard, not a time limit (a loaded CI machine is slow).
  }, 900_000);
});
