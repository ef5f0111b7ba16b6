import type { Read } from '../model';

/** The one `blank` read, shared: most cells of a tracker are blank, and 50,000 rows should not mean 500,000 copies. */
export const BLANK_READ: Read<never> = { kind: 'blank' };
