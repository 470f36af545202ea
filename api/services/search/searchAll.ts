import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import {
  searchCases,
  searchHazards,
  searchParcels,
  searchSchools,
  searchTownships,
  searchVenues,
  searchVillages,
  type SearchRow,
} from '../../../db/repositories/search';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { maskIdNumber, maskName } from '../../domain/education/idNumber';
import { scopeFilter } from '../../domain/gas/accessScope';
import { countyNames, districtNames, isCountyCode, isDistrictCode } from '../../domain/geo/vocabulary';
import { containsPattern, hazardNumberOf, idSuffixOf, resultsPerKind, searchableKinds, searchKindLabels, type SearchKind } from '../../domain/search/vocabulary';
import type { Language } from '../../domain/shared/bilingual';
import type { RowPlace } from '../../domain/shared/table';
import type { SearchQuery } from '../../routes/search/schemas';
import { gasActor } from '../gas/gasActor';

export interface SearchResult {
  kind: SearchKind;
  kindLabel: string;
  id: number | string;
  label: string;
  detail: string | null;
  place: RowPlace | null;
}

const placeOf = (r: { lon?: number | null; lat?: number | null; bbox: [number, number, number, number] | null }): RowPlace | null =>
  r.bbox ? { bbox: r.bbox } : r.lon != null && r.lat != null ? { point: [r.lon, r.lat] } : null;

function areaName(code: string | null, lang: Language): string | null {
  if (code === null) return null;
  if (isDistrictCode(code)) return districtNames[code][lang];
  return isCountyCode(code) ? countyNames[code][lang] : code;
}

/**
 * Everything the caller may see whose name, code or number matches `q`: each kind read with the
 * access rule of its own list (gas kinds inside the caller's districts, in SQL). A search that
 * reaches children's cases is a personal-data read: it is audited (the number of matches, never
 * the text typed, which may be a name) and its results are masked.
 */
export async function searchAll(db: Db, user: SessionUser, { q }: SearchQuery, lang: Language): Promise<{ q: string; results: SearchResult[] }> {
  const pattern = containsPattern(q);
  const prefix = `${q.replace(/[%_\\]/g, (m) => '\\' + m)}%`;
  const gasScope = scopeFilter(gasActor(user));
  const hazardNo = hazardNumberOf(q);
  const idSuffix = idSuffixOf(q);
  const n = resultsPerKind;
  const results: SearchResult[] = [];
  const add = (kind: SearchKind, rows: readonly SearchRow[], detail: (r: SearchRow) => string | null) => {
    for (const r of rows) results.push({ kind, kindLabel: searchKindLabels[kind][lang], id: r.id, label: r.label, detail: detail(r), place: placeOf(r) });
  };
  for (const kind of searchableKinds(user.role)) {
    switch (kind) {
      case 'parcel':
        add(kind, await searchParcels(db, pattern, prefix, n), (r) => areaName(r.detail, lang));
        break;
      case 'venue':
        if (!('none' in gasScope)) add(kind, await searchVenues(db, gasScope, pattern, n), (r) => areaName(r.detail, lang));
        break;
      case 'hazard':
        if (!('none' in gasScope) && hazardNo !== undefined) add(kind, await searchHazards(db, gasScope, hazardNo, n), (r) => areaName(r.detail, lang));
        break;
      case 'township':
        add(kind, await searchTownships(db, pattern, n), (r) => areaName(r.detail, lang));
        break;
      case 'village':
        add(kind, await searchVillages(db, pattern, n), (r) => r.detail);
        break;
      case 'school':
        add(kind, await searchSchools(db, pattern, n), (r) => areaName(r.detail, lang));
        break;
      case 'case':
        results.push(...(await searchCasesAudited(db, user, q, idSuffix, lang)));
        break;
    }
  }
  return { q, results };
}

async function searchCasesAudited(db: Db, user: SessionUser, q: string, idSuffix: string | undefined, lang: Language): Promise<SearchResult[]> {
  // A single character would list half the register by surname: names need two.
  const namePattern = Array.from(q.trim()).length >= 2 ? containsPattern(q.trim()) : undefined;
  if (!namePattern && !idSuffix) return [];
  return db.transaction(async (tx) => {
    const hits = await searchCases(tx, namePattern, idSuffix, resultsPerKind);
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'search.cases', objectType: 'edu_case', result: 'ok', detail: { matches: hits.length, caseIds: hits.map((h) => h.id) } });
    return hits.map((h) => ({
      kind: 'case' as const,
      kindLabel: searchKindLabels.case[lang],
      id: h.id,
      label: `${maskName(h.name)} ${maskIdNumber(h.idNumber)}`,
      detail: areaName(h.responsibleCountyCode, lang),
      place: h.bbox ? { bbox: h.bbox } : null,
    }));
  });
}
