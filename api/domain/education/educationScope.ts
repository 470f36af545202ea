import type { SessionUser } from '../auth/sessionUser';
import { DomainError } from '../shared/domainError';

/**
 * The county whose children an account may see individually (issue 14): an education user bound
 * to a county sees the cases that county is responsible for or was notified of (海东 东政办〔2023〕
 * 101号 Art. 16: the household county is responsible, the school's county is notified); an
 * education user of the whole city (no county) and the administrator see every county. Pure.
 */
export function childScopeOf(user: Pick<SessionUser, 'role' | 'countyCode'>): string | null {
  return user.role === 'education' ? user.countyCode : null;
}

const otherCounty = (field: string) =>
  new DomainError('forbidden', 'county_scope', { zh: '只能分析、导入本县区的数据', en: 'You may analyse and import data of your own county only' }, field);

/**
 * The county an analysis, risk list, register import or cross-check run of this user covers
 * (issue 14): a county-bound education user gets the own county whether or not one is asked for,
 * and 403 for another county (a county code is public, so there is nothing to hide with a 404);
 * everyone else gets what was asked (undefined = the whole city). Pure.
 */
export function analysisCountyOf(user: Pick<SessionUser, 'role' | 'countyCode'>, requested: string | undefined, field = 'county'): string | undefined {
  const own = childScopeOf(user);
  if (own === null) return requested;
  if (requested !== undefined && requested !== own) throw otherCounty(field);
  return own;
}

/** Throws 403 naming the first row of another county than the user's own (register imports). */
export function checkRowsInCounty(user: Pick<SessionUser, 'role' | 'countyCode'>, rows: readonly { countyCode: string }[]): void {
  const own = childScopeOf(user);
  if (own === null) return;
  const at = rows.findIndex((r) => r.countyCode !== own);
  if (at >= 0) throw otherCounty(`rows[${at + 1}].countyCode`);
}
