/**
 * Development certificates for https://localhost:3000, made offline.
 *
 * office-addin-dev-certs makes the same files, but then installs the CA into
 * the system trust store (`sudo` on Linux, a prompt on Windows and macOS) and
 * sends usage data; without a network or sudo it fails. This script only
 * makes the files, with the `mkcert` npm package (pure JavaScript, node-forge),
 * in the folder office-addin-dev-certs uses, so either tool can use them:
 *
 *   ~/.office-addin-dev-certs/ca.crt, localhost.crt, localhost.key
 *
 * (PLAN_CERT_DIR overrides the folder.) Certificates are made again when
 * missing or expiring within a day. To trust the CA (needed for Excel to load
 * the add-in from localhost):
 *   - Windows / macOS with network: `npx office-addin-dev-certs install`
 *   - or import ca.crt into the trust store by hand (see docs printed below).
 *
 *   node_modules/.bin/tsx tools/dev-certs.ts [--force]
 */
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCA, createCert } from 'mkcert';

export interface DevCerts {
  readonly dir: string;
  readonly ca: string;
  readonly cert: string;
  readonly key: string;
  readonly created: boolean;
  readonly validTo: string;
}

export function certDir(): string {
  const fromEnv = process.env.PLAN_CERT_DIR;
  return fromEnv !== undefined && fromEnv !== '' ? resolve(fromEnv) : join(homedir(), '.office-addin-dev-certs');
}

const DAY_MS = 86_400_000;
const VALIDITY_DAYS = 30;

function readIfValid(dir: string): DevCerts | null {
  const paths = { ca: join(dir, 'ca.crt'), cert: join(dir, 'localhost.crt'), key: join(dir, 'localhost.key') };
  if (!existsSync(paths.ca) || !existsSync(paths.cert) || !existsSync(paths.key)) return null;
  try {
    const cert = readFileSync(paths.cert, 'utf8');
    const x509 = new X509Certificate(cert);
    if (Date.parse(x509.validTo) - Date.now() < DAY_MS) return null;
    if (x509.checkHost('localhost') === undefined) return null;
    return { dir, ca: readFileSync(paths.ca, 'utf8'), cert, key: readFileSync(paths.key, 'utf8'), created: false, validTo: x509.validTo };
  } catch {
    return null;
  }
}

export async function ensureDevCerts(force = false): Promise<DevCerts> {
  const dir = certDir();
  const existing = force ? null : readIfValid(dir);
  if (existing !== null) return existing;
  const ca = await createCA({
    organization: 'Plan tracker development CA',
    countryCode: 'GB',
    state: 'England',
    locality: 'Bristol',
    validity: VALIDITY_DAYS,
  });
  const leaf = await createCert({ ca, domains: ['localhost', '127.0.0.1'], validity: VALIDITY_DAYS, organization: 'Plan tracker development' });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'ca.crt'), ca.cert);
  writeFileSync(join(dir, 'localhost.crt'), leaf.cert + ca.cert);
  writeFileSync(join(dir, 'localhost.key'), leaf.key, { mode: 0o600 });
  const x509 = new X509Certificate(leaf.cert);
  return { dir, ca: ca.cert, cert: leaf.cert + ca.cert, key: leaf.key, created: true, validTo: x509.validTo };
}

export function trustAdvice(dir: string): string[] {
  const ca = join(dir, 'ca.crt');
  return [
    'To let Excel (and your browser) trust https://localhost:3000, trust the development CA once:',
    '  Windows/macOS: npx office-addin-dev-certs install   (needs the network and admin rights; it makes and trusts its own CA in the same folder)',
    '  Windows by hand: certutil -user -addstore Root "' + ca + '"',
    '  macOS by hand:   sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain "' + ca + '"',
    '  Linux (browsers): import ' + ca + ' under Settings > Privacy and security > Certificates > Authorities',
  ];
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureDevCerts(process.argv.includes('--force'))
    .then((c) => {
      console.log((c.created ? 'Made' : 'Using') + ' development certificates in ' + c.dir + ' (valid to ' + c.validTo + ').');
      for (const line of trustAdvice(c.dir)) console.log(line);
    })
    .catch((e: unknown) => {
      console.error('Could not make development certificates: ' + String(e));
      process.exitCode = 1;
    });
}
