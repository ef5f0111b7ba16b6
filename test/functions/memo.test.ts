import { describe, expect, it } from 'vitest';
import { memoText } from '../../src/functions/memo';

describe('memoText', () => {
  it('parses each text once and returns the same answer, null and undefined included', () => {
    const seen: string[] = [];
    const parse = memoText((t: string): number | null | undefined => {
      seen.push(t);
      return t === 'x' ? null : t === 'y' ? undefined : t.length;
    });
    expect([parse('abc'), parse('abc'), parse('x'), parse('x'), parse('y'), parse('y')]).toEqual([3, 3, null, null, undefined, undefined]);
    expect(seen).toEqual(['abc', 'x', 'y']);
  });

  it('stays bounded: after 2000 distinct texts it starts again and still answers right', () => {
    let calls = 0;
    const parse = memoText((t: string) => {
      calls++;
      return t.toUpperCase();
    });
    for (let i = 0; i < 2001; i++) parse('t' + String(i));
    expect(calls).toBe(2001);
    expect(parse('t0')).toBe('T0');
    expect(calls).toBe(2002); // t0 was dropped when the cache filled
    expect(parse('t2000')).toBe('T2000');
    expect(calls).toBe(2002); // kept in the new cache
  });
});
