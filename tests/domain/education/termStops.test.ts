import { describe, expect, test } from 'vitest';
import { termStops } from '../../../web/features/education/termStops';

// The education time slider's stops: the term starts of the previous and current school year
// (the default calendar's 09-01 and 03-01) that have begun, then today.
describe('termStops', () => {
  test("in the autumn term: the previous school year's two starts and this autumn, then today", () => {
    expect(termStops('2026-12-02').map((s) => s.date)).toEqual(['2025-09-01', '2026-03-01', '2026-09-01', '2026-12-02']);
  });
  test('in the spring term: the school year began the autumn before', () => {
    expect(termStops('2026-04-15').map((s) => s.date)).toEqual(['2024-09-01', '2025-03-01', '2025-09-01', '2026-03-01', '2026-04-15']);
  });
  test("on a term's first day that day is today, not a second stop", () => {
    const stops = termStops('2026-09-01');
    expect(stops.map((s) => s.date)).toEqual(['2025-09-01', '2026-03-01', '2026-09-01']);
    expect(stops.at(-1)!.label.zh).toBe('今天');
    expect(stops[0]!.label.zh).toBe('2025年秋季学期开学');
  });
});
