/** A text in both languages of the product: Chinese first, English on request. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}
