/**
 * Tiny DOM helpers. Workbook text is data, never markup: every string becomes a
 * text node (textContent), nothing is ever parsed as HTML.
 */
import { downloadFile } from '../host/download';

export type Child = Node | string | number | null | undefined | false;
export type Handler = (event: Event) => void;
export type AttrValue = string | number | boolean | null | undefined | Handler;
export type Attrs = Readonly<Record<string, AttrValue>>;

const SVG_NS = 'http://www.w3.org/2000/svg';

function applyAttrs(el: Element, attrs: Attrs | undefined): void {
  if (attrs === undefined) return;
  for (const name of Object.keys(attrs)) {
    const value = attrs[name];
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') {
      if (!name.startsWith('on')) throw new Error('Event handler attribute must start with "on": ' + name);
      el.addEventListener(name.slice(2), value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
}

function appendChildren(el: Element, children: ReadonlyArray<Child> | undefined): void {
  if (children === undefined) return;
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/**
 * `h('button', { class: 'btn', onclick: run }, ['Run check'])`. Attributes are
 * set with setAttribute (true = present, false/null/undefined = absent);
 * `on...` attributes take a handler; children are nodes or text.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, children?: ReadonlyArray<Child>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  applyAttrs(el, attrs);
  appendChildren(el, children);
  return el;
}

/** The SVG counterpart of `h`, built with createElementNS. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs, children?: ReadonlyArray<Child>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  applyAttrs(el, attrs);
  appendChildren(el, children);
  return el;
}

/** Replaces all children of `el`. */
export function replaceChildren(el: Element, children: ReadonlyArray<Child>): void {
  while (el.firstChild !== null) el.removeChild(el.firstChild);
  appendChildren(el, children);
}

let idCounter = 0;
/** A document-unique id with a readable prefix. */
export function uid(prefix: string): string {
  idCounter++;
  return prefix + '-' + String(idCounter);
}

/** Offers text as a file download (findings CSV, the preview's workbook). */
export function download(fileName: string, data: BlobPart, type: string): void {
  downloadFile(fileName, data, type);
}
