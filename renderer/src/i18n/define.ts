/**
 * Messages are declared with both languages side by side, so a missing translation is a
 * type error rather than an English word in a Vietnamese document.
 * Placeholders are `{name}`, filled by `translate`.
 */
export type Language = 'vi' | 'en';

export const languages: readonly Language[] = ['vi', 'en'];
export const defaultLanguage: Language = 'vi';

export interface Message {
  readonly vi: string;
  readonly en: string;
}

export function defineMessages<const T extends Record<string, Message>>(messages: T): T {
  return messages;
}

export type Params = Readonly<Record<string, string | number>>;

/** Replaces `{name}` placeholders; an unknown placeholder is left visible so it gets noticed. */
export function interpolate(text: string, params: Params | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function isLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}
