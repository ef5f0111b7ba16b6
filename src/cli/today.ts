import { serialFromYmd, type Serial } from '../core/calendar';

/** The as-of date: the one given, else today's local date (the edge is the only place that knows "today"). */
export function asOfOrToday(asOf: Serial | null, today: () => Date): Serial {
  if (asOf !== null) return asOf;
  const d = today();
  return serialFromYmd(d.getFullYear(), d.getMonth() + 1, d.getDate());
}
