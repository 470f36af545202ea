import type { FeeQuote } from '../../domain/underground/feeQuote';
import { textIn, type Language } from '../../domain/shared/bilingual';

/** The quote in the contract, texts in the caller's language (extra fields are additive). */
export function feeQuoteView(q: FeeQuote, lang: Language) {
  return {
    total: q.total,
    currency: q.currency,
    layers: q.layers.map((l) => ({ level: l.level, share: l.share, fee: l.fee, reason: textIn(l.reason, lang) })),
    startingPrice: q.startingPrice,
    rent: q.rent,
    regime: q.regime,
    policy: { id: q.policy.id, validFrom: q.policy.validFrom, validTo: q.policy.validTo, inForce: q.policy.inForce },
    basis: textIn(q.basis, lang),
    warnings: q.warnings.map((w) => ({ code: w.code, message: textIn(w.text, lang) })),
  };
}
