import type { Db } from '../../../db/client';
import { listUsersWithSessions } from '../../../db/repositories/users';
import type { SessionUser } from '../../domain/auth/sessionUser';

/** Every account with its state, live session count and login lock (admin). */
export async function listUsers(db: Db, _actor: SessionUser) {
  const rows = await listUsersWithSessions(db);
  return rows.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    groupNo: u.groupNo,
    countyCode: u.countyCode,
    disabled: u.disabledAt !== null,
    mustChangePassword: u.mustChangePassword,
    createdAt: u.createdAt.toISOString(),
    sessions: u.sessions,
    lockedUntil: u.lockedUntil ? u.lockedUntil.toISOString() : null,
  }));
}
