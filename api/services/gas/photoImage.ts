import { displayedSize, photoLimits, unsupportedImage } from '../../domain/gas/photos';

/** A decompression bomb (a tiny file declaring a huge canvas) is refused before decoding: 64 MP. */
const maxInputPixels = 64_000_000;

/**
 * Decodes an accepted photo (type already sniffed by checkPhoto): its displayed size (EXIF
 * orientation honoured) and a JPEG thumbnail of at most photoLimits.thumbMaxPx, turned upright.
 * An image that does not decode is a 415 like any unsupported file.
 */
export async function readPhoto(bytes: Uint8Array): Promise<{ width: number; height: number; thumb: Uint8Array }> {
  // Loaded on first use, not at start (issue 15: restart ≤ 10 s).
  const { default: sharp } = await import('sharp');
  try {
    const meta = await sharp(bytes, { limitInputPixels: maxInputPixels }).metadata();
    if (!meta.width || !meta.height) throw unsupportedImage();
    const thumb = await sharp(bytes, { limitInputPixels: maxInputPixels })
      .rotate()
      .resize(photoLimits.thumbMaxPx, photoLimits.thumbMaxPx, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 75 })
      .toBuffer();
    return { ...displayedSize(meta.width, meta.height, meta.orientation), thumb: new Uint8Array(thumb) };
  } catch {
    throw unsupportedImage();
  }
}
