/**
 * Opens an .xlsx (zip) package with zip-bomb guards, for the package reader and
 * the patching writer. The central directory is read first (fflate); sizes and
 * ratios are checked there, before anything is inflated. Parts are inflated on
 * first `get`, each into a buffer of its declared size, so a header that lies
 * about the size cannot make a part grow past it (memory stays bounded).
 * Never throws.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';

export interface PackageLimits {
  /** Sum of the declared uncompressed sizes of all parts. */
  readonly maxTotalBytes: number;
  /** Uncompressed size / compressed size of one part, checked when the part is over `ratioFloorBytes`. */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
  readonly maxParts: number;
}

/**
 * Inflates raw deflate data into at most `size` bytes (null when it cannot).
 * The command line passes Node's native zlib (several times faster than fflate);
 * without one, fflate inflates (the browser).
 */
export type InflateRaw = (data: Uint8Array, size: number) => Uint8Array | null;

export const DEFAULT_LIMITS: PackageLimits = {
  maxTotalBytes: 1024 * 1024 * 1024,
  // Deflate cannot beat about 1032:1; real workbook parts stay far below 200:1.
  maxRatio: 500,
  ratioFloorBytes: 1024 * 1024,
  maxParts: 20_000,
};

export interface PartInfo {
  readonly name: string;
  readonly compressedSize: number;
  readonly size: number;
  /** 0 stored, 8 deflated. */
  readonly compression: number;
}

export type OpenedPackage =
  | {
      readonly ok: true;
      /** Part name -> uncompressed bytes, inflated on first `get` and kept. */
      readonly parts: PackageParts;
      /** Every part name, in the order of the central directory. */
      readonly names: ReadonlyArray<string>;
      /** What the central directory says of each part. */
      readonly info: ReadonlyMap<string, PartInfo>;
    }
  | { readonly ok: false; readonly message: string };

const DAMAGED = 'The file looks like an .xlsx workbook but its zip package is damaged or incomplete';

export function openPackage(bytes: Uint8Array, limits?: Partial<PackageLimits>, inflateRaw?: InflateRaw): OpenedPackage {
  const lim: PackageLimits = { ...DEFAULT_LIMITS, ...limits };
  const info = new Map<string, PartInfo>();
  const names: string[] = [];
  let total = 0;
  let problem: string | null = null;
  try {
    unzipSync(bytes, {
      filter: (f: UnzipFileInfo) => {
        if (problem !== null) return false;
        if (f.compression !== 0 && f.compression !== 8) {
          problem = `part ${f.name} uses a compression method (${f.compression}) that Excel does not write`;
          return false;
        }
        if (!info.has(f.name)) names.push(f.name);
        info.set(f.name, { name: f.name, compressedSize: f.size, size: f.originalSize, compression: f.compression });
        total += f.originalSize;
        if (names.length > lim.maxParts) problem = `it holds more than ${lim.maxParts} parts`;
        else if (total > lim.maxTotalBytes) problem = `its parts unpack to more than ${mb(lim.maxTotalBytes)} MB`;
        else if (f.originalSize > lim.ratioFloorBytes && f.originalSize / Math.max(f.size, 1) > lim.maxRatio) {
          problem = `part ${f.name} unpacks to ${Math.round(f.originalSize / Math.max(f.size, 1))} times its packed size (a zip bomb?)`;
        }
        return false;
      },
    });
  } catch (err) {
    return { ok: false, message: `${DAMAGED} (${reason(err)}). Open it in Excel, check it looks right, and save it again as .xlsx.` };
  }
  if (problem !== null) {
    return { ok: false, message: `The file cannot be read safely: ${String(problem)}. Open it in Excel and save it again as .xlsx; if it really is this big, split it.` };
  }
  const offsets = inflateRaw === undefined ? null : dataOffsets(bytes);
  const inflate = (name: string): Uint8Array | null => {
    const entry = info.get(name);
    const at = offsets === null ? undefined : offsets.get(name);
    if (entry === undefined || at === undefined || inflateRaw === undefined) return inflatePart(bytes, name);
    const data = bytes.subarray(at, at + entry.compressedSize);
    if (entry.compression === 0) return data.length === entry.size ? data.slice() : null;
    return inflateRaw(data, entry.size);
  };
  return { ok: true, parts: lazyParts(info, inflate), names, info };
}

/** Part name -> bytes, inflated the first time a part is asked for. A part that fails to inflate reads as absent. */
export interface PackageParts {
  get(name: string): Uint8Array | undefined;
  /** Like `get`, but the bytes are not kept: for a large part read once (a sheet), so it can be freed as soon as it is parsed. */
  take(name: string): Uint8Array | undefined;
  has(name: string): boolean;
  readonly size: number;
}

function lazyParts(info: ReadonlyMap<string, PartInfo>, inflate: (name: string) => Uint8Array | null): PackageParts {
  const cache = new Map<string, Uint8Array | null>();
  const get = (name: string): Uint8Array | undefined => {
    if (!info.has(name)) return undefined;
    let got = cache.get(name);
    if (got === undefined) {
      got = inflate(name);
      cache.set(name, got);
    }
    return got === null ? undefined : got;
  };
  const take = (name: string): Uint8Array | undefined => {
    if (!info.has(name)) return undefined;
    const cached = cache.get(name);
    cache.delete(name);
    const got = cached === undefined ? inflate(name) : cached;
    return got === null ? undefined : got;
  };
  return { get, take, has: (name) => get(name) !== undefined, size: info.size };
}

/** Throws nothing: a part that cannot be inflated is null. */
function inflatePart(bytes: Uint8Array, name: string): Uint8Array | null {
  try {
    // fflate inflates into a buffer of the size the central directory declares.
    const out = unzipSync(bytes, { filter: (f) => f.name === name });
    const part = out[name];
    return part === undefined ? null : part;
  } catch {
    return null;
  }
}

/**
 * Part name -> where its compressed data starts, from the central directory and
 * each local header (APPNOTE 4.3.7, 4.3.12). Null for a zip64 or odd package:
 * then fflate inflates every part.
 */
function dataOffsets(bytes: Uint8Array): Map<string, number> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 65_557; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff) return null;
  const decoder = new TextDecoder();
  const out = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return null;
    out.set(name, local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/** Whether a part exists but could not be inflated (damaged data). */
export function partIsDamaged(pkg: Extract<OpenedPackage, { ok: true }>, name: string): boolean {
  return pkg.info.has(name) && pkg.parts.get(name) === undefined;
}

function mb(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

function reason(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const first = text.split('\n')[0].trim();
  return first === '' ? 'unknown problem' : first.length > 100 ? first.slice(0, 97) + '...' : first;
}
