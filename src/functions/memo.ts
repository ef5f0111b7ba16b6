/**
 * A small cache for parsing argument text: a sheet holds few distinct words
 * (`Higher is better`, `On track`, `58%`), and Excel calls a function for
 * every row, so each text is parsed once. Bounded: cleared when full.
 */
const LIMIT = 2000;

export function memoText<T>(parse: (text: string) => T): (text: string) => T {
  let cache = new Map<string, T>();
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = parse(text);
    if (cache.size >= LIMIT) cache = new Map<string, T>();
    cache.set(text, value);
    return value;
  };
}
