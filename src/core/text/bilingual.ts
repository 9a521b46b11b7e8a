// Messages written into a zod schema outrank the locale a parse asks for, so
// re-checking input with the English locale (invalidInput, the catalog import)
// would still answer them in Vietnamese. A schema message made with
// bilingual() stays Vietnamese, the app's first language, and inEnglish()
// finds its English again.
const english = new Map<string, string>();

/** The Vietnamese message, remembering its English. */
export function bilingual(vi: string, en: string): string {
  english.set(vi, en);
  return vi;
}

/** The English of a message made with bilingual(); any other message as it is (zod's English locale already wrote it). */
export function inEnglish(message: string): string {
  return english.get(message) ?? message;
}
