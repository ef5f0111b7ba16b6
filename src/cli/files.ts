/** File IO for the command line: clear messages, and writes that never leave a half-written file. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export type FileRead = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly message: string };

export async function readInputFile(file: string, what: string): Promise<FileRead> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { ok: false, message: `${file} is a folder, not a ${what}.` };
    const bytes = await fs.readFile(file);
    return { ok: true, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  } catch (err) {
    return { ok: false, message: describeFsError(err, file, what) };
  }
}

export type FileWrite = { readonly ok: true } | { readonly ok: false; readonly message: string };

/**
 * Writes to a temporary file beside the target, then renames it over the
 * target, so a crash or a full disk never leaves a half-written workbook.
 */
export async function writeFileAtomically(file: string, bytes: Uint8Array): Promise<FileWrite> {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
    return { ok: true };
  } catch (err) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    return { ok: false, message: describeFsError(err, file, 'file') };
  }
}

/**
 * True when both paths name one existing file, however spelled: `./x.xlsx`,
 * an absolute path, a symbolic or hard link (same device and inode).
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** True when something (a file, a folder, a link to one) is at the path. */
export async function pathExists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}

function describeFsError(err: unknown, file: string, what: string): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return `${file}: no such ${what}. Check the path.`;
    case 'EACCES':
    case 'EPERM':
      return `${file}: permission denied. Check you may read and write it (is it open in Excel?).`;
    case 'EISDIR':
      return `${file} is a folder, not a ${what}.`;
    case 'ENOSPC':
      return `${file}: the disk is full; nothing was written.`;
    case 'EBUSY':
      return `${file} is in use by another program (is it open in Excel?). Close it and try again.`;
    default:
      return `${file}: ${err instanceof Error ? err.message : String(err)}`;
  }
}
