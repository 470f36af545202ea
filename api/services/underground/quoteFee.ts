import { feePolicies } from '../../domain/underground/feePolicies';
import { feeQuote } from '../../domain/underground/feeQuote';
import { chinaDate } from '../../domain/shared/calendarDate';
import type { Language } from '../../domain/shared/bilingual';
import type { Level } from '../../domain/underground/layerLevel';
import type { FeeQuoteBody } from '../../routes/underground/schemas';
import { feeQuoteView } from './feeQuoteView';

/** Stateless quote (东政办〔2023〕95号 Art. 15): nothing is read or written. */
export function quoteFee(body: FeeQuoteBody, lang: Language, now: Date = new Date()) {
  const layers = body.layers.map((l) => ({ ...l, level: l.level as Level | undefined }));
  return feeQuoteView(feeQuote({ ...body, layers }, feePolicies, chinaDate(now)), lang);
}
