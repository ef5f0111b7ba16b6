import { describe, expect, it } from 'vitest';
import { check } from './fixture';

describe('a clean plan', () => {
  it('has no findings', () => {
    expect(check({ actions: [{}, {}, {}], measures: [{}, {}] })).toEqual([]);
  });
});
