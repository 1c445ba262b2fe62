import { defineMessages } from '../define';

/** Excel out (a round's results) and Excel/CSV in (a product list), issue 6 items 3–4. */
export const excelMessages = defineMessages({
  'excel.export': { vi: 'Xuất Excel', en: 'Export to Excel' },
});
