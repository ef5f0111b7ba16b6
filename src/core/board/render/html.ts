/**
 * HTML text for the Board pack: workbook text is data, never markup. Every
 * string from the workbook goes through `text` (escaped, bidi-isolated) or
 * `escapeHtml`. What the renderer makes itself from numbers, dates and fixed
 * words (format.ts: `62.0%`, `−3 days`, `Sep 2016`, comparator names) holds no
 * markup character and goes in as it is: escaping it again cost time on every
 * one of a large pack's tens of thousands of numbers.
 */

/** C0 controls (other than tab, line feed, carriage return), DEL, C1 controls and non-characters are not allowed in HTML text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/g;
/** A surrogate half without its partner is not text either. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

/** `&`, `<`, `>`, `"` and `'` escaped; characters HTML forbids become U+FFFD. Safe in text and in quoted attributes. */
export function escapeHtml(value: string): string {
  // Most workbook text needs nothing: skip the replacements then (the pack escapes tens of thousands of strings).
  if (!NEEDS_WORK.test(value)) return value;
  return value
    .replace(FORBIDDEN, '\uFFFD')
    .replace(LONE_SURROGATE, (_m: string, before: string) => (before === undefined ? '' : before) + '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
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
