/** A text in both languages of the product: Chinese first, English on request. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** The languages a caller may ask for (Accept-Language: en, else Chinese). */
export type Language = keyof Bilingual;

/** The text in the caller's language. */
export const textIn = (text: Bilingual, lang: Language): string => text[lang];
