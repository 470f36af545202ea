import type { Db } from '../../../db/client';
import { findParcel, volumesNear } from '../../../db/repositories/underground';
import { connectionsOf } from '../../../db/repositories/undergroundConnections';
import { connectionCandidates } from '../../domain/underground/connections';
import { conflictsWith } from '../../domain/underground/conflicts';
import { feePolicies } from '../../domain/underground/feePolicies';
import { feeQuote } from '../../domain/underground/feeQuote';
import { feeTier } from '../../domain/underground/feeTier';
import { landUseTerm, nationalMaxTermYears } from '../../domain/underground/landUseTerm';
import type { Level } from '../../domain/underground/layerLevel';
import type { ParcelUse } from '../../domain/underground/vocabulary';
import { notFound } from '../../domain/shared/domainError';
import { isCentralCity } from '../../domain/underground/policyScope';
import { presentQuote } from './quoteFee';
import { neighbourPadDeg, toVolume } from './volumes';

/** One parcel with its layers, fee breakdown (Art. 15), term (Art. 18), conflicts and connections (Art. 22). */
export async function getParcel(db: Db, id: number, lang: 'zh' | 'en') {
  const p = await findParcel(db, id);
  if (!p) throw notFound({ zh: '地块', en: 'Parcel' });
  const quote = feeQuote(
    {
      supply: p.supply, use: p.use, surfaceAllocated: p.surfaceAllocated, publicParking: p.publicParking, surfaceUnitPrice: p.surfaceUnitPrice, date: p.termStart,
      layers: p.layers.map((l) => ({ level: l.level as Level, topDepth: l.topDepth, bottomDepth: l.bottomDepth, netHeight: l.netHeight, area: l.projectionArea })),
    },
    feePolicies,
    p.termStart,
  );
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
  const tr = (zh: string, en: string) => (lang === 'en' ? en : zh);
  return {
    ...p,
    referenceOnly: !isCentralCity(p.countyCode),
    scopeNote: isCentralCity(p.countyCode)
      ? tr('中心城区，适用东政办〔2023〕95号（第二条）', 'Central city: Dongzhengban [2023] No. 95 applies (Art. 2)')
      : tr('中心城区以外，参照执行，仅供参考（第三十三条）', 'Outside the central city: reference only (Art. 33)'),
    fee: { ...presentQuote(quote, lang), tier: feeTier(quote).id },
    term: { years: term.years, termStart: term.termStart, endDate: term.endDate, reason: lang === 'en' ? term.reasonEn : term.reason },
    conflicts,
    connections: await connectionsOf(db, id),
    connectionCandidates: candidates,
  };
}
