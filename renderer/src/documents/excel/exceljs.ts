import type { Workbook } from 'exceljs';

/**
 * exceljs, loaded on first use with import() so that its ~1 MB stays out of the start-up chunk.
 * The package is CommonJS (a UMD bundle in the browser): depending on the bundler the class is
 * a named export or a property of the default export; both are checked.
 */
export async function newWorkbook(): Promise<Workbook> {
  const mod: unknown = await import('exceljs');
  const ctor =
    workbookClass(mod) ??
    workbookClass(typeof mod === 'object' && mod !== null ? Reflect.get(mod, 'default') : undefined);
  if (ctor === undefined) throw new Error('exceljs: no Workbook export');
  return ctor();
}

function workbookClass(mod: unknown): (() => Workbook) | undefined {
  if (typeof mod !== 'object' || mod === null) return undefined;
  const value: unknown = Reflect.get(mod, 'Workbook');
  if (typeof value !== 'function') return undefined;
  return () => Reflect.construct(value, []);
}
