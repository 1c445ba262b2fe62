/** Excel out (a round's results) and Excel/CSV in (a product list), issue 6 items 3–4. */
export { ExportRoundExcelButton } from './ExportRoundExcelButton';
export { ImportProductsButton } from './ImportProductsButton';
