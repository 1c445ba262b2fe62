import { useEffect, useState } from 'react';
import { loadRuleSetSheets } from '../../domain/criteria/registry';
import { matchesSearch } from '../../domain/text-search';

/** What the product form shows of a criteria sheet. */
export interface SheetChoice {
  readonly sheetNo: number;
  readonly name: string;
  readonly productTypes: readonly string[];
  /** the printed explanation of the code "(T)-(X)-(STT)-year" from the sheet's header */
  readonly codeExplanation: string | undefined;
}

/** The sheets of the round's rule-set (already loaded when the database opened: cached). */
export function useSheetChoices(ruleSetId: string): readonly SheetChoice[] | undefined {
  const [choices, setChoices] = useState<readonly SheetChoice[] | undefined>(undefined);
  const [failure, setFailure] = useState<Error | null>(null);
  useEffect(() => {
    let live = true;
    loadRuleSetSheets(ruleSetId).then(
      (sheets) => {
        if (!live) return;
        setChoices(
          sheets.map((sheet) => ({
            sheetNo: sheet.sheetNo,
            name: sheet.name,
            productTypes: sheet.productTypes,
            codeExplanation: sheet.formHeaderFields.find((line) => line.startsWith('T:')),
          })),
        );
      },
      (error: unknown) => live && setFailure(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  }, [ruleSetId]);
  // A sheet that cannot load is a build defect: let the screen's error boundary show it.
  if (failure !== null) throw failure;
  return choices;
}

/** Sheets matching what was typed: number, name or product types, diacritics optional ("ca phe" → 13). */
export function filterSheets(choices: readonly SheetChoice[], query: string): SheetChoice[] {
  const q = query.trim();
  if (/^\d+$/.test(q))
    return choices.filter((c) => String(c.sheetNo) === q || String(c.sheetNo).startsWith(q));
  return choices.filter((c) => matchesSearch(`${c.name} ${c.productTypes.join(' ')}`, q));
}
