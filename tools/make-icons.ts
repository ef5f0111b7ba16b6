/**
 * Writes the add-in's icons (assets/icon-16.png, -32, -64, -80) without any
 * image package: a plain RGBA PNG built with node:zlib and a CRC-32.
 * The picture: a rounded dark-blue tile with three RAG bars (green, amber, red).
 *
 *   node_modules/.bin/tsx tools/make-icons.ts [outDir]
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ICON_SIZES: ReadonlyArray<number> = [16, 32, 64, 80];

type Rgba = readonly [number, number, number, number];

const TILE: Rgba = [0x1f, 0x38, 0x64, 0xff];
const CLEAR: Rgba = [0, 0, 0, 0];
const BARS: ReadonlyArray<Rgba> = [
  [0x00, 0xb0, 0x50, 0xff],
  [0xff, 0xc0, 0x00, 0xff],
  [0xc0, 0x00, 0x00, 0xff],
];

const CRC_TABLE: ReadonlyArray<number> = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([len, body, crc]);
}

/** The colour of pixel (x, y) of a size x size icon. */
function pixel(x: number, y: number, size: number): Rgba {
  const r = Math.max(2, Math.round(size / 6)); // corner radius
  const cx = x < r ? r - 0.5 : x >= size - r ? size - r - 0.5 : x;
  const cy = y < r ? r - 0.5 : y >= size - r ? size - r - 0.5 : y;
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
  const margin = Math.max(2, Math.round(size / 5));
  const gap = Math.max(1, Math.round(size / 16));
  const barH = Math.floor((size - 2 * margin - 2 * gap) / 3);
  const widths = [0.9, 0.65, 0.4];
  for (let i = 0; i < 3; i++) {
    const top = margin + i * (barH + gap);
    const right = margin + Math.round((size - 2 * margin) * widths[i]);
    if (y >= top && y < top + barH && x >= margin && x < right) return BARS[i];
  }
  return TILE;
}

/** A valid PNG (8-bit RGBA, no interlace) of the icon at the given size. */
export function iconPng(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  let o = 0;
  for (let y = 0; y < size; y++) {
    raw[o++] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const p = pixel(x, y, size);
      raw[o++] = p[0];
      raw[o++] = p[1];
      raw[o++] = p[2];
      raw[o++] = p[3];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

export function writeIcons(outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = join(outDir, 'icon-' + String(size) + '.png');
    writeFileSync(file, iconPng(size));
    return file;
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? 'assets');
  for (const f of writeIcons(outDir)) console.log('wrote ' + f);
}
