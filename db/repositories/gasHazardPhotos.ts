import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../client';
import { gasHazardPhotos, gasHazards } from '../schema/gas';

export type NewHazardPhoto = typeof gasHazardPhotos.$inferInsert;

/** What a photo is, without its bytes (listed in the hazard's detail). */
const metaColumns = {
  id: gasHazardPhotos.id,
  hazardId: gasHazardPhotos.hazardId,
  stage: gasHazardPhotos.stage,
  contentType: gasHazardPhotos.contentType,
  bytes: gasHazardPhotos.bytes,
  width: gasHazardPhotos.width,
  height: gasHazardPhotos.height,
  takenAt: gasHazardPhotos.takenAt,
  createdAt: gasHazardPhotos.createdAt,
  createdBy: gasHazardPhotos.createdBy,
};

export type HazardPhotoMeta = Awaited<ReturnType<typeof photosOf>>[number];

export async function countPhotos(ex: Executor, hazardId: number): Promise<number> {
  const [row] = await ex.select({ n: count() }).from(gasHazardPhotos).where(eq(gasHazardPhotos.hazardId, hazardId));
  return Number(row?.n ?? 0);
}

export async function insertPhoto(ex: Executor, photo: NewHazardPhoto) {
  const [row] = await ex.insert(gasHazardPhotos).values(photo).returning(metaColumns);
  return row!;
}

export async function photosOf(ex: Executor, hazardId: number) {
  return ex.select(metaColumns).from(gasHazardPhotos).where(eq(gasHazardPhotos.hazardId, hazardId)).orderBy(asc(gasHazardPhotos.createdAt), asc(gasHazardPhotos.id));
}

/** One photo's bytes (or thumbnail) with the district of its hazard, for the scope check. */
export async function photoContent(ex: Executor, id: number, variant: 'data' | 'thumb') {
  const [row] = await ex
    .select({ contentType: gasHazardPhotos.contentType, body: variant === 'data' ? gasHazardPhotos.data : gasHazardPhotos.thumb, districtCode: gasHazards.districtCode })
    .from(gasHazardPhotos)
    .innerJoin(gasHazards, eq(gasHazards.id, gasHazardPhotos.hazardId))
    .where(eq(gasHazardPhotos.id, id));
  return row;
}

/**
 * The thumbnails a hazard list embeds: per hazard the first finding photo and the latest
 * rectification photo (附件2 export).
 */
export async function exportThumbs(ex: Executor, hazardIds: readonly number[]) {
  if (hazardIds.length === 0) return [];
  return ex
    .select({ id: gasHazardPhotos.id, hazardId: gasHazardPhotos.hazardId, stage: gasHazardPhotos.stage, thumb: gasHazardPhotos.thumb, width: gasHazardPhotos.width, height: gasHazardPhotos.height })
    .from(gasHazardPhotos)
    .where(and(inArray(gasHazardPhotos.hazardId, [...hazardIds]), inArray(gasHazardPhotos.stage, ['finding', 'rectification'])))
    .orderBy(asc(gasHazardPhotos.hazardId), asc(gasHazardPhotos.createdAt), asc(gasHazardPhotos.id));
}

