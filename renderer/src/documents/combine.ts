import type {
  Content,
  DynamicBackground,
  DynamicContent,
  PageOrientation,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import { pageNumberHeader } from '../domain/documents/page';

/**
 * Several documents as one PDF for printing: each becomes a pdfmake `section` (it starts on a
 * new page and keeps its own orientation and margins), and each counts its own pages, so
 * every document still shows "2", "3"… from its second page as the decree wants.
 *
 * pdfmake gives a section's header only the page number in the whole file. Sections are laid
 * out in order and their headers called page by page in order, so each section's header
 * remembers the first page it was called for. A layout can be repeated (when a signature
 * group is moved to the next page); the root background is called for page 1 at the start of
 * every layout, which is where the remembered pages are forgotten.
 */
export function combineDocuments(docs: readonly TDocumentDefinitions[], title: string): TDocumentDefinitions {
  const first = docs[0];
  if (first === undefined) throw new Error('combineDocuments needs at least one document');
  const starts: (number | undefined)[] = docs.map(() => undefined);
  const background: DynamicBackground = (currentPage) => {
    if (currentPage === 1) starts.fill(undefined);
    return null;
  };
  const sections: Content[] = docs.map((doc, index) => {
    const header: DynamicContent = (currentPage) => {
      const start = starts[index] ?? currentPage;
      starts[index] = start;
      return pageNumberHeader(currentPage - start + 1);
    };
    const orientation: PageOrientation = doc.pageOrientation ?? 'portrait';
    return {
      section: Array.isArray(doc.content) ? doc.content : [doc.content],
      pageOrientation: orientation,
      ...(doc.pageMargins !== undefined && { pageMargins: doc.pageMargins }),
      header,
    };
  });
  return {
    ...(first.pageSize !== undefined && { pageSize: first.pageSize }),
    ...(first.defaultStyle !== undefined && { defaultStyle: first.defaultStyle }),
    ...(first.styles !== undefined && { styles: first.styles }),
    info: { ...first.info, title },
    background,
    content: sections,
  };
}
