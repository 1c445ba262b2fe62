import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway CA and signer certificates made with the openssl CLI in a temp folder, as a
 * real user's .p12 would be (OpenSSL 3 defaults: AES-256 + PBKDF2 + SHA-256 MAC). Nothing
 * here is committed; `dispose()` deletes the keys.
 */
export interface TestPki {
  readonly dir: string;
  readonly caPemPath: string;
  /** Makes a signer certificate issued by the CA and returns its .p12 bytes. */
  issueP12(options: {
    commonName: string;
    organization?: string;
    password: string;
    ec?: boolean;
    withoutKey?: boolean;
    legacy?: boolean;
  }): Uint8Array;
  /** PEM of the certificate the last `issueP12` call made. */
  lastCertificatePemPath(): string;
  /** A self-contained NSS database that trusts the CA, for `pdfsig -nssdir`. */
  nssDir(): string;
  dispose(): void;
}

function openssl(args: readonly string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

export function makeTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-sign-'));
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '30',
      '-subj',
      '/CN=OCOP Test CA/O=Test only',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    dir,
  );
  writeFileSync(join(dir, 'signer.ext'), 'keyUsage=critical,digitalSignature,nonRepudiation\n');
  let serial = 0;
  let nss: string | undefined;
  return {
    dir,
    caPemPath: join(dir, 'ca.pem'),
    issueP12({ commonName, organization, password, ec, withoutKey, legacy }) {
      serial += 1;
      const base = `signer${serial}`;
      const subject = `/CN=${commonName}${organization === undefined ? '' : `/O=${organization}`}`;
      const key =
        ec === true ? ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'] : ['-newkey', 'rsa:2048'];
      openssl(
        ['req', ...key, '-nodes', '-keyout', `${base}.key`, '-out', `${base}.csr`, '-utf8', '-subj', subject],
        dir,
      );
      openssl(
        [
          'x509',
          '-req',
          '-in',
          `${base}.csr`,
          '-CA',
          'ca.pem',
          '-CAkey',
          'ca.key',
          '-set_serial',
          String(1000 + serial),
          '-out',
          `${base}.pem`,
          '-days',
          '30',
          '-extfile',
          'signer.ext',
        ],
        dir,
      );
      openssl(
        [
          // -legacy: RC2-40 + 3DES + SHA-1 MAC, what older Windows exports and CA tools write.
          'pkcs12',
          '-export',
          ...(legacy === true ? ['-legacy'] : []),
          ...(withoutKey === true ? ['-nokeys'] : ['-inkey', `${base}.key`]),
          '-in',
          `${base}.pem`,
          '-certfile',
          'ca.pem',
          '-out',
          `${base}.p12`,
          '-passout',
          `pass:${password}`,
          '-name',
          commonName,
        ],
        dir,
      );
      return readFileSync(join(dir, `${base}.p12`));
    },
    lastCertificatePemPath() {
      return join(dir, `signer${serial}.pem`);
    },
    nssDir() {
      if (nss === undefined) {
        nss = join(dir, 'nss');
        execFileSync('mkdir', ['-p', nss]);
        execFileSync('certutil', ['-N', '--empty-password', '-d', `sql:${nss}`]);
        execFileSync('certutil', [
          '-A',
          '-n',
          'ocop-test-ca',
          '-t',
          'CT,C,C',
          '-i',
          join(dir, 'ca.pem'),
          '-d',
          `sql:${nss}`,
        ]);
      }
      return nss;
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
