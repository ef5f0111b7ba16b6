/**
 * `npm start` / `npm stop` for the add-in.
 *
 * Where there is no Excel desktop (Linux, CI), it says so and points at the
 * preview (`npm run preview`) and at Excel on the web. Where Excel is
 * installed, it runs `office-addin-debugging start manifest.xml` if that
 * package is installed (it is not a dependency: it pulls the native keytar,
 * which fails offline), and otherwise explains how to sideload by hand.
 *
 *   node_modules/.bin/tsx tools/start.ts [start|stop]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StartEnvironment {
  readonly platform: NodeJS.Platform;
  readonly root: string;
  readonly exists: (path: string) => boolean;
  readonly home: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface StartPlan {
  /** What to print. */
  readonly lines: ReadonlyArray<string>;
  /** A command to run (binary and arguments), or null. */
  readonly command: { readonly bin: string; readonly args: ReadonlyArray<string> } | null;
  readonly exitCode: number;
}

export function excelPaths(e: StartEnvironment): string[] {
  if (e.platform === 'win32') {
    const bases = [e.env.ProgramFiles, e.env['ProgramFiles(x86)'], 'C:\\Program Files', 'C:\\Program Files (x86)'].filter((x): x is string => x !== undefined && x !== '');
    return bases.map((b) => join(b, 'Microsoft Office', 'root', 'Office16', 'EXCEL.EXE'));
  }
  if (e.platform === 'darwin') return ['/Applications/Microsoft Excel.app'];
  return [];
}

const PREVIEW_LINES: ReadonlyArray<string> = [
  'Use the preview instead:  npm run preview',
  '  It opens the real task pane on a sample plan workbook (or your own .xlsx) in the browser.',
  'Or try the add-in in Excel on the web:',
  '  1. npm run dev-server   (https://localhost:3000; trust the CA it prints, once)',
  '  2. In Excel on the web: Home > Add-ins > More add-ins > Upload My Add-in > manifest.xml',
  'The command line works everywhere:  npx plan check <workbook.xlsx>',
];

export function planStart(e: StartEnvironment, action: 'start' | 'stop'): StartPlan {
  const debuggingBin = join(e.root, 'node_modules', '.bin', e.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging');
  const hasDebugging = e.exists(join(e.root, 'node_modules', 'office-addin-debugging', 'package.json')) && e.exists(debuggingBin);
  const excel = excelPaths(e).find((p) => e.exists(p)) ?? null;

  if (action === 'stop') {
    if (hasDebugging && excel !== null) return { lines: ['Stopping the add-in debugging session.'], command: { bin: debuggingBin, args: ['stop', 'manifest.xml'] }, exitCode: 0 };
    return { lines: ['Nothing to stop: stop `npm run dev-server` or `npm run preview` with Ctrl+C in their terminal.'], command: null, exitCode: 0 };
  }

  if (excel === null) {
    const where = e.platform === 'linux' ? 'Linux has no Excel desktop' : 'Excel desktop was not found on this machine';
    return { lines: [where + ', so the add-in cannot be started in Excel here.', ...PREVIEW_LINES], command: null, exitCode: 0 };
  }
  if (hasDebugging) {
    return {
      lines: ['Excel found at ' + excel + '. Starting it with the add-in sideloaded (office-addin-debugging).'],
      command: { bin: debuggingBin, args: ['start', 'manifest.xml'] },
      exitCode: 0,
    };
  }
  const sideload =
    e.platform === 'darwin'
      ? [
          '  2. Copy manifest.xml to ' + join(e.home, 'Library', 'Containers', 'com.microsoft.Excel', 'Data', 'Documents', 'wef') + ' (create the folder if needed),',
          '     then restart Excel: Home > Add-ins shows "Improvement plan tracker".',
        ]
      : [
          '  2. Share a folder holding manifest.xml (e.g. \\\\localhost\\addins), add it under',
          '     File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs (tick "Show in Menu"),',
          '     restart Excel, then Home > Add-ins > More add-ins > Shared Folder > Improvement plan tracker.',
        ];
  return {
    lines: [
      'Excel found at ' + excel + ', but office-addin-debugging is not installed (it is left out on purpose: its native keytar dependency fails offline).',
      'Sideload by hand:',
      '  1. npm run dev-server   (https://localhost:3000; trust the development CA once: npx office-addin-dev-certs install)',
      ...sideload,
      'Or install the debugger and run npm start again:  npm install --no-save office-addin-debugging',
      'Without Excel, npm run preview shows the same task pane in a browser.',
    ],
    command: null,
    exitCode: 0,
  };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const action = process.argv[2] === 'stop' ? 'stop' : 'start';
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const plan = planStart({ platform: process.platform, root, exists: existsSync, home: homedir(), env: process.env }, action);
  for (const line of plan.lines) console.log(line);
  if (plan.command !== null) {
    const r = spawnSync(plan.command.bin, plan.command.args.slice(), { stdio: 'inherit', cwd: root, shell: process.platform === 'win32' });
    process.exitCode = r.status === null ? 1 : r.status;
  } else {
    process.exitCode = plan.exitCode;
  }
}
