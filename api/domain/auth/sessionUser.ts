import type { Role } from './roles';

/** Who is calling: resolved from a session (or, later, a token) by the HTTP edge, passed to every verb. */
export interface SessionUser {
  id: number;
  username: string;
  role: Role;
  groupNo: number | null;
  /** An education user's county; null = the whole city (issue 14). */
  countyCode: string | null;
  /** After an administrator's reset: only the password change (and logout, /me) is open. */
  mustChangePassword: boolean;
}

/** The caller's identity from a stored user row. */
export function sessionUserOf(u: SessionUser): SessionUser {
  return { id: u.id, username: u.username, role: u.role, groupNo: u.groupNo, countyCode: u.countyCode, mustChangePassword: u.mustChangePassword };
}
