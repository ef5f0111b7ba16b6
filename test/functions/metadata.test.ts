import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as fns from '../../src/functions/functions';

/** The functions file the webpack plugin reads (CustomFunctionsMetadataPlugin `input`). */
const FUNCTIONS_FILE = fileURLToPath(new URL('../../src/functions/functions.ts', import.meta.url));

interface Param {
  name: string;
  type: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  options?: { volatile?: boolean };
  result: { type?: string; dimensionality?: string };
}

/** id -> [parameter name, optional] in order. */
const EXPECTED: Record<string, ReadonlyArray<readonly [string, boolean]>> = {
  RAG: [['actual', false], ['target', false], ['polarity', true], ['tolerance', true], ['tolerance_type', true], ['floor', true], ['unit', true]],
  PROGRESS: [['baseline', false], ['actual', false], ['target', false], ['polarity', true], ['unit', true]],
  TRAJECTORY: [['baseline', false], ['target', false], ['month', false], ['unit', true]],
  DIRECTION: [['latest', false], ['previous', false], ['polarity', false], ['target', true], ['unit', true]],
  LATEST: [['values', false]],
  ACTIONRAG: [['status', false], ['due', false], ['completed', true], ['as_of', true]],
  DAYSOVERDUE: [['due', false], ['status', false], ['as_of', true]],
  UKDATE: [['text', false]],
};

describe('functions.json from custom-functions-metadata', async () => {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS_FILE);
  const metadata = JSON.parse(generated.metadataJson) as { functions: Fn[] };
  const byId = new Map(metadata.functions.map((f) => [f.id, f]));

  it('generates without errors', () => {
    expect(generated.errors).toEqual([]);
  });

  it('has exactly the PLAN functions, ids equal to names', () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it('has the parameters in order with the right optional flags, all of type any and described', () => {
    for (const [id, params] of Object.entries(EXPECTED)) {
      const f = byId.get(id);
      expect(f, id).toBeDefined();
      if (f === undefined) continue;
      expect(f.description, id).toBeTruthy();
      expect(f.parameters.map((p) => [p.name, p.optional === true]), id).toEqual(params);
      for (const p of f.parameters) {
        expect(p.type, id + ' ' + p.name).toBe('any');
        expect(p.description, id + ' ' + p.name).toBeTruthy();
      }
    }
  });

  it('takes LATEST values as a range (matrix); every other parameter is a single value', () => {
    for (const f of metadata.functions) {
      for (const p of f.parameters) {
        expect(p.dimensionality, f.id + ' ' + p.name).toBe(f.id === 'LATEST' ? 'matrix' : undefined);
      }
    }
  });

  it('marks only the functions with an optional as_of volatile', () => {
    const volatile = metadata.functions.filter((f) => f.options !== undefined && f.options.volatile === true).map((f) => f.id);
    expect(volatile.sort()).toEqual(['ACTIONRAG', 'DAYSOVERDUE']);
  });

  it('declares result types: text for ratings, a number for days overdue, any where blank is possible', () => {
    expect(byId.get('RAG')?.result.type).toBe('string');
    expect(byId.get('DIRECTION')?.result.type).toBe('string');
    expect(byId.get('ACTIONRAG')?.result.type).toBe('string');
    expect(byId.get('DAYSOVERDUE')?.result.type).toBe('number');
    expect(byId.get('PROGRESS')?.result.type).toBeUndefined();
    expect(byId.get('UKDATE')?.result.type).toBeUndefined();
  });

  it('associates every id with a function exported from the functions file', () => {
    const exported = fns as unknown as Record<string, unknown>;
    expect(generated.associate.map((a) => a.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const a of generated.associate) expect(typeof exported[a.functionName], a.functionName).toBe('function');
  });
});
