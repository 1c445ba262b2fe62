import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * SoftHSM2 tokens made by the test itself (Debian packages `softhsm2` and `opensc`): a private
 * token store in a temp folder (SOFTHSM2_CONF), keys generated ON the token with pkcs11-tool,
 * and certificates for those keys issued by a throwaway CA with openssl (`-force_pubkey`
 * puts the token's public key into a certificate without the private key ever leaving it).
 */

export const SOFTHSM_MODULE = process.env['SOFTHSM2_MODULE'] ?? '/usr/lib/softhsm/libsofthsm2.so';

/** Why the token tests cannot run here, or null when they can. */
export function softHsmMissing(): string | null {
  if (!existsSync(SOFTHSM_MODULE))
    return `SoftHSM2 is not installed (${SOFTHSM_MODULE}): apt-get install softhsm2`;
  for (const tool of ['softhsm2-util', 'pkcs11-tool']) {
    if (spawnSync('which', [tool]).status !== 0) return `${tool} is missing: apt-get install softhsm2 opensc`;
  }
  return null;
}

export interface TokenKeyOptions {
  readonly id: string; // hex CKA_ID
  readonly kind: 'rsa' | 'ec';
  readonly commonName: string;
  readonly organization?: string;
  /** Default: digitalSignature + nonRepudiation. */
  readonly keyUsage?: string;
  /** Negative: already expired. Default 30. */
  readonly days?: number;
  /** Import the certificate only, no key (a token that lost its key). */
  readonly certificateOnly?: boolean;
}

export interface SoftHsm {
  readonly dir: string;
  readonly conf: string;
  readonly tokenDir: string;
  readonly caPemPath: string;
  addToken(label: string, pin: string): void;
  addKey(tokenLabel: string, pin: string, key: TokenKeyOptions): void;
  /** Pulls every token out: deletes the token store (as the issue's test asks). */
  removeTokens(): void;
  dispose(): void;
}

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): string {
  return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Sets SOFTHSM2_CONF in this process too, so a PKCS#11 library loaded here sees these tokens.
 * `conf`: where another process (the e2e web host) was told to look; its folder is used.
 */
export function makeSoftHsm(
  conf: string = join(mkdtempSync(join(tmpdir(), 'ocop-softhsm-')), 'softhsm2.conf'),
): SoftHsm {
  const dir = dirname(conf);
  mkdirSync(dir, { recursive: true });
  const tokenDir = join(dir, 'tokens');
  mkdirSync(tokenDir, { recursive: true });
  writeFileSync(conf, `directories.tokendir = ${tokenDir}\nobjectstore.backend = file\nlog.level = ERROR\n`);
  process.env['SOFTHSM2_CONF'] = conf;
  const env = { ...process.env, SOFTHSM2_CONF: conf };
  const openssl = (args: readonly string[]): string => run('openssl', args, dir, env);
  openssl([
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
    '/CN=OCOP Token Test CA/O=Test only',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  let serial = 0;
  const tool = (label: string, args: readonly string[]): string =>
    run('pkcs11-tool', ['--module', SOFTHSM_MODULE, '--token-label', label, ...args], dir, env);

  return {
    dir,
    conf,
    tokenDir,
    caPemPath: join(dir, 'ca.pem'),
    addToken(label, pin) {
      run(
        'softhsm2-util',
        ['--init-token', '--free', '--label', label, '--pin', pin, '--so-pin', '87654321'],
        dir,
        env,
      );
    },
    addKey(tokenLabel, pin, key) {
      serial += 1;
      const base = `k${serial}`;
      const login = ['--login', '--pin', pin];
      if (key.certificateOnly === true) {
        openssl(['genpkey', '-algorithm', 'RSA', '-out', `${base}.pub.key`]);
        openssl(['pkey', '-in', `${base}.pub.key`, '-pubout', '-out', `${base}.pub.pem`]);
      } else {
        const type = key.kind === 'rsa' ? 'rsa:2048' : 'EC:prime256v1';
        tool(tokenLabel, [...login, '--keypairgen', '--key-type', type, '--id', key.id, '--label', base]);
        tool(tokenLabel, ['--read-object', '--type', 'pubkey', '--id', key.id, '-o', `${base}.pub.der`]);
        openssl(['pkey', '-pubin', '-inform', 'DER', '-in', `${base}.pub.der`, '-out', `${base}.pub.pem`]);
      }
      const subject = `/CN=${key.commonName}${key.organization === undefined ? '' : `/O=${key.organization}`}`;
      openssl([
        'req',
        '-new',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        `${base}.csr.key`,
        '-out',
        `${base}.csr`,
        '-utf8',
        '-subj',
        subject,
      ]);
      writeFileSync(
        join(dir, `${base}.ext`),
        `keyUsage=critical,${key.keyUsage ?? 'digitalSignature,nonRepudiation'}\n`,
      );
      openssl([
        'x509',
        '-req',
        '-in',
        `${base}.csr`,
        '-CA',
        'ca.pem',
        '-CAkey',
        'ca.key',
        '-set_serial',
        String(5000 + serial),
        '-days',
        String(key.days ?? 30),
        '-force_pubkey',
        `${base}.pub.pem`,
        '-extfile',
        `${base}.ext`,
        '-outform',
        'DER',
        '-out',
        `${base}.crt.der`,
      ]);
      tool(tokenLabel, [
        ...login,
        '--write-object',
        `${base}.crt.der`,
        '--type',
        'cert',
        '--id',
        key.id,
        '--label',
        key.commonName,
      ]);
    },
    removeTokens() {
      rmSync(tokenDir, { recursive: true, force: true });
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
