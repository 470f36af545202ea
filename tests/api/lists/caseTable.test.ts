import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { queryRows } from '../../../db/client';
import { parseCsvRows } from '../../../api/domain/shared/csv';
import { getTestApp, testDatabases } from '../../helpers/testApp';

// The masked case list on the table contract: the same cases and masking as GET /education/cases;
// its export holds exactly the filtered set, masked, and is audited; no full ID number leaves.
describe.each(testDatabases)('case table on %s', (kind) => {
  test('masked page equals the masked list; the CSV export equals the filtered set and is audited', async () => {
    const app = await getTestApp(kind);
    const education = await app.login('education');
    const list = await education.get('/api/education/cases?status=open&limit=500');
    const page = await education.get('/api/education/cases/table?status=open&sort=id&dir=asc&limit=500');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.body.total).toBe(list.body.total);
    expect(page.body.rows.map((r: any) => [r.id, r.cells.name, r.cells.idNumber])).toEqual(list.body.cases.map((c: any) => [c.id, c.nameMasked, c.idNumberMasked]));
    const audits = async () => Number((await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from audit_log where action = 'education.cases.table.export'`))[0]!.n);
    const before = await audits();
    const csv = await education.get('/api/education/cases/table/export?status=open&sort=id&dir=asc&format=csv');
    expect(csv.status).toBe(200);
    const rows = parseCsvRows(csv.text);
    expect(rows).toHaveLength(list.body.total + 1);
    expect(rows.slice(1, 1 + list.body.cases.length).map((r) => Number(r[0]))).toEqual(list.body.cases.map((c: any) => c.id));
    expect(csv.text).not.toMatch(/\d{17}[\dX]/);
    expect(await audits()).toBe(before + 1);
    expect((await (await app.login('official')).get('/api/education/cases/table')).status).toBe(403);
  });
});
