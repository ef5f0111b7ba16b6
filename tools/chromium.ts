/** Where the browser tests find Chromium, and the one line that says how to get it when it is not there. */
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const given = env.CHROMIUM_PATH;
  return given !== undefined && given !== '' ? given : DEFAULT_CHROMIUM;
}

/** Null when Chromium is there, else the sentence saying how to install it or point at another. */
export function missingChromium(env: Readonly<Record<string, string | undefined>> = process.env, exists: (path: string) => boolean = existsSync): string | null {
  const at = chromiumPath(env);
  if (exists(at)) return null;
  return 'browser tests not run: no Chromium at ' + at + '; install it with `apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable';
}
