/** The command line's exit codes (contract 7), named once and used by every command. */
export const EXIT = {
  /** Done: check found no errors; report read the workbook; rollup, import or sample wrote. */
  ok: 0,
  /** check found errors. */
  findings: 1,
  /** rollup, import or sample refused to write (a rejected import, a write that would lose data). */
  refused: 1,
  /** The workbook cannot be read, or the arguments are wrong. */
  unusable: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
