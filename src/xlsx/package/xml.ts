/**
 * One streaming pass of saxes over a package part. Element names arrive without
 * their prefix (`x:c` and `c` are the same cell: some writers prefix the main
 * namespace). A DOCTYPE is refused outright: SpreadsheetML never has one, and
 * refusing it is what keeps entity-expansion ("billion laughs") files out.
 * Never throws.
 */
import { SaxesParser } from 'saxes';

export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandlers {
  open(name: string, attributes: Attributes): void;
  close?(name: string): void;
  /** Character data (and CDATA) between tags. */
  text?(text: string): void;
}

export type XmlResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** Thrown by a handler to stop the pass early with a message (e.g. a size guard). */
export interface XmlStop {
  readonly stop: string;
}

const CHUNK = 1 << 20;

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export function parseXml(bytes: Uint8Array, handlers: XmlHandlers): XmlResult {
  const parser = new SaxesParser({ position: false });
  parser.on('doctype', () => {
    throw { stop: 'it declares a DOCTYPE, which workbooks never have' } as XmlStop;
  });
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Attributes));
  const close = handlers.close;
  if (close !== undefined) parser.on('closetag', (tag) => close(localName(tag.name)));
  const text = handlers.text;
  if (text !== undefined) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
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
  }
  return { ok: true };
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
