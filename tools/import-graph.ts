/**
 * The import graph of src/: which folder imports which (docs/architecture.md
 * shows it), and any import circle, between folders or between files.
 *
 *   npm run graph         prints the folder graph and the circles (exit 1 when there is one)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ImportGraph {
  /** File (relative to the repository, `src/core/index.ts`) -> the src files it imports. */
  readonly files: ReadonlyMap<string, ReadonlyArray<string>>;
  /** Folder under src (`core`) -> the other src folders it imports, sorted. */
  readonly folders: ReadonlyMap<string, ReadonlyArray<string>>;
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...tsFiles(full));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** `import ... from './x'`, `export ... from '../y'`, `import('./z')`: the relative specifiers. */
export function relativeImports(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]*)['"]/g;
  for (let m = pattern.exec(source); m !== null; m = pattern.exec(source)) found.push(m[1]);
  return found;
}

function resolve(fromFile: string, specifier: string, known: ReadonlySet<string>): string | null {
  const base = path.join(path.dirname(fromFile), specifier);
  for (const candidate of [base, base + '.ts', path.join(base, 'index.ts')]) if (known.has(candidate)) return candidate;
  return null;
}

/** The folder under src a file lives in (`src/core/read/plan.ts` -> `core`). */
export function folderOf(file: string): string {
  return file.split(path.sep)[1];
}

export function buildGraph(root = 'src'): ImportGraph {
  const all = tsFiles(root);
  const known = new Set(all);
  const files = new Map<string, string[]>();
  const folders = new Map<string, Set<string>>();
  for (const file of all) {
    const targets = relativeImports(readFileSync(file, 'utf8'))
      .map((s) => resolve(file, s, known))
      .filter((t): t is string => t !== null);
    files.set(file, targets);
    const from = folderOf(file);
    if (!folders.has(from)) folders.set(from, new Set());
    for (const t of targets) if (folderOf(t) !== from) (folders.get(from) as Set<string>).add(folderOf(t));
  }
  const sorted = new Map<string, string[]>();
  for (const f of [...folders.keys()].sort()) sorted.set(f, [...(folders.get(f) as Set<string>)].sort());
  return { files, folders: sorted };
}

/** Every circle in a graph, each as the path that closes it (`a -> b -> a`); empty when there is none. */
export function circles(edges: ReadonlyMap<string, ReadonlyArray<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      const s = state.get(next);
      if (s === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return found;
}

function main(): number {
  const graph = buildGraph();
  console.log('| src/ folder | imports from |');
  console.log('|---|---|');
  for (const [folder, targets] of graph.folders) console.log('| `' + folder + '` | ' + (targets.length === 0 ? '(nothing)' : targets.map((t) => '`' + t + '`').join(', ')) + ' |');
  const found = [...circles(graph.folders), ...circles(graph.files)];
  console.log('');
  if (found.length === 0) console.log('No import circles between folders or files.');
  for (const c of found) console.log('Import circle: ' + c.join(' -> '));
  return found.length === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) process.exitCode = main();
