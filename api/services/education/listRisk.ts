import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { maskIdNumber, maskName } from '../../domain/education/idNumber';
import { analysisCountyOf } from '../../domain/education/educationScope';
import { textIn, type Language } from '../../domain/shared/bilingual';
import type { RiskQuery } from '../../routes/education/schemas';
import { defaultAsOf } from './defaultAsOf';
import { riskScores } from './riskScores';

/**
 * Children of a county by dropout-risk score, highest first, masked (PIPL Art. 28); each score
 * lists its parts. The list shows special-group flags of minors, so every view is audited. A
 * county-bound education user lists its own county only (issue 14; 403 for another).
 */
export function listRisk(db: Db, user: SessionUser, q: RiskQuery, lang: Language) {
  analysisCountyOf(user, q.county);
  return db.transaction(async (tx) => {
    const asOf = await defaultAsOf(tx, q.asOf);
    const { weights, scored } = await riskScores(tx, q.county, asOf);
    const ranked = scored.filter((s) => !q.level || s.score.level === q.level).sort((a, b) => b.score.score - a.score.score || a.row.id - b.row.id);
    const page = ranked.slice(q.offset, q.offset + q.limit);
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'education.risk.list', objectType: 'edu_children', objectId: q.county, result: 'ok', detail: { county: q.county, asOf, shown: page.length } });
    return {
      county: q.county,
      asOf,
      weights: { id: weights.id, thresholds: weights.thresholds, source: weights.source },
      total: ranked.length,
      children: page.map(({ row, score }) => ({
        childId: row.id,
        idNumberMasked: maskIdNumber(row.idNumber),
        nameMasked: maskName(row.name),
        townshipCode: row.townshipCode,
        score: score.score,
        level: score.level,
        parts: score.parts.map((p) => ({ factor: p.factor, points: p.points, detail: textIn(p.detail, lang) })),
      })),
    };
  });
}
