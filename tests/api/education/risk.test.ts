// Dropout-risk index over HTTP on PGlite and PostgreSQL: masked list with explained scores for
// education staff, aggregates only for officials, and the list view is audited.
import { beforeAll, describe, expect, test } from 'vitest';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';
import { fullIdPattern } from './helpers';

describe.each(testDatabases)('dropout-risk index on %s', (kind) => {
  let app: TestApp;
  let edu: Client;
  let official: Client;
  beforeAll(async () => {
    app = await getTestApp(kind);
    edu = await app.login('education');
    official = await app.login('official');
  });

  test('education: ranked, masked, every score the sum of its parts', async () => {
    const r = await edu.get('/api/education/risk?county=630202&limit=20');
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.body.weights.id).toBe('risk-2026-1');
    expect(r.body.children.length).toBeGreaterThan(0);
    expect(r.text).not.toMatch(fullIdPattern);
    const scores = r.body.children.map((c: { score: number }) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const c of r.body.children) {
      const sum = c.parts.reduce((s: number, p: { points: number }) => s + p.points, 0);
      expect(c.score).toBeCloseTo(sum, 6);
      expect(c.idNumberMasked).toMatch(/\*/);
    }
    const high = await edu.get('/api/education/risk?county=630202&level=high&limit=500');
    for (const c of high.body.children) expect(c.level).toBe('high');
  });

  test('officials: aggregates by township that add up to the list total; no individual list', async () => {
    const list = await edu.get('/api/education/risk?county=630203&limit=1');
    // Education staff see the exact counts: they add up to the list, by level and by township.
    const full = await edu.get('/api/education/risk/summary?county=630203');
    expect(full.status).toBe(200);
    expect(full.body.suppression).toBeNull();
    const { low, medium, high } = full.body.total;
    expect(low + medium + high).toBe(list.body.total);
    type Cell = { low: number; medium: number; high: number };
    const byTownship = full.body.townships.reduce((s: number, t: Cell) => s + t.low + t.medium + t.high, 0);
    expect(byTownship).toBe(list.body.total);
    // Officials see the same figures with every count of 1 … threshold−1 withheld (issue 14), and
    // the answer says how many were.
    const sum = await official.get('/api/education/risk/summary?county=630203');
    expect(sum.status).toBe(200);
    const threshold = sum.body.suppression.threshold as number;
    const pairs = [[full.body.total, sum.body.total], ...full.body.townships.map((t: Cell, i: number) => [t, sum.body.townships[i]])] as [Cell, Record<keyof Cell, number | null>][];
    let withheld = 0;
    for (const [exact, shown] of pairs) {
      for (const level of ['low', 'medium', 'high'] as const) {
        const small = exact[level] > 0 && exact[level] < threshold;
        expect(shown[level]).toBe(small ? null : exact[level]);
        if (small) withheld++;
      }
    }
    expect(sum.body.suppression.cellsWithheld).toBe(withheld);
    expect((await official.get('/api/education/risk?county=630203')).status).toBe(403);
    const bad = await edu.get('/api/education/risk?county=63');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('county');
  });
});
