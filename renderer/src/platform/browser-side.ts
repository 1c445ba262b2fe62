import type {
  FileFilter,
  OpenFileRequest,
  PickedFile,
  SaveFileRequest,
  SavedFile,
} from '../../../electron/ipc/contract';
import { CouncilHostError } from './errors';
import { safeExternalUrl } from './external-url';

/** Same limit as the hosts (electron/services/data-files.ts). */
export const MAX_PICKED_FILE_BYTES = 200 * 1024 * 1024;

/**
 * What the page does itself when no Electron main process is there: downloads instead of
 * a save dialog, <input type=file> instead of an open dialog, a new tab for links.
 */
export interface BrowserSide {
  openExternal(url: string): Promise<void>;
  saveFileDialog(request: SaveFileRequest): Promise<SavedFile | null>;
  openFileDialog(request: OpenFileRequest): Promise<readonly PickedFile[]>;
}

/** "PDF (*.pdf)" filters → the input's accept attribute (".pdf,.json"); '*' accepts anything. */
export function acceptAttribute(filters: readonly FileFilter[] | undefined): string {
  const extensions = (filters ?? []).flatMap((filter) => filter.extensions);
  if (extensions.length === 0 || extensions.includes('*')) return '';
  return [...new Set(extensions.map((extension) => `.${extension.toLowerCase()}`))].join(',');
}

export function createBrowserSide(window: Window): BrowserSide {
  const document = window.document;
  return {
    async openExternal(url) {
      const safe = safeExternalUrl(url);
      if (safe === null) throw new CouncilHostError('refused', 'only http(s) links open', 'openExternal');
      // noopener: the opened site gets no handle back to the app's window.
      window.open(safe, '_blank', 'noopener,noreferrer');
    },

    async saveFileDialog(request) {
      const blob = new Blob([new Uint8Array(request.bytes)], { type: request.mime });
      const href = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = href;
      link.download = request.suggestedName;
      link.rel = 'noopener';
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoking at once can cancel the download in some browsers; a minute is plenty.
      window.setTimeout(() => URL.revokeObjectURL(href), 60_000);
      return { name: request.suggestedName };
    },

    openFileDialog(request) {
      return new Promise<readonly PickedFile[]>((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.multiple = request.multiple === true;
        const accept = acceptAttribute(request.filters);
        if (accept !== '') input.accept = accept;
        input.addEventListener(
          'change',
          () => {
            const chosen = [...(input.files ?? [])];
            const tooLarge = chosen.find((file) => file.size > MAX_PICKED_FILE_BYTES);
            if (tooLarge !== undefined) {
              reject(
                new CouncilHostError(
                  'too-large',
                  `${tooLarge.name}: ${tooLarge.size} bytes`,
                  'openFileDialog',
                ),
              );
              return;
            }
            Promise.all(
              chosen.map(async (file) => ({
                name: file.name,
                bytes: new Uint8Array(await file.arrayBuffer()),
              })),
            ).then(resolve, (error: unknown) =>
              reject(
                new CouncilHostError(
                  'io',
                  error instanceof Error ? error.message : String(error),
                  'openFileDialog',
                ),
              ),
            );
          },
          { once: true },
        );
        // Chromium fires 'cancel' when the picker is dismissed.
        input.addEventListener('cancel', () => resolve([]), { once: true });
        input.click();
      });
    },
  };
}
