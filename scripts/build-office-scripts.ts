/**
 * Builds the Office Scripts in scripts/office/ from src/core plus a small entry
 * file each (scripts/office/entries/). Office Scripts cannot import anything,
 * so each script is one self-contained file: the entry's `main`, then every
 * src/core declaration it reaches, with import/export keywords stripped.
 *
 *   npm run build:scripts            writes scripts/office/<name>.ts
 *   npm run build:scripts -- --check exits 1 when a committed script is stale
 *
 * How it works (TypeScript compiler API):
 * 1. Walk the module graph from the entry through relative imports (only
 *    src/core and scripts/office/entries may be reached) and order the files
 *    topologically, dependencies first.
 * 2. Index every top-level declaration. Anything else at top level (classes,
 *    enums, namespaces, side-effect statements, `export default`, namespace
 *    imports) stops the build with a message naming the file.
 * 3. Keep only the declarations reachable from `main` (references are resolved
 *    with the type checker, through import aliases and re-exports).
 * 4. Names: nothing is renamed, except where two kept declarations in
 *    different files share a name: the one in the file that comes first keeps
 *    it, the others become `name_fileStem` (every reference is resolved by the
 *    type checker, so renaming is exact). Renames are listed in the header.
 * 5. Emit: header (generated, do not edit, source hash), `main`, then the
 *    rest in dependency order. Then verify the dialect (checkDialect).
 */
import * as ts from 'typescript';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface ScriptSpec {
  /** File name without extension: scripts/office/<name>.ts */
  readonly name: string;
  /** Entry file, relative to the repository root. */
  readonly entry: string;
}

export const SCRIPTS: ReadonlyArray<ScriptSpec> = [
  { name: 'monthly-rollup', entry: 'scripts/office/entries/monthly-rollup.ts' },
  { name: 'check-plan', entry: 'scripts/office/entries/check-plan.ts' },
  { name: 'board-pack', entry: 'scripts/office/entries/board-pack.ts' },
];

/** Folders (relative to the root) a script may inline code from. */
const ALLOWED_DIRS: ReadonlyArray<string> = ['src/core/', 'scripts/office/entries/'];

export const DTS_PATH = 'scripts/office/excelscript.d.ts';

export interface GeneratedScript {
  readonly name: string;
  /** Relative to the root: scripts/office/<name>.ts */
  readonly file: string;
  readonly text: string;
  /** Inlined source files, relative to the root, dependencies first. */
  readonly sources: ReadonlyArray<string>;
  /** Names renamed to avoid collisions: `old -> new (file)`. */
  readonly renames: ReadonlyArray<string>;
}

export class BuildError extends Error {}

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '..');

