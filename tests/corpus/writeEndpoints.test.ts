import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { resolvePlaceholders, sessionOf, tableCounts } from '../helpers/accessFixtures';
import { getTestApp, testDatabases, type Client, type TestApp } from '../helpers/testApp';
import { namedBody } from '../access/matrixBodies';
import { readMatrix, rowCovers, type MatrixRow } from '../access/matrixTable';
import { badIds, badJsonBodies, hugeRingText, sendAll, violations, type BadRequest } from './corpusKit';

// One seed per run, printed with every failure so a run can be replayed (CORPUS_SEED=…).
const seed = Number(process.env.CORPUS_SEED ?? Date.now() % 2 ** 31);
const perEndpoint = 500;
const rows = readMatrix();

// Write operations with no input at all: any request is a valid one (logout ends the session; a
// backup is taken of the whole database, tests/db/backups.test.ts).
const noInput = new Set(['POST /api/auth/logout', 'POST /api/admin/backups']);
// No valid request a test may send: the only accepted password change would change a demo password.
const noValidRequest = new Set(['POST /api/auth/password']);
// Reads a file's columns for the mapping step and writes nothing: a file with a bad geometry or bad
// values is readable there; the import itself refuses it (its row of this corpus, below).
const readsOnly = new Set(['POST /api/underground/parcels/import/columns']);
// Multipart uploads have their own corpus (imports.test.ts; photos: tests/api/gas/photos.test.ts).
const multipart = new Set(['POST /api/education/registers/{kind}/import', 'POST /api/gas/hazards/{id}/photos']);

interface Target {
  op: string;
  method: string;
  row: MatrixRow;
}

/** The matrix row that is a valid request for the admin: the base every bad request breaks. */
function targetsOf(doc: { paths: Record<string, Record<string, unknown>> }): Target[] {
  const out: Target[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const method of Object.keys(ops)) {
      const op = `${method.toUpperCase()} ${path}`;
      if (method === 'get' || noInput.has(op) || multipart.has(op) || noValidRequest.has(op) || readsOnly.has(op)) continue;
      const row = rows.find((r) => rowCovers(r, method, path) && r.expected.admin.some((s) => s < 300));
      if (!row) throw new Error(`no valid admin request for ${op} in access-matrix.md`);
      out.push({ op, method: method.toUpperCase(), row });
    }
  }
  return out;
}

async function validJson(app: TestApp, row: MatrixRow): Promise<{ body?: unknown; type: string }> {
  if (row.body === '-') return { type: 'application/json' };
  if (row.path === '/api/auth/login') return { body: { username: 'corpus-nobody', password: 'x' }, type: 'application/json' };
  if (!row.body.startsWith('@')) return { body: JSON.parse(await resolvePlaceholders(app, row.body, false)), type: 'application/json' };
  const p = await namedBody(app, row.body.slice(1));
  if ('json' in p) return { body: p.json, type: 'application/json' };
  return { body: JSON.parse(p.raw as string), type: p.headers['content-type']! };
}

const fiftyMb = Buffer.alloc(50 * 1024 * 1024, 0x20);
fiftyMb.write('{"a":"', 0);

