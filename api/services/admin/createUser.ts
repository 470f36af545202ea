import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { findUserById, insertUser } from '../../../db/repositories/users';
import { checkAssignment } from '../../domain/auth/accountRules';
import { passwordProblem } from '../../domain/auth/passwordPolicy';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { FieldError } from '../../domain/shared/domainError';
import type { CreateUserBody } from '../../routes/admin/schemas';
import { hashPassword } from '../auth/password';
import { accountState, userView } from './userView';

/** Creates an account (admin); the password must pass the policy; audited with its state. */
export async function createUser(db: Db, actor: SessionUser, input: CreateUserBody) {
  const assignment = { role: input.role, groupNo: input.groupNo ?? null, countyCode: input.countyCode ?? null };
  checkAssignment(assignment);
  const problem = passwordProblem(input.password, input.username);
  if (problem) throw new FieldError('password', problem, 'weak_password');
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const id = await insertUser(tx, { username: input.username, displayName: input.displayName, passwordHash, ...assignment });
    const row = (await findUserById(tx, id))!;
    await appendAudit(tx, { actor: actor.username, role: actor.role, action: 'user.create', objectType: 'user', objectId: id, result: 'ok', detail: { username: row.username, after: accountState(row) } });
    return userView(row);
  });
}
