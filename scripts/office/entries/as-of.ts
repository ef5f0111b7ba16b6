/** The as-of date of a script run: the `asOf` parameter (yyyy-mm-dd), else today. */
import type { Serial } from '../../../src/core/calendar';
import { serialFromIso, serialFromYmd } from '../../../src/core/calendar';

/**
 * `2016-10-31` -> serial. Blank means today's date where the script runs: the
 * browser's local date in Excel on the web, UTC in Power Automate. Anything
 * else stops the script with a message (the flow run then fails visibly).
 */
export function asOfSerial(asOf: string | undefined, now: Date): Serial {
  const text = asOf === undefined || asOf === null ? '' : String(asOf).trim();
  if (text === '') return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
  const serial = serialFromIso(text.length > 10 && text.charAt(10) === 'T' ? text.slice(0, 10) : text);
  if (serial === null) throw new Error('asOf must be a date as yyyy-mm-dd, e.g. 2016-10-31 (got "' + text + '").');
  return serial;
}
