import type { CouncilApi, CouncilBridge, HostResult, MethodName } from '../../../electron/ipc/contract';
import { CouncilHostError } from './errors';

function unwrap<T>(method: MethodName, result: HostResult<T>): T {
  if (result.ok) return result.value;
  throw new CouncilHostError(result.error.code, result.error.message, method, result.error.refusal);
}

/** Turns a bridge (results as data) into the API the UI uses (failures thrown as CouncilHostError). */
export function apiFromBridge(bridge: CouncilBridge): CouncilApi {
  return {
    appInfo: async () => unwrap('appInfo', await bridge.appInfo()),
    setLanguage: async (language) => unwrap('setLanguage', await bridge.setLanguage(language)),
    openExternal: async (url) => unwrap('openExternal', await bridge.openExternal(url)),
    writeDataFile: async (file, bytes) => unwrap('writeDataFile', await bridge.writeDataFile(file, bytes)),
    writeDataFiles: async (files) => unwrap('writeDataFiles', await bridge.writeDataFiles(files)),
    readDataFile: async (file) => unwrap('readDataFile', await bridge.readDataFile(file)),
    listDataFiles: async (folder) => unwrap('listDataFiles', await bridge.listDataFiles(folder)),
    removeDataFile: async (file) => unwrap('removeDataFile', await bridge.removeDataFile(file)),
    saveFileDialog: async (request) => unwrap('saveFileDialog', await bridge.saveFileDialog(request)),
    openFileDialog: async (request) => unwrap('openFileDialog', await bridge.openFileDialog(request)),
    saveFilesToFolder: async (request) =>
      unwrap('saveFilesToFolder', await bridge.saveFilesToFolder(request)),
    signPdf: async (request) => unwrap('signPdf', await bridge.signPdf(request)),
    verifyPdf: async (request) => unwrap('verifyPdf', await bridge.verifyPdf(request)),
    chooseTokenLibrary: async () => unwrap('chooseTokenLibrary', await bridge.chooseTokenLibrary()),
    registerTokenLibrary: async (request) =>
      unwrap('registerTokenLibrary', await bridge.registerTokenLibrary(request)),
    listTokens: async (personId) => unwrap('listTokens', await bridge.listTokens(personId)),
    openTokenSession: async (request) => unwrap('openTokenSession', await bridge.openTokenSession(request)),
    openCertificateSession: async (request) =>
      unwrap('openCertificateSession', await bridge.openCertificateSession(request)),
    signPdfWithToken: async (request) => unwrap('signPdfWithToken', await bridge.signPdfWithToken(request)),
    signPdfsWithToken: async (request) =>
      unwrap('signPdfsWithToken', await bridge.signPdfsWithToken(request)),
    closeTokenSession: async (session) =>
      unwrap('closeTokenSession', await bridge.closeTokenSession(session)),
    listTrustedCertificates: async () =>
      unwrap('listTrustedCertificates', await bridge.listTrustedCertificates()),
    importTrustedCertificates: async (request) =>
      unwrap('importTrustedCertificates', await bridge.importTrustedCertificates(request)),
    removeTrustedCertificate: async (fingerprint) =>
      unwrap('removeTrustedCertificate', await bridge.removeTrustedCertificate(fingerprint)),
    hubCommand: async (command) => unwrap('hubCommand', await bridge.hubCommand(command)),
    hubPublish: async (publication) => unwrap('hubPublish', await bridge.hubPublish(publication)),
    hubTakeOps: async (waitMs) => unwrap('hubTakeOps', await bridge.hubTakeOps(waitMs)),
    hubSettleOps: async (results) => unwrap('hubSettleOps', await bridge.hubSettleOps(results)),
  };
}
