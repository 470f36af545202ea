import { beforeAll, describe, expect, test } from 'vitest';
import { brief, loginAs, principals, resolvePlaceholders, sessionOf, type Principal } from '../helpers/accessFixtures';
import { getTestApp, testDatabases, type Client, type Reply, type TestApp } from '../helpers/testApp';
import { namedBody, type Payload } from './matrixBodies';
import { readMatrix, rowCovers, type MatrixRow } from './matrixTable';

const rows = readMatrix();

async function payloadOf(app: TestApp, body: string): Promise<Payload | undefined> {
  if (body === '-' || body === '') return undefined;
  if (body.startsWith('@')) return namedBody(app, body.slice(1));
  return { json: JSON.parse(await resolvePlaceholders(app, body)) };
}

async function clientFor(app: TestApp, who: Principal, row: MatrixRow): Promise<Client> {
  // Logging out ends the session: those cells use a session of their own.
  if (row.path === '/api/auth/logout' && who !== 'anonymous') return loginAs(app, who);
  return sessionOf(app, who);
}

async function walkCell(app: TestApp, row: MatrixRow, who: Principal): Promise<Reply> {
  const c = await clientFor(app, who, row);
  // Fresh objects ({new-…}) are created per cell, after the session exists.
  const path = await resolvePlaceholders(app, row.path, row.expected[who].some((s) => s < 300), who);
  const payload = await payloadOf(app, row.body);
  if (!payload) return c.send(row.method, path, undefined as unknown as BodyInit);
  if ('json' in payload) return c.request(row.method, path, payload.json);
  return c.send(row.method, path, payload.raw, payload.headers);
}

describe.each(testDatabases)('access-control matrix on %s', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await getTestApp(kind);
  });

  test.each(rows.map((r) => [`${r.method} ${r.path} ${r.body === '-' ? '' : r.body} (line ${r.line})`, r] as const))('%s', async (_name, row) => {
    const wrong: string[] = [];
    for (const who of principals) {
      const r = await walkCell(app, row, who);
      if (!row.expected[who].includes(r.status)) wrong.push(`${who}: want ${row.expected[who].join('/')}, got ${brief(r)}`);
      // A denial is always JSON with a code, never an empty or HTML body.
      if (r.status >= 400) expect(r.body?.error?.code, `${who} ${r.status}`).toBeTypeOf('string');
    }
    expect(wrong, `access-matrix.md line ${row.line}`).toEqual([]);
  });

  test('every route of /api/openapi.json has a row in access-matrix.md', async () => {
    const doc = (await app.anon.get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const missing = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).filter((m) => !rows.some((r) => rowCovers(r, m, path))).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(missing).toEqual([]);
    // And every principal column is walked for every documented route.
    expect(Object.keys(doc.paths).length).toBeGreaterThan(40);
  });
});
