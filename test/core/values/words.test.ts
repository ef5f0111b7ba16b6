import { describe, expect, it } from 'vitest';
import {
  parseManualRag,
  parsePolarity,
  parseStatus,
  parseToleranceType,
  parseUnit,
  readStatus,
} from '../../../src/core/values';
import { makeCell } from '../../../src/core/snapshot';
import { err } from '../../helpers/snapshot-builder';

describe('parseStatus (contract 4.1)', () => {
  it.each([
    ['Not started', 'Not started'],
    ['not  started', 'Not started'],
    ['On track', 'On track'],
    ['In progress', 'On track'],
    ['in-progress', 'On track'],
    ['Green', 'On track'],
    ['G', 'On track'],
    ['At risk', 'At risk'],
    ['Amber', 'At risk'],
    ['a', 'At risk'],
    ['Off track', 'Off track'],
    ['Red', 'Off track'],
    ['R', 'Off track'],
    ['Complete', 'Complete'],
    ['Completed', 'Complete'],
    ['Done', 'Complete'],
    ['CLOSED', 'Complete'],
    ['Blue', 'Complete'],
    ['B', 'Complete'],
    ['Awaiting sign-off', 'Awaiting sign-off'],
    ['Complete - awaiting sign-off', 'Awaiting sign-off'],
    ['Complete (awaiting sign off)', 'Awaiting sign-off'],
    ['Awaiting evidence', 'Awaiting sign-off'],
    ['Deferred', 'Deferred'],
    ['Suspended', 'Deferred'],
    ['Rescheduled', 'Deferred'],
    ['Superseded', 'Deferred'],
    ['On hold', 'Deferred'],
    [' on-hold. ', 'Deferred'],
  ])('%j -> %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });

  it.each(['', 'Started', 'Nearly done', 'Complete?? no', 'X'])('%j is not a status', (text) => {
    expect(parseStatus(text)).toBeNull();
  });

  it('readStatus gives invalid with the text seen, blank and error', () => {
    expect(readStatus(makeCell('Complete - awaiting sign-off'))).toEqual({ kind: 'value', value: 'Awaiting sign-off' });
    expect(readStatus(makeCell(' Sort of '))).toEqual({ kind: 'invalid', text: 'Sort of' });
    expect(readStatus(makeCell(null))).toEqual({ kind: 'blank' });
    expect(readStatus(makeCell(err('#VALUE!')))).toEqual({ kind: 'error', code: '#VALUE!' });
  });
});

describe('parsePolarity (contract 3.2)', () => {
  it.each([
    ['Higher is better', 'higher'],
    ['High', 'higher'],
    ['H', 'higher'],
    ['Up', 'higher'],
    ['Bigger is better', 'higher'],
    ['\u2191', 'higher'],
    ['Lower is better', 'lower'],
    ['low', 'lower'],
    ['L', 'lower'],
    ['Down', 'lower'],
    ['Smaller is better', 'lower'],
    ['\u2193', 'lower'],
    ['Target', 'band'],
    ['T', 'band'],
    ['Close to target', 'band'],
    ['Range', 'band'],
    ['Context', 'context'],
    ['C', 'context'],
    ['Contextual', 'context'],
    ['None', 'context'],
  ])('%j -> %s', (text, polarity) => {
    expect(parsePolarity(text)).toBe(polarity);
  });

  it.each(['', 'Sideways', '?', 'Good'])('%j is not a polarity', (text) => {
    expect(parsePolarity(text)).toBeNull();
  });
});

describe('parseUnit (contract 3.2)', () => {
  it.each([
    ['%', 'percent'],
    ['Percentage', 'percent'],
    ['Number', 'number'],
    ['Count', 'number'],
    ['#', 'number'],
    ['Days', 'days'],
    ['Rate', 'rate'],
    ['Rate per 10,000', 'rate'],
    ['rate per 1000', 'rate'],
  ])('%j -> %s', (text, unit) => {
    expect(parseUnit(text)).toBe(unit);
  });
  it.each(['', 'Weeks', 'Ratio', '£'])('%j is not a unit', (text) => {
    expect(parseUnit(text)).toBeNull();
  });
});

describe('parseToleranceType', () => {
  it.each([
    ['points', 'points'],
    ['Points', 'points'],
    ['RELATIVE', 'relative'],
    ['Value', 'value'],
    [' value. ', 'value'],
  ])('%j -> %s', (text, type) => {
    expect(parseToleranceType(text)).toBe(type);
  });
  it('rejects other words', () => {
    expect(parseToleranceType('lots')).toBeNull();
    expect(parseToleranceType('')).toBeNull();
  });
});

describe('parseManualRag', () => {
  it.each([
    ['Blue', 'Blue'],
    ['b', 'Blue'],
    ['Green', 'Green'],
    ['G', 'Green'],
    ['amber', 'Amber'],
    ['A', 'Amber'],
    ['RED', 'Red'],
    ['r.', 'Red'],
  ])('%j -> %s', (text, rag) => {
    expect(parseManualRag(text)).toBe(rag);
  });
  it.each(['Grey', 'Amber/Red', 'G/A', 'n/a', ''])('%j is not compared', (text) => {
    expect(parseManualRag(text)).toBeNull();
  });
});
