import { describe, expect, it } from 'vitest';
import { zipSync, strToU8, strFromU8 } from 'fflate';
import { openPackage } from '../../src/xlsx/package/zip';
import { nativeInflate } from '../../src/cli/open-workbook';

describe('openPackage', () => {
  it('lists the parts and inflates one on demand', () => {
    const bytes = zipSync({ 'a.xml': strToU8('<a/>'), 'dir/b.bin': new Uint8Array([1, 2, 3]) });
    const pkg = openPackage(bytes);
    if (!pkg.ok) throw new Error(pkg.message);
    expect(pkg.names).toEqual(['a.xml', 'dir/b.bin']);
    expect(strFromU8(pkg.parts.get('a.xml') ?? new Uint8Array())).toBe('<a/>');
    expect(Array.from(pkg.parts.get('dir/b.bin') ?? [])).toEqual([1, 2, 3]);
    expect(pkg.parts.get('missing')).toBeUndefined();
    expect(pkg.info.get('dir/b.bin')?.size).toBe(3);
  });

  it('refuses a part that unpacks far past its packed size before inflating it', () => {
    const bytes = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(50 * 1024 * 1024) }, { level: 9 });
    const pkg = openPackage(bytes);
    expect(pkg.ok).toBe(false);
    if (!pkg.ok) expect(pkg.message).toMatch(/zip bomb/);
  });

  it('refuses a package whose parts unpack past the total limit', () => {
    const bytes = zipSync({ a: new Uint8Array(3000), b: new Uint8Array(3000) });
    const pkg = openPackage(bytes, { maxTotalBytes: 5000 });
    expect(pkg.ok).toBe(false);
    if (!pkg.ok) expect(pkg.message).toMatch(/more than/);
  });

  it('gives a message, not an exception, for bytes that are not a zip', () => {
    const pkg = openPackage(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]));
    expect(pkg.ok).toBe(false);
    if (!pkg.ok) expect(pkg.message).toMatch(/damaged or incomplete/);
  });

  it('inflates with a given inflate (Node zlib) the same as with fflate, and refuses a part past its declared size', () => {
    const parts = { 'xl/a.xml': strToU8('<a>' + 'x'.repeat(5000) + '</a>'), 'stored.bin': new Uint8Array([7, 8]) };
    const fast = openPackage(zipSync(parts), undefined, nativeInflate);
    const slow = openPackage(zipSync(parts));
    if (!fast.ok || !slow.ok) throw new Error('expected packages');
    expect(fast.parts.get('xl/a.xml')).toEqual(slow.parts.get('xl/a.xml'));
    expect(Array.from(fast.parts.get('stored.bin') ?? [])).toEqual([7, 8]);
    expect(nativeInflate(new Uint8Array([0x4b, 0x04, 0x00]), 1)).toEqual(new Uint8Array([0x61]));
    expect(nativeInflate(new Uint8Array([0x4b, 0x4c, 0x04, 0x00]), 1)).toBeNull(); // 'aa' claimed as 1 byte
  });
});
