/**
 * HTML text for the Board pack: workbook text is data, never markup. Every
 * string from the workbook goes through `text` (escaped, bidi-isolated) or
 * `escapeHtml`. What the renderer makes itself from numbers, dates and fixed
 * words (format.ts: `62.0%`, `−3 days`, `Sep 2016`, comparator names) holds no
 * markup character and goes through the cheaper `own`.
 *
 * The pack is ASCII: every character above `~` is written as a character
 * reference (`&#8722;` for −, `&#8217;` for ’). It reads the same in any
 * browser, survives a server or mail client that gets the charset wrong, and
 * keeps the whole page one byte per character in memory (V8 stores a string
 * with any character above U+00FF at two bytes each, and the pack is joined
 * from thousands of pieces: about 15% of the render time).
 */

/** C0 controls (other than tab, line feed, carriage return), DEL, C1 controls and non-characters are not allowed in HTML text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/g;
/** A surrogate half without its partner is not text either. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\uFFFF]/;
/**
 * `value` with every character above ASCII as `&#NNNN;` (a surrogate pair is
 * one character). Rebuilt character by character rather than with `replace`:
 * V8 keeps a replace's result in its input's two-byte form even when nothing
 * above ASCII is left, and one two-byte piece makes the whole pack two-byte.
 */
function asciiOnly(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c <= 126) {
      out += String.fromCharCode(c);
      continue;
    }
    let code = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        code = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    out += '&#' + String(code) + ';';
  }
  return out;
}

/** True when no character is above `~` (checked by hand, not by a regular expression: most strings here are short numbers). */
function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 126) return false;
  return true;
}

/** The renderer's own text (numbers, dates, fixed words: no markup characters) as ASCII HTML. */
export function own(value: string): string {
  return isAscii(value) ? value : asciiOnly(value);
}

/** `&`, `<`, `>`, `"` and `'` escaped; characters HTML forbids become U+FFFD; everything above ASCII a character reference. Safe in text and in quoted attributes. */
export function escapeHtml(value: string): string {
  // Most workbook text needs nothing: skip the replacements then (the pack escapes tens of thousands of strings).
  if (!NEEDS_WORK.test(value)) return value;
  const escaped = value
    .replace(FORBIDDEN, '\uFFFD')
    .replace(LONE_SURROGATE, (_m: string, before: string) => (before === undefined ? '' : before) + '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
  return isAscii(escaped) ? escaped : asciiOnly(escaped);
}

/**
 * Workbook text inline: escaped, and isolated with `<bdi>` so right-to-left
 * text keeps its own direction without reordering what is around it.
 */
export function text(value: string): string {
  return '<bdi>' + escapeHtml(value) + '</bdi>';
}

/** A CSS string literal (for `content:`): every character outside plain ASCII letters, digits and spaces as a CSS escape. */
export function cssString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    out += /[A-Za-z0-9 :,.]/.test(ch) ? ch : '\\' + value.charCodeAt(i).toString(16) + ' ';
  }
  return out + '"';
}

/** `<tag attrs>inner</tag>`, where `inner` is already HTML. */
export function el(tag: string, attrs: string, inner: string): string {
  return '<' + tag + (attrs === '' ? '' : ' ' + attrs) + '>' + inner + '</' + tag + '>';
}
