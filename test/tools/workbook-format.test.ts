/**
 * docs/workbook-format.md says what the engine does: its rules table and
 * column tables are the ones generated from src/core/rules.ts and the column
 * synonyms (npm run docs:format), so a changed rule title fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, RULE_IDS } from '../../src/core/rules';
import { ACTION_COLUMNS, MEASURE_COLUMNS } from '../../src/core/read/synonyms';
import { DOC_PATH, generatedParts, rulesTable, syncDoc } from '../../tools/workbook-format';

const doc = readFileSync(DOC_PATH, 'utf8');

describe('docs/workbook-format.md', () => {
  it('holds the generated tables as the engine has them now (run `npm run docs:format` when this fails)', () => {
    expect(syncDoc(doc)).toBe(doc);
  });

  it('gives every rule its title and what to do, once, in contract order', () => {
    const rows = doc.split('\n').filter((l) => /^\| .* \| `[a-z-]+` \| /.test(l));
    expect(rows.map((r) => /`([a-z-]+)`/.exec(r)?.[1])).toEqual([...RULE_IDS]);
    for (const id of RULE_IDS) expect(doc).toContain('| ' + RULES[id].title + ' | `' + id + '` | ' + RULES[id].fix + ' |');
  });

  it('names every column the reader knows, with a meaning', () => {
    for (const c of [...ACTION_COLUMNS, ...MEASURE_COLUMNS]) expect(doc).toMatch(new RegExp('^\\| ' + c.name + ' \\| .+ \\| (yes|no|owned) \\| .+ \\|$', 'm'));
  });

  it('notices a doc whose rule title differs from RULES', () => {
    const title = RULES['manual-rag-mismatch'].title;
    const edited = doc.replace('| ' + title + ' |', '| Manual rag mismatch |');
    expect(edited).not.toBe(doc);
    expect(syncDoc(edited)).not.toBe(edited);
    expect(syncDoc(edited)).toBe(doc);
  });

  it('says which markers are missing instead of writing a broken document', () => {
    const broken = doc.replace('<!-- /generated:rules -->', '');
    expect(() => syncDoc(broken)).toThrow(/<!-- generated:rules -->.*put the markers back/);
  });

  it('escapes a pipe in a title so the table keeps its columns', () => {
    expect(syncDoc('<!-- generated:rules -->\n<!-- /generated:rules -->', { rules: '| a \\| b |' })).toContain('a \\| b');
    expect(rulesTable().split('\n').every((l) => l.split(/(?<!\\)\|/).length === 5)).toBe(true);
    expect(Object.keys(generatedParts())).toEqual(['rules', 'action-columns', 'measure-columns']);
  });
});