async function corpusFor(app: TestApp, t: Target, runSeed: number): Promise<BadRequest[]> {
  const path = await resolvePlaceholders(app, t.row.path.split('?')[0]!, false);
  const { body, type } = await validJson(app, t.row);
  const headers = { 'content-type': type };
  const hasId = /\{[^}]+\}/.test(t.row.path);
  const idPath = (id: string) => path.replace(/\/\d+(?=\/|$)/, `/${id}`);
  const reqs: BadRequest[] = [];
  // Bad ids in the path, with an otherwise valid body.
  if (hasId) {
    const notAnId = fc
      .oneof(fc.constantFrom(...badIds), fc.string({ minLength: 1, maxLength: 12 }).map(encodeURIComponent))
      .filter((s) => {
        const n = Number(decodeURIComponent(s));
        return !(Number.isInteger(n) && n > 0) && !s.includes('%2F') && s !== '.' && s !== '..';
      });
    const n = body === undefined ? perEndpoint : 50;
    for (const id of fc.sample(notAnId, { seed: runSeed, numRuns: n })) {
      reqs.push({ label: `bad id ${id}`, method: t.method, path: idPath(id), body: body === undefined ? undefined : JSON.stringify(body), headers });
    }
  }
  if (body !== undefined) {
    // A GeoJSON file's feature properties are cells, typed as a CSV's are.
    const fileCells = type === 'application/geo+json';
    for (const b of fc.sample(badJsonBodies(body as never, { fileCells }), { seed: runSeed + 1, numRuns: perEndpoint })) {
      reqs.push({ label: b.label, method: t.method, path, body: b.text, headers });
    }
    // Oversized bodies are sent alone, afterwards (see below), on a connection of their own.
    const heavy = { ...headers, connection: 'close' };
    reqs.push({ label: '50 MB body', method: t.method, path, body: fiftyMb, headers: heavy });
    const text = JSON.stringify(body);
    if (text.includes('"Polygon"')) {
      // 2,000,000 vertices (≈ 40 MB: refused by size) and 300,000 (under the body limit: refused by count).
      for (const n of [2_000_000, 300_000]) {
        const ring = hugeRingText(n);
        const bodyText = text.replace(/"coordinates":\[\[\[[^\]]*\](,\[[^\]]*\])*\]\]/, `"coordinates":[${ring}]`);
        reqs.push({ label: `${n}-vertex ring`, method: t.method, path, body: bodyText, headers: heavy });
      }
    }
  }
  return reqs;
}

describe.each(testDatabases)(`malformed-input corpus on %s (seed ${seed})`, (kind) => {
  let app: TestApp;
  let admin: Client;
  let targets: Target[];
  beforeAll(async () => {
    app = await getTestApp(kind);
    admin = await sessionOf(app, 'admin');
    targets = targetsOf((await app.anon.get('/api/openapi.json')).body);
  });

  test('every write endpoint of openapi.json: ≥ 500 bad requests → 100 % 4xx JSON with a code, no hang, nothing written', async () => {
    expect(targets.length).toBeGreaterThan(15);
    const failures: string[] = [];
    let total = 0;
    for (const [k, t] of targets.entries()) {
      const reqs = await corpusFor(app, t, seed + k * 7919);
      expect(reqs.length, t.op).toBeGreaterThanOrEqual(perEndpoint);
      const before = await tableCounts(app);
      // Client and server share this process: a 50 MB upload in flight would slow its neighbours'
      // clocks, so the oversized requests go one by one after the concurrent batch.
      const isHeavy = (r: BadRequest) => r.headers?.connection === 'close';
      const outcomes = [...(await sendAll(admin, reqs.filter((r) => !isHeavy(r)))), ...(await sendAll(admin, reqs.filter(isHeavy), 1))];
      const after = await tableCounts(app);
      total += outcomes.length;
      // One line per kind of failure (label up to " at "), so the message lists what is broken.
      const bad = violations(outcomes);
      const kinds = new Map(bad.map((v) => [v.replace(/^.*?\[([^\]]*?)( at [^\]]*)?\].*$/, '$1').replace(/\d+/g, '#'), v]));
      if (bad.length) failures.push(`${t.op}: ${bad.length} of ${outcomes.length} failed`, ...[...kinds.values()].slice(0, 12).map((v) => `${t.op}: ${v}`));
      const written = Object.keys(after).filter((tb) => after[tb] !== before[tb]);
      if (written.length) failures.push(`${t.op}: rows written in ${written.map((tb) => `${tb} ${before[tb]}→${after[tb]}`).join(', ')}`);
      // The server runs in this process: no request may have reached Object.prototype.
      if (Object.getOwnPropertyNames(Object.prototype).includes('polluted') || ({} as Record<string, unknown>).polluted !== undefined) {
        failures.push(`${t.op}: Object.prototype polluted`);
      }
    }
    expect(failures, `seed ${seed} (replay with CORPUS_SEED=${seed}), ${total} requests`).toEqual([]);
  });
});
