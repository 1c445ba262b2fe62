import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestPki } from './test-pki';

/** Certificates a careful verifier must not trust, made with openssl in the test PKI's folder. */

function openssl(pki: TestPki, args: readonly string[]): void {
  execFileSync('openssl', args, { cwd: pki.dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

function derOf(pki: TestPki, pem: string): Uint8Array {
  openssl(pki, ['x509', '-in', pem, '-outform', 'DER', '-out', `${pem}.der`]);
  return readFileSync(join(pki.dir, `${pem}.der`));
}

/** Same key as `keyFile`, another holder's name, issued by the same test CA. */
export function sameKeyOtherName(pki: TestPki, keyFile: string, commonName: string): Uint8Array {
  openssl(pki, ['req', '-new', '-key', keyFile, '-utf8', '-subj', `/CN=${commonName}`, '-out', 'forged.csr']);
  openssl(pki, [
    ...['x509', '-req', '-in', 'forged.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key'],
    ...['-set_serial', '9999', '-days', '30', '-extfile', 'signer.ext', '-out', 'forged.pem'],
  ]);
  return derOf(pki, 'forged.pem');
}

/** The certificate and private key (PEM) of a made-up signer. */
export interface MadeCertificate {
  readonly der: Uint8Array;
  readonly keyPem: string;
}

/** A certificate that signs itself (no CA at all). */
export function selfSigned(pki: TestPki, commonName: string): MadeCertificate {
  openssl(pki, [
    ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'self.key', '-out', 'self.pem'],
    ...['-days', '30', '-utf8', '-subj', `/CN=${commonName}`],
    ...['-addext', 'keyUsage=critical,digitalSignature,nonRepudiation'],
  ]);
  return { der: derOf(pki, 'self.pem'), keyPem: readFileSync(join(pki.dir, 'self.key'), 'latin1') };
}

/** Issued by the test CA for key encipherment only: not for signing. */
export function encipherOnly(pki: TestPki, commonName: string): MadeCertificate {
  writeFileSync(join(pki.dir, 'encipher.ext'), 'keyUsage=critical,keyEncipherment\n');
  openssl(pki, [
    ...['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'enc.key', '-out', 'enc.csr'],
    ...['-utf8', '-subj', `/CN=${commonName}`],
  ]);
  openssl(pki, [
    ...['x509', '-req', '-in', 'enc.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key'],
    ...['-set_serial', '7777', '-days', '30', '-extfile', 'encipher.ext', '-out', 'enc.pem'],
  ]);
  return { der: derOf(pki, 'enc.pem'), keyPem: readFileSync(join(pki.dir, 'enc.key'), 'latin1') };
}

export function caDer(pki: TestPki): Uint8Array {
  return derOf(pki, 'ca.pem');
}
