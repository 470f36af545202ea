/** Longest side of a photo after resizing on the device (issue 10: ≤ 2048 px, JPEG). */
export const maxPhotoSide = 2048;

/**
 * Resizes a camera photo on the phone before it is queued or uploaded: decoded with its EXIF
 * orientation applied (`imageOrientation: 'from-image'`), drawn on a canvas whose longest side is
 * at most 2048 px, and encoded as JPEG at quality 0.85. A file the browser cannot decode as an
 * image is refused here with a message for the form.
 */
export async function resizePhoto(file: Blob): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoError();
  }
  const scale = Math.min(1, maxPhotoSide / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  if (!blob) throw new PhotoError();
  return blob;
}

export class PhotoError extends Error {
  constructor() {
    super('not an image');
  }
}
