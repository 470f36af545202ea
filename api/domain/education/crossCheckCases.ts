// From the stored registers to the cases a cross-check opens (东政办〔2023〕101号 Art. 16): the
// comparison input built from register rows, one case per new out-of-school child and dropout,
// routed to the responsible county, and the run's tallies. No I/O: the service reads the rows,
// the children already known and the cases already open, and writes what this returns.

import { routeCase, type CaseRoutingRule } from './caseRouting';
import type { CrossCheckInput, CrossCheckResult, CrossCheckSource } from './crossCheck';
import type { IdNumberFailureReason } from './idNumber';
import { ruleSetIdFor } from './ruleSetChoice';
import type { CaseKind, RegisterKind } from './vocabulary';

/** A register row as imported: values as given, any of them possibly missing. */
export interface StoredRegisterRow {
  idNumber: string;
  name: string | null;
  birthDate: string | null;
  countyCode: string | null;
  schoolCode: string | null;
}

/** A child of the population register (edu_children) with the same ID number. */
export interface KnownChild {
  id: number;
  name: string;
  birthDate: string;
  residentCountyCode: string;
}

export interface CaseDraft {
  kind: CaseKind;
  childId: number | null;
  idNumber: string;
  name: string;
  birthDate: string | null;
  poverty: boolean;
  householdCountyCode: string;
  studentCountyCode: string | null;
  schoolCode: string | null;
  responsibleCountyCode: string;
  notifyCountyCode: string | null;
  routingRule: CaseRoutingRule;
  ruleSetId: string;
  openedOn: string;
}

export interface CountyTally {
  countyCode: string;
  outOfSchool: number;
  dropouts: number;
  povertyDropouts: number;
}

export interface InvalidIdTally {
  source: CrossCheckSource;
  reason: IdNumberFailureReason;
  count: number;
}

/** The comparison input from the four stored registers; a missing value is an empty string. */
export function crossCheckInput(asOf: string, rows: Record<RegisterKind, readonly StoredRegisterRow[]>): CrossCheckInput {
  return {
    asOf,
    household: rows.household.map((r) => ({ id: r.idNumber, name: r.name ?? '', birthDate: r.birthDate ?? '', countyCode: r.countyCode ?? '' })),
    students: rows.students.map((r) => ({ id: r.idNumber, schoolCode: r.schoolCode ?? '', countyCode: r.countyCode ?? '' })),
    inSchool: rows.in_school.map((r) => ({ id: r.idNumber })),
    poverty: rows.poverty.map((r) => ({ id: r.idNumber })),
  };
}

/** Key of an open case: one open case per kind and ID number. */
export const openCaseKey = (kind: CaseKind, idNumber: string) => `${kind}:${idNumber}`;

/**
 * One case per out-of-school child and dropout of `result` that has no open case of that kind
 * yet, routed by Art. 16: a dropout by its 学籍 county and where the child lives, an
 * out-of-school child (no 学籍) to its household county. The first household row of an ID
 * counts (as in crossCheck.ts); the population register fills what the registers leave empty.
 */
export function casesToOpen(
  input: CrossCheckInput,
  result: Pick<CrossCheckResult, 'outOfSchool' | 'dropouts' | 'povertyDropouts'>,
  known: ReadonlyMap<string, KnownChild>,
  openKeys: ReadonlySet<string>,
): CaseDraft[] {
  const householdById = new Map<string, CrossCheckInput['household'][number]>();
  for (const h of input.household) if (!householdById.has(h.id)) householdById.set(h.id, h);
  const studentById = new Map(input.students.map((s) => [s.id, s]));
  const poverty = new Set(result.povertyDropouts);

  const draft = (kind: CaseKind, id: string): CaseDraft => {
    const h = householdById.get(id);
    const s = studentById.get(id);
    const child = known.get(id);
    const householdCountyCode = h?.countyCode || s?.countyCode || '';
    const routing = routeCase({ studentCountyCode: kind === 'dropout' ? s?.countyCode : undefined, householdCountyCode, residentCountyCode: child?.residentCountyCode, openedOn: input.asOf });
    return {
      kind,
      childId: child?.id ?? null,
      idNumber: id,
      name: h?.name || child?.name || '',
      birthDate: h?.birthDate || child?.birthDate || null,
      poverty: kind === 'dropout' && poverty.has(id),
      householdCountyCode,
      studentCountyCode: s?.countyCode ?? null,
      schoolCode: s?.schoolCode ?? null,
      responsibleCountyCode: routing.responsibleCounty,
      notifyCountyCode: routing.notifyCounty,
      routingRule: routing.rule,
      ruleSetId: ruleSetIdFor(routing.responsibleCounty, input.asOf),
      openedOn: input.asOf,
    };
  };
  const lists: [CaseKind, readonly string[]][] = [
    ['out_of_school', result.outOfSchool],
    ['dropout', result.dropouts],
  ];
  return lists.flatMap(([kind, ids]) => ids.filter((id) => !openKeys.has(openCaseKey(kind, id))).map((id) => draft(kind, id)));
}

/** Cases opened, per responsible county and kind, in county-code order (aggregates only). */
export function tallyByCounty(cases: readonly Pick<CaseDraft, 'kind' | 'poverty' | 'responsibleCountyCode'>[]): CountyTally[] {
  const counties = new Map<string, CountyTally>();
  for (const c of cases) {
    const e = counties.get(c.responsibleCountyCode) ?? { countyCode: c.responsibleCountyCode, outOfSchool: 0, dropouts: 0, povertyDropouts: 0 };
    if (c.kind === 'out_of_school') e.outOfSchool++;
    else e.dropouts++;
    if (c.poverty) e.povertyDropouts++;
    counties.set(c.responsibleCountyCode, e);
  }
  return [...counties.values()].sort((a, b) => (a.countyCode < b.countyCode ? -1 : 1));
}

/** Invalid ID numbers counted per source and reason, in order of first appearance. */
export function tallyInvalidIds(invalidIds: CrossCheckResult['invalidIds']): InvalidIdTally[] {
  const tallies = new Map<string, InvalidIdTally>();
  for (const r of invalidIds) {
    const key = `${r.source}|${r.reason}`;
    const t = tallies.get(key);
    if (t) t.count++;
    else tallies.set(key, { source: r.source, reason: r.reason, count: 1 });
  }
  return [...tallies.values()];
}
