import {
  channels,
  type CouncilBridge,
  type HostResult,
  type MethodArgs,
  type MethodName,
  type MethodResult,
} from '../../../electron/ipc/contract';
import { decodeWire, decodeWireBinary, encodeWireBinary, WIRE_BINARY_TYPE } from './wire';

/** The marker the web host writes into index.html (electron/web/host.ts): not a secret. */
export const WEB_HOST_META_NAME = 'ocop-host';

export interface HttpBridgeOptions {
  /** '' for the page's own origin (browser mode); a full origin in tests. */
  readonly baseUrl: string;
  readonly fetch: typeof fetch;
}

function failure(
  code: 'unavailable' | 'refused' | 'too-large' | 'internal',
  message: string,
): HostResult<never> {
  return { ok: false, error: { code, message } };
}

function isHostResult(value: unknown): value is { ok: boolean } {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

/**
 * Browser mode's transport: POST /api/<channel>, JSON body = the argument list. The host
 * knows the page by its HttpOnly session cookie, which the browser sends by itself (the page
 * never sees it). The web host answers every handled request with a HostResult (the same
 * one Electron's IPC carries); a refusal by the transport itself becomes one here.
 */
export function createHttpBridge(options: HttpBridgeOptions): CouncilBridge {
  async function call<K extends MethodName>(
    method: K,
    args: MethodArgs<K>,
  ): Promise<HostResult<MethodResult<K>>> {
    let response: Response;
    try {
      response = await options.fetch(`${options.baseUrl}/api/${channels[method]}`, {
        method: 'POST',
        // Binary, not JSON: a PDF's bytes travel as they are (no base64 on either side).
        headers: { 'Content-Type': WIRE_BINARY_TYPE },
        credentials: 'same-origin',
        body: encodeWireBinary(args),
      });
    } catch (error) {
      // The web host is not running any more (terminal closed) or the network stack failed.
      return failure('unavailable', error instanceof Error ? error.message : String(error));
    }
    let text = '';
    let body: unknown;
    try {
      if (response.headers.get('Content-Type') === WIRE_BINARY_TYPE)
        body = decodeWireBinary(new Uint8Array(await response.arrayBuffer()));
      else {
        text = await response.text();
        body = decodeWire(text);
      }
    } catch {
      // Not a HostResult: the transport refused (403/404/415 answer in plain text).
      body = undefined;
    }
    if (isHostResult(body)) {
      // The host is this app's own process: its answer has the shape the contract names.
      return body as HostResult<MethodResult<K>>;
    }
    if (response.status === 403) return failure('refused', text.trim());
    if (response.status === 413) return failure('too-large', text.trim());
    return failure('internal', `HTTP ${response.status}: ${text.trim().slice(0, 200)}`);
  }

  return {
    appInfo: () => call('appInfo', []),
    setLanguage: (language) => call('setLanguage', [language]),
    openExternal: (url) => call('openExternal', [url]),
    writeDataFile: (file, bytes) => call('writeDataFile', [file, bytes]),
    writeDataFiles: (files) => call('writeDataFiles', [files]),
    readDataFile: (file) => call('readDataFile', [file]),
    listDataFiles: (folder) => call('listDataFiles', [folder]),
    removeDataFile: (file) => call('removeDataFile', [file]),
    saveFileDialog: (request) => call('saveFileDialog', [request]),
    openFileDialog: (request) => call('openFileDialog', [request]),
    saveFilesToFolder: (request) => call('saveFilesToFolder', [request]),
    signPdf: (request) => call('signPdf', [request]),
    verifyPdf: (request) => call('verifyPdf', [request]),
    chooseTokenLibrary: () => call('chooseTokenLibrary', []),
    registerTokenLibrary: (request) => call('registerTokenLibrary', [request]),
    listTokens: (personId) => call('listTokens', [personId]),
    openTokenSession: (request) => call('openTokenSession', [request]),
    openCertificateSession: (request) => call('openCertificateSession', [request]),
    signPdfWithToken: (request) => call('signPdfWithToken', [request]),
    signPdfsWithToken: (request) => call('signPdfsWithToken', [request]),
    closeTokenSession: (session) => call('closeTokenSession', [session]),
    listTrustedCertificates: () => call('listTrustedCertificates', []),
    importTrustedCertificates: (request) => call('importTrustedCertificates', [request]),
    removeTrustedCertificate: (fingerprint) => call('removeTrustedCertificate', [fingerprint]),
    hubCommand: (command) => call('hubCommand', [command]),
    hubPublish: (publication) => call('hubPublish', [publication]),
    hubTakeOps: (waitMs) => call('hubTakeOps', [waitMs]),
    hubSettleOps: (results) => call('hubSettleOps', [results]),
  };
}
