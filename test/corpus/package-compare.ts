/**
 * Test helpers that compare two .xlsx packages independently of the writer:
 * parts by bytes, and XML parts as canonical trees (saxes, attributes sorted,
 * namespace declarations kept) with chosen elements left out.
 */
import { SaxesParser } from 'saxes';
import { unzipSync } from 'fflate';

export interface Node {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: Node[];
  text: string;
}

export function parts(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

export function xmlTree(bytes: Uint8Array | string): Node {
  const text = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);
  const parser = new SaxesParser();
  const stack: Node[] = [{ name: '#document', attrs: {}, children: [], text: '' }];
  parser.on('opentag', (t) => {
    const node: Node = { name: t.name, attrs: { ...(t.attributes as Record<string, string>) }, children: [], text: '' };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => {
    stack[stack.length - 1].text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(text).close();
  return stack[0].children[0];
}

export function local(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** Canonical text of a tree: elements `drop` says yes to are left out, attributes `dropAttr` says yes to too. */
export function canonical(node: Node, drop: (n: Node, parent: Node | null) => boolean = () => false, dropAttr: (n: Node, attr: string) => boolean = () => false, parent: Node | null = null): string {
  if (drop(node, parent)) return '';
  const attrs = Object.keys(node.attrs)
    .filter((a) => !dropAttr(node, a))
    .sort()
    .map((a) => ` ${a}=${JSON.stringify(node.attrs[a])}`)
    .join('');
  const inner = node.children.map((c) => canonical(c, drop, dropAttr, node)).join('');
  const text = node.text.trim() === '' && node.children.length > 0 ? '' : node.text;
  return `<${node.name}${attrs}>${JSON.stringify(text)}${inner}</${node.name}>`;
}

export function find(node: Node, path: ReadonlyArray<string>): Node | undefined {
  let at: Node | undefined = node;
  for (const p of path) at = at?.children.find((c) => local(c.name) === p);
  return at;
}

/** Sheet name -> part name, from workbook.xml and its relationships. */
export function sheetParts(pkg: Map<string, Uint8Array>): Map<string, string> {
  const rels = xmlTree(pkg.get('xl/_rels/workbook.xml.rels')!);
  const byId = new Map(rels.children.map((r) => [r.attrs.Id, r.attrs.Target.replace(/^\/?(xl\/)?/, 'xl/')]));
  const wb = xmlTree(pkg.get('xl/workbook.xml')!);
  const out = new Map<string, string>();
  for (const s of find(wb, ['sheets'])?.children ?? []) {
    const id = Object.keys(s.attrs).find((k) => /:id$/.test(k));
    if (id !== undefined) out.set(s.attrs.name, byId.get(s.attrs[id]) ?? '');
  }
  return out;
}

/** Column of a cell reference (`K7` -> 10). */
export function colOf(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)![0];
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}
