import { labelOf } from '../api/oneOf';
import { districtNames } from '../../api/domain/geo/vocabulary';
import type { Tr } from './i18n';

/**
 * The name of a county or inspection district from the shared geography vocabulary (the
 * districts are the six counties and the industrial park), or the code itself if unknown.
 */
export function placeName(tr: Tr, code: string): string {
  return tr(labelOf(districtNames, code), code);
}
