/**
 * Address lists as Excel gives them (`'Action plan'!$A$5:$I$5, Sheet1!B2`):
 * one rule for both Excel adapters (the Office JS add-in and the Office
 * Scripts), which read merged areas and table ranges this way.
 */

/** `'Action plan'!$A$5:$H$5` -> `A5:H5`; `Sheet1!B3` -> `B3`; `C4` -> `C4`. */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  return local.replace(/\$/g, '').trim();
}

/**
 * Splits an address list into its areas, sheet names and `$` removed. Commas
 * inside a quoted sheet name (`'a, b'!A1`, quotes doubled inside: `'Jo''s'!A1`)
 * are not separators; blank parts are dropped.
 */
export function splitAddressList(list: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < list.length; i++) {
    const ch = list.charAt(i);
    if (ch === "'") {
      if (quoted && list.charAt(i + 1) === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
      current += ch;
    } else if (ch === ',' && !quoted) {
      if (current.trim() !== '') out.push(localAddress(current));
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim() !== '') out.push(localAddress(current));
  return out;
}
