import { catalog, type MessageKey } from './catalog';
import { interpolate, type Language, type Message, type Params } from './define';

/** Non-React translation, for documents, exports and anything outside components. */
export function translate(language: Language, key: MessageKey, params?: Params): string {
  return interpolate(catalog[key][language], params);
}

export type Translate = (key: MessageKey, params?: Params) => string;

/** Both languages of a key built at run time (e.g. `db.<code>` from a refusal), or undefined when the catalog has no such key. */
export function messageOf(key: string): Message | undefined {
  const table: Readonly<Record<string, Message>> = catalog;
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalog, key);
}
