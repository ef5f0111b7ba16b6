/**
 * Keys for refs and measure ids (docs/decisions.md, Validation rules): case
 * and surrounding/repeated spaces are ignored, punctuation is not, because
 * `1.1` and `11` (or `1.10`) are different refs.
 */
export function idKey(text: string): string {
  // Most refs (`2.3`) are already their own key: printable ASCII without spaces or capitals.
  if (isOwnKey(text)) return text;
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function isOwnKey(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c >= 127 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/**
 * Measure ids named in an action's Measures cell (contract 4.3,
 * measure-unknown): tokens shaped like letters then digits (`CL1`, `M07`,
 * `KPI12`), separated by commas, semicolons or spaces. Brackets and stops
 * around a token are ignored (`(CL1)`, `CL1.`). Quarter words `Q1`..`Q4` are
 * free text (`by Q4`), not ids. Each id is listed once, in order.
 */
export function measureIdTokens(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const parts = text.split(/[,;\s]+/);
  for (const part of parts) {
    const token = part.replace(/^[^A-Za-z0-9]+/, '').replace(/[^A-Za-z0-9]+$/, '');
    if (!/^[A-Za-z]+[0-9]+$/.test(token)) continue;
    if (/^[Qq][1-4]$/.test(token)) continue;
    const key = idKey(token);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(token);
  }
  return out;
}
