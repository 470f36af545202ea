import { beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client';
import { resolvePlaceholders } from '../../helpers/accessFixtures';
import { namedBody } from '../../access/matrixBodies';
import { readMatrix } from '../../access/matrixTable';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every string leaf of a body, as a copy with that leaf replaced. */
function withEachString(body: Json, value: (s: string) => string): { path: string; body: Json }[] {
  const out: { path: string; body: Json }[] = [];
  const walk = (node: Json, path: (string | number)[]) => {
    if (typeof node === 'string') {
      const copy = structuredClone(body);
      let o = copy as Record<string | number, Json>;
      for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, Json>;
      o[path[path.length - 1]!] = value(node);
      out.push({ path: path.join('.'), body: copy });
    } else if (Array.isArray(node)) node.forEach((x, i) => walk(x, [...path, i]));
    else if (node && typeof node === 'object') for (const [k, x] of Object.entries(node)) walk(x, [...path, k]);
  };
  walk(body, []);
  return out;
}

describe.each(testDatabases)('input hygiene on %s', (kind) => {
  let app: TestApp;
  let admin: Client;
  beforeAll(async () => {
    app = await getTestApp(kind);
    admin = await app.login('admin');
  });

  test('every route of the OpenAPI document with NUL in the query, the path or the JSON body → 4xx, never 500', async () => {
    const doc = (await app.anon.get('/api/openapi.json')).body as { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };
    const failures: string[] = [];
    let sent = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (path === '/api/auth/logout') continue; // would end the admin's session for the rest
        const concrete = path.replace(/\{[^}]+\}/g, '1');
        const names = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
        const query = [...names, 'q'].map((n) => `${encodeURIComponent(n)}=a%00b`).join('&');
        const attempts: [string, string, BodyInit | undefined, Record<string, string>][] = [
          [method, `${concrete}?${query}`, undefined, {}],
        ];
        if (path.includes('{')) attempts.push([method, path.replace(/\{[^}]+\}/g, '%00'), undefined, {}]);
        if (method !== 'get') attempts.push([method, concrete, JSON.stringify({ x: 'a\u0000b', name: '\u0000' }), { 'content-type': 'application/json' }]);
        for (const [m, p, body, headers] of attempts) {
          const r = await admin.send(m.toUpperCase(), p, body as BodyInit, headers);
          sent++;
          if (r.status >= 500 || r.status < 400) failures.push(`${m.toUpperCase()} ${p} → ${r.status} ${r.text.slice(0, 120)}`);
        }
      }
    }
    expect(sent).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });

  test('U+0001 in any string field of every valid admin JSON body of the access matrix → 400 naming a field', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const row of readMatrix()) {
      if (row.method === 'GET' || row.body === '-' || !row.expected.admin.some((s) => s < 300)) continue;
      if (row.path === '/api/auth/login') continue; // covered below (anonymous)
      let body: Json;
      if (row.body.startsWith('@')) {
        const p = await namedBody(app, row.body.slice(1));
        if (!('json' in p)) continue; // raw uploads: the file readers' own corpus
        body = p.json as Json;
      } else body = JSON.parse(await resolvePlaceholders(app, row.body, true)) as Json;
      const path = await resolvePlaceholders(app, row.path, true);
      for (const v of withEachString(body, (s) => `${s}\u0001x`)) {
        const r = await admin.request(row.method, path, v.body);
        sent++;
        if (r.status !== 400 || typeof r.body?.error?.field !== 'string') failures.push(`${row.method} ${row.path} ${v.path} → ${r.status} ${r.text.slice(0, 160)}`);
      }
    }
    expect(sent).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  });

  test('anonymous login with NUL → 400 naming the field, and the failure is audited', async () => {
    const count = async () =>
      (await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from audit_log where action = 'login' and detail->>'reason' = 'control_character'`))[0]!.n;
    const before = await count();
    const r = await app.anon.post('/api/auth/login', { username: 'admin\u0000', password: 'x' });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('username');
    expect(r.body.error.code).toBe('control_character');
    const q = await app.anon.send('POST', '/api/auth/login?x=%00', JSON.stringify({ username: 'admin', password: 'x' }), { 'content-type': 'application/json' });
    expect(q.status).toBe(400);
    expect(await count()).toBe(before + 2);
  });

  test('a control character in a report item is refused; the message names the field in the user language', async () => {
    const r = await admin.request('POST', '/api/gas/reports/1/1/items', { kind: 'suggestion', text: '检查\u0001结果' }, { 'accept-language': 'en' });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('text');
    // The field is named by its label in the user's language (fieldLabels), never by its code alone.
    expect(r.body.error.message).toBe('Field "text" contains a control character (such as NUL); remove it and retry');
    const login = await app.anon.post('/api/auth/login', { username: 'ad\u000Bmin', password: 'x' });
    expect(login.status).toBe(400);
    expect(login.body.error.field).toBe('username');
    expect(login.body.error.message).toMatch(/字段 用户名 无效：含控制字符/);
  });
});
