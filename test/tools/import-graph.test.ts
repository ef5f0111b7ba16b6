/** The house (docs/architecture.md): src/ folders import only what eslint.config.js allows, with no import circles. */
import { describe, expect, it } from 'vitest';
import { ALLOWED } from '../../eslint.config.js';
import { buildGraph, circles, relativeImports } from '../../tools/import-graph';

describe('the import graph of src/', () => {
  const graph = buildGraph();

  it('has no circle between folders or between files', () => {
    expect(circles(graph.folders)).toEqual([]);
    expect(circles(graph.files)).toEqual([]);
  });

  it('keeps every folder to the folders eslint.config.js allows it, and core to itself', () => {
    for (const [folder, targets] of graph.folders) {
      if (folder === 'core') expect(targets).toEqual([]);
      else for (const t of targets) expect(ALLOWED[folder], folder + ' imports ' + t).toContain(t);
    }
    expect(graph.folders.get('taskpane')).not.toContain('ribbon');
    expect(graph.folders.get('ribbon')).not.toContain('taskpane');
  });

  it('finds a circle when there is one', () => {
    expect(circles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual([['a', 'b', 'c', 'a']]);
    expect(circles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });

  it('reads every relative import form, and nothing else', () => {
    const source = "import { a } from './a';\nimport type { B } from '../b/b';\nexport { c } from './c';\nconst d = import('./d');\nimport x from 'exceljs';";
    expect(relativeImports(source)).toEqual(['./a', '../b/b', './c', './d']);
  });
});
