import { safeFileName } from '../../documents/file-names';
import type { Language } from '../../i18n/define';
import { translate } from '../../i18n/translate';

/**
 * "Đợt đánh giá - Đợt 2 năm 2026.ocop-round.json": the round's name with its diacritics (in
 * NFC), made safe for Windows; the double extension says what the JSON file is.
 */
export function roundFileName(language: Language, roundName: string): string {
  const base = safeFileName(
    translate(language, 'roundFile.fileName', { name: roundName }),
    translate(language, 'rounds.title'),
  );
  return `${base}.ocop-round.json`;
}
