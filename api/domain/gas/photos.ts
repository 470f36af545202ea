// Photo evidence of a hazard (东政办〔2023〕98号 §四(二): 发现、整改、复核 each documented). The limits
// are data; the image type is read from the bytes, never from the name or the declared type.
// No I/O.
import { DomainError, conflict, invalid } from '../shared/domainError';

export const photoLimits = {
  /** Largest photo accepted (a phone photo resized to ≤ 2048 px is well under 1 MB). */
  maxBytes: 8 * 1024 * 1024,
  /** Photos per hazard, all stages together. */
  maxPerHazard: 12,
  /** Longest side of the server-made thumbnail (JPEG). */
  thumbMaxPx: 320,
} as const;

export const photoTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof photoTypes)[number];

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/** The image type by its magic bytes (JPEG FF D8 FF, PNG's 8-byte signature, RIFF…WEBP), else undefined. */
export function sniffImageType(bytes: Uint8Array): PhotoType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return undefined;
}

export const unsupportedImage = () =>
  new DomainError('unsupported_media', 'unsupported_image', { zh: '只接受 JPEG、PNG 或 WebP 图片，请重新拍照或选择图片', en: 'Only JPEG, PNG or WebP images are accepted; take or choose a photo' }, 'photo');

/** The photo's type when it may be stored: 400 empty, 413 too large, 415 not an accepted image. */
export function checkPhoto(bytes: Uint8Array): PhotoType {
  if (bytes.length === 0) throw invalid('empty_photo', { zh: '照片文件为空，请重新拍照', en: 'The photo file is empty; take it again' }, 'photo');
  if (bytes.length > photoLimits.maxBytes) {
    const mb = photoLimits.maxBytes / 1024 / 1024;
    throw new DomainError('too_large', 'photo_too_large', { zh: `照片超过 ${mb} MB，请缩小后上传`, en: `The photo is over ${mb} MB; resize it and upload again` }, 'photo');
  }
  const type = sniffImageType(bytes);
  if (!type) throw unsupportedImage();
  return type;
}

/** 409 when the hazard already has its full count of photos. */
export function checkPhotoCount(existing: number): void {
  if (existing >= photoLimits.maxPerHazard) {
    throw conflict('photo_limit', { zh: `每条隐患最多 ${photoLimits.maxPerHazard} 张照片`, en: `A hazard has at most ${photoLimits.maxPerHazard} photos` }, { max: photoLimits.maxPerHazard }, 'photo');
  }
}

/** Width and height as displayed: EXIF orientations 5–8 turn the picture a quarter (EXIF 2.3 §4.6.4 A, Orientation). */
export function displayedSize(width: number, height: number, orientation: number | undefined): { width: number; height: number } {
  return orientation !== undefined && orientation >= 5 && orientation <= 8 ? { width: height, height: width } : { width, height };
}

/**
 * The photos a hazard list (附件2) shows per hazard: the first finding photo (the hazard as found)
 * and the latest rectification photo (as fixed). `photos` in upload order.
 */
export function listPhotos<P extends { hazardId: number; stage: string }>(photos: readonly P[]): Map<number, { finding?: P; rectification?: P }> {
  const out = new Map<number, { finding?: P; rectification?: P }>();
  for (const p of photos) {
    const entry = out.get(p.hazardId) ?? {};
    if (p.stage === 'finding' && !entry.finding) entry.finding = p;
    if (p.stage === 'rectification') entry.rectification = p;
    out.set(p.hazardId, entry);
  }
  return out;
}
