import type { UserRow } from '../../../db/repositories/users';

/** What the administration page and the audit's before/after show of an account (never the hash). */
export function accountState(u: Pick<UserRow, 'displayName' | 'role' | 'groupNo' | 'countyCode' | 'disabledAt' | 'mustChangePassword'>) {
  return {
    displayName: u.displayName,
    role: u.role,
    groupNo: u.groupNo,
    countyCode: u.countyCode,
    disabled: u.disabledAt !== null,
    mustChangePassword: u.mustChangePassword,
  };
}

export function userView(u: UserRow) {
  return { id: u.id, username: u.username, ...accountState(u), createdAt: u.createdAt.toISOString() };
}

export const userNotFound = { zh: '用户', en: 'User' } as const;
