import { problem, type Parsed } from '../problems';
import { parseJsonText } from '../validate/json-text';
import { parseCriteriaSheet, type SheetSchemaOptions } from './sheet-schema';
import { isSourceFormatSheet, sheetFromSourceFormat } from './source-format';
import type { CriteriaSheet } from './types';

/**
 * Importing a sheet file that a province or a future decision supplies (issue 3 item 2): the
 * text is parsed and validated, and on failure EVERY problem is returned with its path. The
 * caller saves nothing unless the result is ok. Both the app's own sheet shape and the
 * reference transcription format (as in shared/criteria) are accepted.
 */
/** A criteria sheet is ~20 KB; anything far larger is refused before it is parsed (issue 6). */
export const MAX_SHEET_FILE_CHARS = 5 * 1024 * 1024;

export function importSheetFile(text: string, options: SheetSchemaOptions = {}): Parsed<CriteriaSheet> {
  if (text.length > MAX_SHEET_FILE_CHARS) {
    return {
      ok: false,
      problems: [
        problem('', 'file-too-large', {
          size: Math.ceil(text.length / 1048576),
          max: MAX_SHEET_FILE_CHARS / 1048576,
        }),
      ],
    };
  }
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const data = json.value;
  return parseCriteriaSheet(isSourceFormatSheet(data) ? sheetFromSourceFormat(data) : data, options);
}