function rel(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

interface TopDecl {
  readonly statement: ts.Statement;
  readonly file: ts.SourceFile;
  readonly names: ReadonlyArray<string>;
  readonly exported: boolean;
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  const mods = ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined;
  return mods !== undefined && mods.some((m) => m.kind === kind);
}

function fail(root: string, sf: ts.SourceFile, node: ts.Node, message: string): never {
  const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  throw new BuildError(`${rel(root, sf.fileName)}:${line + 1}:${character + 1}: ${message}`);
}

/** Names declared by a top-level statement; fails on what Office Scripts cannot take. */
function declaredNames(root: string, sf: ts.SourceFile, st: ts.Statement): string[] | null {
  if (ts.isImportDeclaration(st)) {
    const clause = st.importClause;
    if (clause && clause.namedBindings && ts.isNamespaceImport(clause.namedBindings)) {
      fail(root, sf, st, 'namespace imports (`import * as`) cannot be inlined; import the names');
    }
    if (clause && clause.name) fail(root, sf, st, 'default imports cannot be inlined; use named exports');
    return null;
  }
  if (ts.isExportDeclaration(st)) return null;
  if (ts.isExportAssignment(st)) fail(root, sf, st, '`export default` / `export =` cannot be inlined');
  if (hasModifier(st, ts.SyntaxKind.DefaultKeyword)) fail(root, sf, st, '`export default` cannot be inlined');
  if (hasModifier(st, ts.SyntaxKind.DeclareKeyword)) fail(root, sf, st, '`declare` is not allowed in inlined code');
  if (ts.isFunctionDeclaration(st)) {
    if (!st.name) fail(root, sf, st, 'anonymous function declaration');
    return [st.name.text];
  }
  if (ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) return [st.name.text];
  if (ts.isVariableStatement(st)) {
    return st.declarationList.declarations.map((d) => {
      if (!ts.isIdentifier(d.name)) fail(root, sf, d, 'destructuring at top level cannot be inlined');
      return d.name.text;
    });
  }
  if (ts.isClassDeclaration(st)) fail(root, sf, st, 'classes are not allowed in code compiled into Office Scripts');
  if (ts.isEnumDeclaration(st)) fail(root, sf, st, 'enums are not allowed in code compiled into Office Scripts');
  if (ts.isModuleDeclaration(st)) fail(root, sf, st, 'namespaces are not allowed in code compiled into Office Scripts');
  if (ts.isEmptyStatement(st)) return null;
  return fail(root, sf, st, 'only declarations may be at the top level of code compiled into Office Scripts');
}

function moduleSpecifierOf(st: ts.Statement): string | null {
  if ((ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
    return st.moduleSpecifier.text;
  }
  return null;
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2020,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Generates one script in memory. Throws BuildError with a located message when the code cannot be inlined. */
export function generateScript(spec: ScriptSpec, root: string = REPO_ROOT): GeneratedScript {
  const entryPath = path.resolve(root, spec.entry);
  const dtsPath = path.resolve(root, DTS_PATH);
  const program = ts.createProgram({ rootNames: [entryPath, dtsPath], options: COMPILER_OPTIONS });
  const checker = program.getTypeChecker();
  const host = ts.createCompilerHost(COMPILER_OPTIONS);

  // 1. Module graph, dependencies first.
  const order: ts.SourceFile[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (fileName: string): void => {
    const s = state.get(fileName);
    if (s !== undefined) return; // done, or a cycle (functions are hoisted; order stays as first seen)
    const sf = program.getSourceFile(fileName);
    if (sf === undefined) throw new BuildError(`cannot read ${rel(root, fileName)}`);
    const r = rel(root, fileName);
    if (!ALLOWED_DIRS.some((d) => r.startsWith(d))) {
      throw new BuildError(`${r} is outside ${ALLOWED_DIRS.join(' and ')}: Office Scripts can only inline src/core`);
    }
    state.set(fileName, 'visiting');
    for (const st of sf.statements) {
      const spec2 = moduleSpecifierOf(st);
      if (spec2 === null) continue;
      if (!spec2.startsWith('./') && !spec2.startsWith('../')) {
        fail(root, sf, st, `import of '${spec2}': only relative imports of src/core can be inlined`);
      }
      const resolved = ts.resolveModuleName(spec2, fileName, COMPILER_OPTIONS, host).resolvedModule;
      if (resolved === undefined) fail(root, sf, st, `cannot resolve '${spec2}'`);
      visit(path.resolve(resolved.resolvedFileName));
    }
    state.set(fileName, 'done');
    order.push(sf);
  };
  visit(entryPath);
  const graph = new Set(order);

  // 2. Top-level declarations.
  const declOf = new Map<ts.Statement, TopDecl>();
  for (const sf of order) {
    for (const st of sf.statements) {
      const names = declaredNames(root, sf, st);
      if (names === null) continue;
      declOf.set(st, { statement: st, file: sf, names, exported: hasModifier(st, ts.SyntaxKind.ExportKeyword) });
    }
  }

  const topStatementOf = (decl: ts.Declaration): ts.Statement | null => {
    let node: ts.Node = decl;
    while (node.parent !== undefined && !ts.isSourceFile(node.parent)) node = node.parent;
    if (node.parent === undefined || !graph.has(node.parent)) return null;
    return declOf.has(node as ts.Statement) ? (node as ts.Statement) : null;
  };
  const resolveSymbol = (sym: ts.Symbol | undefined): ts.Symbol | undefined => {
    if (sym === undefined) return undefined;
    let s = sym;
    if (s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
    return s;
  };
  /** The kept top-level statements an identifier refers to. */
  const targetsOf = (id: ts.Identifier): Array<{ statement: ts.Statement; name: string }> => {
    let sym: ts.Symbol | undefined;
    if (ts.isShorthandPropertyAssignment(id.parent) && id.parent.name === id) {
      sym = checker.getShorthandAssignmentValueSymbol(id.parent);
    } else {
      sym = checker.getSymbolAtLocation(id);
    }
    const s = resolveSymbol(sym);
    if (s === undefined || s.declarations === undefined) return [];
    const out: Array<{ statement: ts.Statement; name: string }> = [];
    for (const d of s.declarations) {
      const st = topStatementOf(d);
      const declName = ts.getNameOfDeclaration(d);
      if (st !== null && declName !== undefined && ts.isIdentifier(declName) && !out.some((o) => o.statement === st)) {
        out.push({ statement: st, name: declName.text });
      }
    }
    return out;
  };

  // 3. Reachability from main.
  const entrySf = program.getSourceFile(entryPath);
  if (entrySf === undefined) throw new BuildError(`cannot read ${spec.entry}`);
  const mainStatements = entrySf.statements.filter((st) => ts.isFunctionDeclaration(st) && st.name !== undefined && st.name.text === 'main');
  if (mainStatements.length === 0) throw new BuildError(`${spec.entry} has no top-level function main`);
  const kept = new Set<ts.Statement>();
  const refs = new Map<ts.Statement, Array<{ id: ts.Identifier; target: ts.Statement; name: string }>>();
  const queue: ts.Statement[] = mainStatements.slice();
  while (queue.length > 0) {
    const st = queue.pop() as ts.Statement;
    if (kept.has(st)) continue;
    kept.add(st);
    const found: Array<{ id: ts.Identifier; target: ts.Statement; name: string }> = [];
    const walk = (node: ts.Node): void => {
      if (ts.isImportTypeNode(node)) fail(root, node.getSourceFile(), node, '`import(...)` types cannot be inlined');
      if (ts.isIdentifier(node)) {
        for (const t of targetsOf(node)) {
          found.push({ id: node, target: t.statement, name: t.name });
          if (!kept.has(t.statement)) queue.push(t.statement);
        }
      }
      ts.forEachChild(node, walk);
    };
    walk(st);
    refs.set(st, found);
  }

  // 4. Names and collisions.
  const byName = new Map<string, TopDecl[]>();
  for (const st of kept) {
    const d = declOf.get(st) as TopDecl;
    for (const n of d.names) {
      const list = byName.get(n) || [];
      if (!list.includes(d)) list.push(d);
      byName.set(n, list);
    }
  }
  const RESERVED = ['Excel', 'ExcelScript', 'console'];
  const finalName = new Map<ts.Statement, Map<string, string>>();
  const renames: string[] = [];
  const used = new Set<string>(byName.keys());
  for (const [n, decls] of byName) {
    if (RESERVED.includes(n)) throw new BuildError(`'${n}' is reserved in Office Scripts and cannot be declared (${rel(root, decls[0].file.fileName)})`);
    const files = new Set(decls.map((d) => d.file));
    if (files.size < 2) continue;
    // The declaration in the file that comes first (dependencies first) keeps the name; the others get `name_fileStem`.
    const keeper = decls.slice().sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file))[0].file;
    for (const d of decls) {
      if (d.file === keeper) continue;
      const stem = path.basename(d.file.fileName).replace(/\.ts$/, '').replace(/[^A-Za-z0-9]/g, '_');
      let candidate = n + '_' + stem;
      let i = 2;
      while (used.has(candidate)) candidate = n + '_' + stem + String(i++);
      used.add(candidate);
      const m = finalName.get(d.statement) || new Map<string, string>();
      m.set(n, candidate);
      finalName.set(d.statement, m);
      renames.push(`${n} -> ${candidate} (${rel(root, d.file.fileName)})`);
    }
  }
  const nameFor = (target: ts.Statement, text: string): string => {
    const m = finalName.get(target);
    const v = m === undefined ? undefined : m.get(text);
    return v === undefined ? text : v;
  };

  // 5. Emit.
  const emitStatement = (st: ts.Statement): string => {
    const sf = st.getSourceFile();
    const start = st.getStart(sf, true);
    const edits: Array<{ from: number; to: number; text: string }> = [];
    const mods = ts.canHaveModifiers(st) ? ts.getModifiers(st) : undefined;
    if (mods !== undefined) {
      for (const m of mods) {
        if (m.kind === ts.SyntaxKind.ExportKeyword) {
          let to = m.end;
          while (to < sf.text.length && /\s/.test(sf.text[to])) to++;
          edits.push({ from: m.getStart(sf), to, text: '' });
        }
      }
    }
    for (const { id, target, name: declared } of refs.get(st) || []) {
      // The declared name, renamed if it collided: an import alias (`helper as h`) becomes the real name.
      const name = nameFor(target, declared);
      if (name === id.text) continue;
      if (ts.isShorthandPropertyAssignment(id.parent) && id.parent.name === id) {
        edits.push({ from: id.getStart(sf), to: id.end, text: id.text + ': ' + name });
      } else {
        edits.push({ from: id.getStart(sf), to: id.end, text: name });
      }
    }
    edits.sort((a, b) => b.from - a.from);
    let text = sf.text.slice(start, st.end);
    for (const e of edits) text = text.slice(0, e.from - start) + e.text + text.slice(e.to - start);
    return text;
  };

  const sources = order.map((sf) => rel(root, sf.fileName));
  const hash = sha256(order.map((sf) => rel(root, sf.fileName) + '\n' + sf.text).join('\n')).slice(0, 16);
  const parts: string[] = [];
  parts.push(
    [
      `// ${spec.name}.ts: an Office Script for Excel on the web and Power Automate.`,
      `// GENERATED by scripts/build-office-scripts.ts from ${spec.entry} and src/core: do not edit.`,
      `// Regenerate with \`npm run build:scripts\`. Source hash: ${hash}`,
      `// Inlined: ${sources.join(', ')}`,
      ...(renames.length > 0 ? [`// Renamed to keep one scope: ${renames.join('; ')}`] : []),
      '// The repository\'s own type check and lint skip this file (tsconfig.json, eslint.config.js);',
      '// the tests compile it alone against scripts/office/excelscript.d.ts and the dialect rules.',
    ].join('\n'),
  );
  for (const st of mainStatements) parts.push(emitStatement(st));
  for (const sf of order) {
    for (const st of sf.statements) {
      if (!kept.has(st) || mainStatements.includes(st)) continue;
      parts.push(emitStatement(st));
    }
  }
  const text = parts.join('\n\n') + '\n';
  return { name: spec.name, file: `scripts/office/${spec.name}.ts`, text, sources, renames };
}

// ---------------------------------------------------------------------------
// Dialect check
// ---------------------------------------------------------------------------

/** Array methods whose callbacks must be arrow functions, with the callback's argument index. */
const ARRAY_CALLBACKS: Readonly<Record<string, number>> = {
  map: 0, filter: 0, forEach: 0, some: 0, every: 0, reduce: 0, reduceRight: 0,
  find: 0, findIndex: 0, sort: 0, flatMap: 0,
};

/** TypeScript syntax newer than 4.0.3 (what Office Scripts compile with), and syntax the dialect forbids. */
function syntaxProblem(node: ts.Node): string | null {
  switch (node.kind) {
    case ts.SyntaxKind.AnyKeyword: return 'explicit `any` is not allowed';
    case ts.SyntaxKind.ImportDeclaration:
    case ts.SyntaxKind.ImportEqualsDeclaration:
    case ts.SyntaxKind.ImportType: return 'imports are not allowed';
    case ts.SyntaxKind.ExportDeclaration:
    case ts.SyntaxKind.ExportAssignment: return 'exports are not allowed';
    case ts.SyntaxKind.ClassDeclaration:
    case ts.SyntaxKind.ClassExpression: return 'classes are not allowed';
    case ts.SyntaxKind.EnumDeclaration: return 'enums are not allowed';
    case ts.SyntaxKind.ModuleDeclaration: return 'namespaces are not allowed';
    case ts.SyntaxKind.GetAccessor:
    case ts.SyntaxKind.SetAccessor: return 'getters and setters are not allowed';
    case ts.SyntaxKind.SatisfiesExpression: return '`satisfies` needs TypeScript 4.9';
    case ts.SyntaxKind.TemplateLiteralType: return 'template literal types need TypeScript 4.1';
    case ts.SyntaxKind.OverrideKeyword: return '`override` needs TypeScript 4.3';
    case ts.SyntaxKind.AccessorKeyword: return '`accessor` needs TypeScript 4.9';
    case ts.SyntaxKind.ClassStaticBlockDeclaration: return 'static blocks need TypeScript 4.4';
    case ts.SyntaxKind.InKeyword:
    case ts.SyntaxKind.OutKeyword: return ts.isTypeParameterDeclaration(node.parent) ? 'variance annotations need TypeScript 4.7' : null;
    case ts.SyntaxKind.ConstKeyword: return ts.isTypeParameterDeclaration(node.parent) ? '`const` type parameters need TypeScript 5.0' : null;
    default: break;
  }
  if (ts.isVariableDeclaration(node) && node.type === undefined && node.initializer === undefined && !ts.isForInStatement(node.parent.parent) && !ts.isForOfStatement(node.parent.parent)) {
    return 'a variable without a type or an initial value is an implicit `any`';
  }
  if (ts.isMappedTypeNode(node) && node.nameType !== undefined) return 'key remapping in mapped types needs TypeScript 4.1';
  if (ts.isInferTypeNode(node) && node.typeParameter.constraint !== undefined) return '`infer X extends` needs TypeScript 4.7';
  if (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.Using) !== 0) return '`using` needs TypeScript 5.2';
  if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) && node.asteriskToken !== undefined) {
    return 'generators are not allowed';
  }
  if (ts.isImportSpecifier(node) && node.isTypeOnly) return 'inline `type` import modifiers need TypeScript 4.5';
  if (ts.isPrivateIdentifier(node) && ts.isBinaryExpression(node.parent)) return '`#x in obj` needs TypeScript 4.5';
  if (ts.isRegularExpressionLiteral(node)) {
    if (/\(\?<[A-Za-z_$]/.test(node.text)) return 'regex named groups are not allowed';
    if (/\(\?<[=!]/.test(node.text)) return 'regex lookbehind is not allowed';
  }
  if (ts.isCallExpression(node)) {
    if (ts.isIdentifier(node.expression) && (node.expression.text === 'require' || node.expression.text === 'eval')) {
      return `\`${node.expression.text}\` is not allowed`;
    }
    if (node.expression.kind === ts.SyntaxKind.ImportKeyword) return 'dynamic import is not allowed';
  }
  if (ts.isIdentifier(node) && node.text === 'Symbol' && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) {
    return '`Symbol` is not allowed';
  }
  const named = node as ts.Node & { name?: ts.Node };
  if (
    (ts.isVariableDeclaration(node) || ts.isFunctionDeclaration(node) || ts.isParameter(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) &&
    named.name !== undefined && ts.isIdentifier(named.name) && ['Excel', 'ExcelScript', 'console'].includes(named.name.text)
  ) {
    return `'${named.name.text}' is a reserved identifier in Office Scripts`;
  }
  return null;
}

export interface DialectReport {
  /** `line:col message`, empty when the script keeps to the dialect. */
  readonly problems: ReadonlyArray<string>;
}

/**
 * Checks a generated script against the Office Scripts dialect: compiles it
 * alone with the ExcelScript declaration (target ES2017, ES2020 library, no
 * DOM, no Node, strict, so implicit `any` is an error) and walks it for what
 * the Office Scripts editor refuses or TypeScript 4.0.3 cannot parse.
 */
export function checkDialect(scriptText: string, root: string = REPO_ROOT): DialectReport {
  const problems: string[] = [];
  const fileName = path.resolve(root, 'scripts/office/__dialect_check__.ts');
  const text = scriptText;
  const dtsPath = path.resolve(root, DTS_PATH);
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2017,
    lib: ['lib.es2020.d.ts'],
    strict: true,
    noImplicitAny: true,
    noImplicitThis: true,
    noEmit: true,
    types: [],
    noResolve: true,
    isolatedModules: false,
  };
  const host = ts.createCompilerHost(options);
  const baseGet = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, onError, shouldCreate) =>
    path.resolve(name) === fileName ? ts.createSourceFile(name, text, lang, true) : baseGet(name, lang, onError, shouldCreate);
  const baseRead = host.readFile.bind(host);
  host.readFile = (name) => (path.resolve(name) === fileName ? text : baseRead(name));
  const baseExists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === fileName || baseExists(name);
  const program = ts.createProgram({ rootNames: [fileName, dtsPath], options, host });
  const sf = program.getSourceFile(fileName) as ts.SourceFile;
  const at = (node: ts.Node): string => {
    const p = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    return `${p.line + 1}:${p.character + 1}`;
  };
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const where = d.file !== undefined && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
    const file = d.file !== undefined ? path.basename(d.file.fileName) + ' ' : '';
    problems.push(`${file}${where ? `${where.line + 1}:${where.character + 1}` : ''} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  }
  const checker = program.getTypeChecker();
  const isArrayish = (t: ts.Type): boolean =>
    checker.isArrayType(t) || checker.isTupleType(t) || (t.isUnion() && t.types.some((u) => checker.isArrayType(u) || checker.isTupleType(u)));
  const walk = (node: ts.Node): void => {
    const p = syntaxProblem(node);
    if (p !== null) problems.push(`${at(node)} ${p}`);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const idx = ARRAY_CALLBACKS[method];
      if (idx !== undefined && node.arguments.length > idx && isArrayish(checker.getTypeAtLocation(node.expression.expression))) {
        const cb = node.arguments[idx];
        if (!ts.isArrowFunction(cb)) problems.push(`${at(cb)} array callbacks must be arrow functions (\`.${method}(...)\`)`);
      }
      if (ts.isIdentifier(node.expression.expression) && node.expression.expression.text === 'Array' && method === 'from' && node.arguments.length > 1 && !ts.isArrowFunction(node.arguments[1])) {
        problems.push(`${at(node.arguments[1])} array callbacks must be arrow functions (\`Array.from\`)`);
      }
    }
    ts.forEachChild(node, walk);
  };
  walk(sf);
  // main: first parameter the workbook, every parameter and the result explicitly typed.
  const main = sf.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name !== undefined && s.name.text === 'main');
  if (main === undefined) {
    problems.push('no top-level function main');
  } else {
    const first = main.parameters[0];
    if (first === undefined || first.type === undefined || first.type.getText(sf) !== 'ExcelScript.Workbook') {
      problems.push(`${at(main)} main's first parameter must be \`workbook: ExcelScript.Workbook\``);
    }
    for (const prm of main.parameters) {
      if (prm.type === undefined) problems.push(`${at(prm)} main's parameters need explicit types`);
    }
    if (main.type === undefined) problems.push(`${at(main)} main needs an explicit return type`);
  }
  return { problems };
}

