import type { Executor } from '../../../db/client';
import { volumesNear, type VolumeRow } from '../../../db/repositories/underground';
import { conflictsWith, type ParcelConflict } from '../../domain/underground/conflicts';
import { metresPerDegreeLat } from '../../domain/underground/footprintDistance';
import type { Level } from '../../domain/underground/layerLevel';
import type { ConnectionParcel } from '../../domain/underground/connections';
import { conflict } from '../../domain/shared/domainError';
import type { PreparedParcel } from './prepareParcel';

/** A stored parcel as the domain's 3D volume (ids as strings, as the engines take them). */
export function toVolume(row: VolumeRow): ConnectionParcel {
  return {
    id: String(row.id),
    code: row.code,
    footprint: row.footprint,
    layers: row.layers.map((l) => ({ level: l.level as Level, topDepth: l.topDepth, bottomDepth: l.bottomDepth })),
    approvedOn: row.termStart,
  };
}

// Art. 22 neighbours lie within 5 m; 10 m of padding in degrees covers them at Haidong's latitude.
export const neighbourPadDeg = 10 / metresPerDegreeLat / Math.cos((36.6 * Math.PI) / 180);

export interface NamedConflict extends ParcelConflict {
  otherId: number;
  otherCode: string;
  otherName: string;
}

/** 3D conflicts of a candidate parcel with the stored ones (the candidate's own id is skipped). */
export async function conflictsOfCandidate(ex: Executor, prepared: PreparedParcel, selfId: number | null): Promise<NamedConflict[]> {
  const near = await volumesNear(ex, prepared.input.footprint, neighbourPadDeg);
  const byId = new Map(near.map((r) => [String(r.id), r]));
  const candidate = {
    id: selfId === null ? 'new' : String(selfId),
    code: prepared.input.code,
    footprint: prepared.input.footprint,
    layers: prepared.layers.map((l) => ({ level: l.level, topDepth: l.topDepth, bottomDepth: l.bottomDepth })),
  };
  return conflictsWith(candidate, near.map(toVolume)).map((c) => {
    const other = byId.get(c.b)!;
    return { ...c, otherId: other.id, otherCode: other.code, otherName: other.name };
  });
}

/** 409 naming every conflicting parcel with its overlap area and depth range. */
export function conflictError(list: NamedConflict[]) {
  const zh = list.map((c) => `${c.otherCode}（${c.otherName}）：水平重叠 ${c.overlapAreaM2} m²，深度 ${c.depthFrom}–${c.depthTo} m 重叠`).join('；');
  const en = list.map((c) => `${c.otherCode} (${c.otherName}): ${c.overlapAreaM2} m² of footprint overlap, depths ${c.depthFrom}–${c.depthTo} m overlap`).join('; ');
  return conflict(
    'parcel_conflict',
    { zh: `与已有地块三维空间冲突：${zh}`, en: `Conflicts in 3D with existing parcel(s): ${en}` },
    { conflicts: list.map((c) => ({ id: c.otherId, code: c.otherCode, name: c.otherName, overlapAreaM2: c.overlapAreaM2, depthFrom: c.depthFrom, depthTo: c.depthTo })) },
    'footprint',
  );
}

/** Throws the 409 when the candidate would claim space another parcel holds. */
export async function assertNoConflict(ex: Executor, prepared: PreparedParcel, selfId: number | null): Promise<void> {
  const list = await conflictsOfCandidate(ex, prepared, selfId);
  if (list.length > 0) throw conflictError(list);
}
