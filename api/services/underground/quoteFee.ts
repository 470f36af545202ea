import { feePolicies } from '../../domain/underground/feePolicies';
import { feeQuote, type FeeQuote } from '../../domain/underground/feeQuote';
import { chinaDate } from '../../domain/shared/calendarDate';
import type { Level } from '../../domain/underground/layerLevel';
import type { FeeQuoteBody } from '../../routes/underground/schemas';

/** The quote in the contract, texts in the caller's language (extra fields are additive). */
export function presentQuote(q: FeeQuote, lang: 'zh' | 'en') {
  return {
    total: q.total,
    currency: q.currency,
    layers: q.layers.map((l) => ({ level: l.level, share: l.share, fee: l.fee, reason: lang === 'en' ? l.reasonEn : l.reason })),
    startingPrice: q.startingPrice,
    rent: q.rent,
    regime: q.regime,
    policy: { id: q.policy.id, validFrom: q.policy.validFrom, validTo: q.policy.validTo, inForce: q.policy.inForce },
    basis: lang === 'en' ? q.basisEn : q.basis,
    warnings: q.warnings.map((w) => ({ code: w.code, message: lang === 'en' ? w.messageEn : w.message })),
  };
}

/** Stateless quote (东政办〔2023〕95号 Art. 15): nothing is read or written. */
export function quoteFee(body: FeeQuoteBody, lang: 'zh' | 'en', now: Date = new Date()) {
  const layers = body.layers.map((l) => ({ ...l, level: l.level as Level | undefined }));
  return presentQuote(feeQuote({ ...body, layers }, feePolicies, chinaDate(now)), lang);
}
