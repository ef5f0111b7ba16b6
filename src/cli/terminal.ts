/** Where the command line talks to: injectable, so tests run commands in-process. */
export interface Terminal {
  out(text: string): void;
  err(text: string): void;
  /** Colour only when the terminal supports it (a TTY, and NO_COLOR not set). */
  readonly colour: boolean;
  /** A progress bar goes to stderr only when stderr is a terminal. */
  readonly progress: boolean;
}

export function processTerminal(): Terminal {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    colour: process.stdout.isTTY === true && !noColor && process.env.TERM !== 'dumb',
    progress: process.stderr.isTTY === true,
  };
}

export type Paint = (text: string) => string;

export interface Palette {
  readonly red: Paint;
  readonly amber: Paint;
  readonly green: Paint;
  readonly blue: Paint;
  readonly grey: Paint;
  readonly bold: Paint;
}

const plain: Paint = (text) => text;

export function palette(colour: boolean): Palette {
  if (!colour) return { red: plain, amber: plain, green: plain, blue: plain, grey: plain, bold: plain };
  const sgr = (code: string): Paint => (text) => `\u001b[${code}m${text}\u001b[0m`;
  return { red: sgr('31'), amber: sgr('33'), green: sgr('32'), blue: sgr('34'), grey: sgr('90'), bold: sgr('1') };
}

/** A progress bar on stderr that redraws in place; silent when stderr is not a terminal. */
export function progressBar(terminal: Terminal): { update: (done: number, total: number, label: string) => void; done: () => void } {
  let shown = false;
  let last = -1;
  return {
    update(done, total, label) {
      if (!terminal.progress || total < 5000) return;
      const pct = Math.floor((100 * done) / Math.max(total, 1));
      if (pct === last) return;
      last = pct;
      const width = 30;
      const filled = Math.round((width * pct) / 100);
      terminal.err(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${pct}%`);
      shown = true;
    },
    done() {
      if (shown) terminal.err('\r\u001b[K');
      shown = false;
    },
  };
}
