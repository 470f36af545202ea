import type { SessionUser } from '../auth/sessionUser';

/**
 * The county whose children an account may see individually (issue 14): an education user bound
 * to a county sees the cases that county is responsible for or was notified of (海东 东政办〔2023〕
 * 101号 Art. 16: the household county is responsible, the school's county is notified); an
 * education user of the whole city (no county) and the administrator see every county. Pure.
 */
export function childScopeOf(user: Pick<SessionUser, 'role' | 'countyCode'>): string | null {
  return user.role === 'education' ? user.countyCode : null;
}
