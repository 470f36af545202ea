import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { deleteUserSessions, findUserById, sessionIdsOf, updateUserRow } from '../../../db/repositories/users';
import { checkAssignment } from '../../domain/auth/accountRules';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { conflict, notFound } from '../../domain/shared/domainError';
import type { UpdateUserBody } from '../../routes/admin/schemas';
import { forgetSession } from '../auth/sessionCache';
import { accountState, userNotFound, userView } from './userView';

/**
 * Changes an account's name, role, group or county, or disables / enables it (admin). A disabled
 * account's sessions end at once. An administrator cannot disable or demote themselves (the city
 * would be left without one). Audited with the state before and after.
 */
export async function updateUser(db: Db, actor: SessionUser, id: number, input: UpdateUserBody) {
  const ended: string[] = [];
  const view = await db.transaction(async (tx) => {
    const before = await findUserById(tx, id);
    if (!before) throw notFound(userNotFound);
    const role = input.role ?? before.role;
    const assignment = {
      role,
      groupNo: input.groupNo !== undefined ? input.groupNo : role === 'inspector' ? before.groupNo : null,
      countyCode: input.countyCode !== undefined ? input.countyCode : role === 'education' ? before.countyCode : null,
    };
    checkAssignment(assignment);
    if (actor.id === id && (input.disabled === true || role !== 'admin'))
      throw conflict('own_account', { zh: '不能停用自己或取消自己的管理员角色', en: 'You cannot disable your own account or remove your own administrator role' });
    const disabledAt = input.disabled === undefined ? before.disabledAt : input.disabled ? (before.disabledAt ?? new Date()) : null;
    const after = (await updateUserRow(tx, id, { ...assignment, displayName: input.displayName ?? before.displayName, disabledAt }))!;
    // A disabled account's sessions end; a changed role or scope must not be served from this
    // process's session memory either (other instances: at most 3 s, sessionCache.ts).
    ended.push(...(after.disabledAt ? await deleteUserSessions(tx, id) : await sessionIdsOf(tx, id)));
    await appendAudit(tx, {
      actor: actor.username,
      role: actor.role,
      action: 'user.update',
      objectType: 'user',
      objectId: id,
      result: 'ok',
      detail: { before: accountState(before), after: accountState(after), sessionsEnded: after.disabledAt ? ended.length : 0 },
    });
    return userView(after);
  });
  ended.forEach(forgetSession);
  return view;
}
