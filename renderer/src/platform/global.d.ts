import type { CouncilBridge } from '../../../electron/ipc/contract';

declare global {
  interface Window {
    /** Set by the Electron preload (electron/preload.ts); absent in a browser. Read it only in platform/. */
    readonly council?: CouncilBridge;
  }
}

export {};