// ---------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------

export function generateAll(root: string = REPO_ROOT): GeneratedScript[] {
  return SCRIPTS.map((s) => generateScript(s, root));
}

function cli(argv: ReadonlyArray<string>): number {
  const check = argv.includes('--check');
  let status = 0;
  for (const script of generateAll()) {
    const report = checkDialect(script.text);
    if (report.problems.length > 0) {
      console.error(`${script.file}: not Office Scripts dialect:\n  ${report.problems.join('\n  ')}`);
      status = 1;
      continue;
    }
    const target = path.resolve(REPO_ROOT, script.file);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (check) {
      if (current !== script.text) {
        console.error(`${script.file} is out of date with src/core: run npm run build:scripts`);
        status = 1;
      } else {
        console.log(`${script.file} is up to date`);
      }
    } else if (current !== script.text) {
      writeFileSync(target, script.text);
      console.log(`wrote ${script.file} (${script.text.length} chars from ${script.sources.length} files)`);
    } else {
      console.log(`${script.file} unchanged`);
    }
    for (const r of script.renames) console.log(`  renamed ${r}`);
  }
  return status;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    process.exitCode = cli(process.argv.slice(2));
  } catch (err) {
    if (err instanceof BuildError) {
      console.error(`build-office-scripts: ${err.message}`);
      process.exitCode = 1;
    } else {
      throw err;
    }
  }
}
