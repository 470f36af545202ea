// What the one search box finds and who may find what (issue 11). Each kind follows the access
// rule of the list it belongs to: parcels for parcel readers, venues and hazards for the gas
// roles inside their districts (东政办〔2023〕98号 §二(一), accessScope.ts), schools for the
// education aggregate roles, children's cases only for education staff and admins, masked and
// audited (PIPL Art. 28/31), townships and villages (reference geography) for everyone. No I/O.
import type { Role } from '../auth/roles';
import type { Bilingual } from '../shared/bilingual';

export const searchKinds = ['parcel', 'venue', 'hazard', 'township', 'village', 'school', 'case'] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchKindLabels: Record<SearchKind, Bilingual> = {
  parcel: { zh: '地块', en: 'Parcel' },
  venue: { zh: '场所', en: 'Venue' },
  hazard: { zh: '隐患', en: 'Hazard' },
  township: { zh: '乡镇', en: 'Township' },
  village: { zh: '村（社区）', en: 'Village' },
  school: { zh: '学校', en: 'School' },
  case: { zh: '控辍案件（已脱敏）', en: 'Dropout case (masked)' },
};

const kindsByRole: Record<Role, readonly SearchKind[]> = {
  planner: ['parcel', 'township', 'village'],
  inspector: ['venue', 'hazard', 'township', 'village'],
  official: ['parcel', 'venue', 'hazard', 'school', 'township', 'village'],
  education: ['school', 'case', 'township', 'village'],
  admin: searchKinds,
};

/** The kinds a role's search covers, in the order results are listed. */
export function searchableKinds(role: Role): readonly SearchKind[] {
  return kindsByRole[role];
}

/** Most results of one kind in one answer. */
export const resultsPerKind = 8;

/** A `LIKE` pattern matching `text` anywhere, with the pattern characters taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, (m) => '\\' + m)}%`;
}

/** A hazard number as typed: `123`, `#123` or `隐患123`; undefined when the text is no number. */
export function hazardNumberOf(text: string): number | undefined {
  const m = /^(?:#|隐患|no\.?\s*)?(\d{1,9})$/i.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * The ID-number suffix staff type to find a child (the lists show only the last 4 characters):
 * 4 to 6 digits, an X allowed last (GB 11643 check character); undefined otherwise.
 */
export function idSuffixOf(text: string): string | undefined {
  const t = text.trim().toUpperCase();
  return /^\d{3,5}[\dX]$/.test(t) ? t : undefined;
}
