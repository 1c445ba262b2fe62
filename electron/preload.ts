import { contextBridge, ipcRenderer } from 'electron';
import {
  channels,
  type CouncilBridge,
  type HostResult,
  type MethodArgs,
  type MethodName,
  type MethodResult,
} from './ipc/contract';

/**
 * The preload exposes exactly one object, `window.council`: one method per message, nothing
 * else — no ipcRenderer, no generic `invoke(channel)`, so a compromised page can reach only
 * the messages the contract names, and main validates each of them again.
 *
 * Each method resolves to a HostResult instead of throwing: contextBridge drops an Error's
 * custom properties, and the renderer needs the error `code` to show the right message.
 * renderer/src/platform turns a failed result back into a thrown CouncilHostError.
 */
function invoke<K extends MethodName>(
  method: K,
  ...args: MethodArgs<K>
): Promise<HostResult<MethodResult<K>>> {
  return ipcRenderer.invoke(channels[method], ...args);
}

const council = {
  appInfo: () => invoke('appInfo'),
  setLanguage: (language) => invoke('setLanguage', language),
  openExternal: (url) => invoke('openExternal', url),
  writeDataFile: (file, bytes) => invoke('writeDataFile', file, bytes),
  writeDataFiles: (files) => invoke('writeDataFiles', files),
  readDataFile: (file) => invoke('readDataFile', file),
  listDataFiles: (folder) => invoke('listDataFiles', folder),
  removeDataFile: (file) => invoke('removeDataFile', file),
  saveFileDialog: (request) => invoke('saveFileDialog', request),
  openFileDialog: (request) => invoke('openFileDialog', request),
  saveFilesToFolder: (request) => invoke('saveFilesToFolder', request),
  signPdf: (request) => invoke('signPdf', request),
  verifyPdf: (request) => invoke('verifyPdf', request),
  chooseTokenLibrary: () => invoke('chooseTokenLibrary'),
  registerTokenLibrary: (request) => invoke('registerTokenLibrary', request),
  listTokens: (personId) => invoke('listTokens', personId),
  openTokenSession: (request) => invoke('openTokenSession', request),
  openCertificateSession: (request) => invoke('openCertificateSession', request),
  signPdfWithToken: (request) => invoke('signPdfWithToken', request),
  signPdfsWithToken: (request) => invoke('signPdfsWithToken', request),
  closeTokenSession: (session) => invoke('closeTokenSession', session),
  listTrustedCertificates: () => invoke('listTrustedCertificates'),
  importTrustedCertificates: (request) => invoke('importTrustedCertificates', request),
  removeTrustedCertificate: (fingerprint) => invoke('removeTrustedCertificate', fingerprint),
  hubCommand: (command) => invoke('hubCommand', command),
  hubPublish: (publication) => invoke('hubPublish', publication),
  hubTakeOps: (waitMs) => invoke('hubTakeOps', waitMs),
  hubSettleOps: (results) => invoke('hubSettleOps', results),
} satisfies CouncilBridge;

contextBridge.exposeInMainWorld('council', council);
