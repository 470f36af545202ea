import { groupLabel } from '../../domain/gas/inspectionGroups';
import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { hazardById, setHazardEnforcement } from '../../../db/repositories/gasHazards';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { EnforcementInput } from '../../routes/gas/schemas';
import { DomainError, invalid } from '../../domain/shared/domainError';
import { invalidateClusters } from './clusterCache';
import { invalidateTiles } from '../geo/tileCache';
import { readScope, visibleHazard } from './gasActor';
import { getHazard } from './getHazard';

/**
 * Records the enforcement outcome ("五个一批", 东政办〔2023〕98号 §四(三)) and fine of a hazard.
 * Officials and admins, or an inspector of the group that owns the hazard; a hazard outside the
 * user's districts is absent (404, as when reading it). A fine is a penalty, so it needs the
 * outcome 依法严惩 (punish). Update and audit record commit together.
 */
export async function setEnforcement(db: Db, user: SessionUser, id: number, input: EnforcementInput) {
  readScope(user);
  if (input.fineYuan > 0 && input.enforcementOutcome !== 'punish') {
    throw invalid('fine_without_penalty', { zh: '罚款须对应「依法严惩一批」', en: 'A fine needs the outcome "punish by law"' }, 'fineYuan');
  }
  await db.transaction(async (tx) => {
    const h = visibleHazard(await hazardById(tx, id, true), user);
    if (user.role === 'inspector' && user.groupNo !== h.groupNo) {
      throw new DomainError('forbidden', 'not_owning_group', { zh: `该隐患由${groupLabel(h.groupNo).zh}督办，其他组不能修改处理结果`, en: `Only ${groupLabel(h.groupNo).en}, which owns the hazard, may set its outcome` }, 'id');
    }
    await setHazardEnforcement(tx, id, input.enforcementOutcome, input.fineYuan);
    await appendAudit(tx, {
      actor: user.username,
      role: user.role,
      action: 'gas.hazard.enforcement',
      objectType: 'gas_hazard',
      objectId: id,
      result: 'ok',
      detail: { from: { outcome: h.enforcementOutcome, fineYuan: Number(h.fineYuan) }, to: input },
    });
  });
  invalidateClusters(db, 'hazards');
  invalidateTiles(db, 'hazards');
  return getHazard(db, user, id);
}
