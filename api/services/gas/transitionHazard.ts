import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { hazardById, insertTransitions, setHazardStatus } from '../../../db/repositories/gasHazards';
import { transition } from '../../domain/gas/hazardWorkflow';
import type { HazardStatus } from '../../domain/gas/vocabulary';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { DomainError, conflict } from '../../domain/shared/domainError';
import { invalidateClusters } from './clusterCache';
import { invalidateTiles } from '../geo/tileCache';
import { gasActor, readScope, visibleHazard } from './gasActor';
import { getHazard } from './getHazard';

/** Moves a hazard one step of the closed loop (hazardWorkflow); 409 for a forbidden edge, 403 for the role. */
export async function transitionHazard(db: Db, user: SessionUser, id: number, to: HazardStatus, note: string | undefined) {
  readScope(user);
  const actor = gasActor(user);
  await db.transaction(async (tx) => {
    const h = visibleHazard(await hazardById(tx, id, true), user);
    const result = transition(h, to, actor);
    if (!result.ok) {
      if (result.code === 'forbidden_transition') {
        throw conflict('forbidden_transition', result.reason, { from: h.status, to }, 'to');
      }
      throw new DomainError('forbidden', 'role_forbidden', result.reason, 'to');
    }
    await setHazardStatus(tx, id, to);
    await insertTransitions(tx, [{ hazardId: id, fromStatus: h.status, toStatus: to, actor: user.username, role: user.role, note: note ?? null }]);
    await appendAudit(tx, {
      actor: user.username,
      role: user.role,
      action: 'gas.hazard.transition',
      objectType: 'gas_hazard',
      objectId: id,
      result: 'ok',
      detail: { from: h.status, to, note: note ?? null },
    });
  });
  invalidateClusters(db, 'hazards');
  invalidateTiles(db, 'hazards');
  return getHazard(db, user, id);
}
