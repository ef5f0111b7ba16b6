/**
 * One streaming pass of saxes over a package part. Element names arrive without
 * their prefix (`x:c` and `c` are the same cell: some writers prefix the main
 * namespace). A DOCTYPE is refused outright: SpreadsheetML never has one, and
 * refusing it is what keeps entity-expansion ("billion laughs") files out.
 * Never throws.
 */
import { SaxesParser } from 'saxes';

export type Attributes = Readonly<Record<string, string>>;

/**
 * What a pass does with each event. `state` is the third argument of `parseXml`:
 * a hot reader (a sheet) passes module-level functions and its state, so no
 * closure is made per part and each event is one call.
 */
export interface XmlHandlers<S = undefined> {
  open(name: string, attributes: Attributes, state: S): void;
  close?(name: string, state: S): void;
  /** Character data (and CDATA) between tags. */
  text?(text: string, state: S): void;
}

export type XmlResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** Thrown by a handler to stop the pass early with a message (e.g. a size guard). */
export interface XmlStop {
  readonly stop: string;
}

const CHUNK = 1 << 20;

function localName(name: string): string {
  // A prefixed name has at least three characters (`x:c`): the one- and
  // two-letter names that make up most of a sheet (c, v, f, t, si, is) skip the search.
  if (name.length < 3) return name;
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export function parseXml<S>(bytes: Uint8Array, handlers: XmlHandlers<S>, state?: S): XmlResult;
export function parseXml(bytes: Uint8Array, handlers: XmlHandlers<unknown>, state?: unknown): XmlResult {
  const parser = new SaxesParser({ position: false });
  // saxes calls the same module-level functions for every part, which pass the
  // events on to this pass's handlers: saxes's hot code then sees one shape of
  // parser and one callee at each call site, instead of being re-optimised for
  // each kind of part (a large part of the cost of a first read).
  parser.on('doctype', refuseDoctype);
  parser.on('opentag', onOpenTag);
  parser.on('closetag', onCloseTag);
  parser.on('text', onText);
  parser.on('cdata', onText);
  const outer = current;
  const outerState = currentState;
  current = { open: handlers.open, close: handlers.close ?? ignore, text: handlers.text ?? ignore };
  currentState = state;
  try {
    const decoder = new TextDecoder(encodingOf(bytes), { fatal: false });
    // Decoded and parsed a megabyte at a time: a large sheet never exists as one string.
    for (let at = 0; at < bytes.length; at += CHUNK) {
      const end = Math.min(at + CHUNK, bytes.length);
      parser.write(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
    }
    parser.close();
  } catch (err) {
    return { ok: false, message: stopMessage(err) };
  } finally {
    current = outer;
    currentState = outerState;
  }
  return { ok: true };
}

/** The handlers of the pass under way, always all three (one object shape); passes are synchronous, and a nested pass restores the outer one's. */
let current: Required<XmlHandlers<unknown>> = { open: ignore, close: ignore, text: ignore };
let currentState: unknown;

function onOpenTag(tag: { readonly name: string; readonly attributes: unknown }): void {
  current.open(localName(tag.name), tag.attributes as Attributes, currentState);
}

function onCloseTag(tag: { readonly name: string }): void {
  current.close(localName(tag.name), currentState);
}

function onText(text: string): void {
  current.text(text, currentState);
}

function ignore(): void {
  // An event the pass under way does not need.
}

function refuseDoctype(): never {
  throw { stop: 'it declares a DOCTYPE, which workbooks never have' } as XmlStop;
}

function encodingOf(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

function stopMessage(err: unknown): string {
  if (typeof err === 'object' && err !== null && typeof (err as XmlStop).stop === 'string') return (err as XmlStop).stop;
  const text = err instanceof Error ? err.message : String(err);
  const first = text.split('\n')[0].trim();
  return 'its XML is damaged (' + (first.length > 100 ? first.slice(0, 97) + '...' : first) + ')';
}

/** Excel's escape for characters XML cannot hold: `_x000D_` is a carriage return (ECMA-376 22.4.2.4). */
export function unescapeExcelText(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
