import { catalog, type MessageKey } from './catalog';
import { interpolate, type Language, type Params } from './define';

/** Non-React translation, for documents, exports and anything outside components. */
export function translate(language: Language, key: MessageKey, params?: Params): string {
  return interpolate(catalog[key][language], params);
}

export type Translate = (key: MessageKey, params?: Params) => string;
