import type { Db } from '../../../db/client';
import { findParcel, volumesNear } from '../../../db/repositories/underground';
import { connectionsOf } from '../../../db/repositories/undergroundConnections';
import { connectionCandidates } from '../../domain/underground/connections';
import { conflictsWith } from '../../domain/underground/conflicts';
import { feeTier } from '../../domain/underground/feeTier';
import { landUseTerm, nationalMaxTermYears } from '../../domain/underground/landUseTerm';
import type { ParcelUse } from '../../domain/underground/vocabulary';
import { notFound } from '../../domain/shared/domainError';
import { isCentralCity, policyScopeNote } from '../../domain/underground/policyScope';
import { registrationFlags } from '../../domain/underground/registrationFlags';
import { termStartQuote } from '../../domain/underground/termStartQuote';
import { textIn, type Language } from '../../domain/shared/bilingual';
import { feeQuoteView } from './feeQuoteView';
import { neighbourPadDeg, toVolume } from './volumes';

/** One parcel with its layers, fee breakdown (Art. 15), term (Art. 18), conflicts and connections (Art. 22). */
export async function getParcel(db: Db, id: number, lang: Language) {
  const p = await findParcel(db, id);
  if (!p) throw notFound({ zh: '地块', en: 'Parcel' });
  const quote = termStartQuote(p);
  const surfaceUse = (p.surfaceUse ?? p.use) as ParcelUse;
  const term = landUseTerm({ kind: p.kind, use: p.use, termStart: p.termStart, surface: { use: surfaceUse, years: p.surfaceTermYears ?? nationalMaxTermYears[surfaceUse] } });

  const near = await volumesNear(db, p.footprint, neighbourPadDeg);
  const names = new Map(near.map((n) => [String(n.id), n]));
  const self = near.find((n) => n.id === id);
  const selfVolume = self ? toVolume(self) : null;
  const conflicts = selfVolume
    ? conflictsWith(selfVolume, near.map(toVolume)).map((c) => ({ id: Number(c.b), code: names.get(c.b)!.code, name: names.get(c.b)!.name, overlapAreaM2: c.overlapAreaM2, depthFrom: c.depthFrom, depthTo: c.depthTo }))
    : [];
  const candidates = connectionCandidates(near.map(toVolume))
    .filter((c) => c.a === String(id) || c.b === String(id))
    .map((c) => {
      const other = names.get(c.a === String(id) ? c.b : c.a)!;
      return { id: other.id, code: other.code, name: other.name, level: c.level, distanceM: c.distanceM, reserves: names.get(c.reserves)!.code, builds: names.get(c.builds)!.code };
    });
  return {
    ...p,
    referenceOnly: !isCentralCity(p.countyCode),
    scopeNote: textIn(policyScopeNote(p.countyCode), lang),
    fee: { ...feeQuoteView(quote, lang), tier: feeTier(quote).id },
    term: { years: term.years, termStart: term.termStart, endDate: term.endDate, reason: textIn(term.reason, lang), officeReading: term.officeReading },
    registrationFlags: registrationFlags(p).map((f) => ({ code: f.code, message: textIn(f.text, lang), article: f.article })),
    conflicts,
    connections: await connectionsOf(db, id),
    connectionCandidates: candidates,
  };
}
