import type { ActionIO } from '../actions/io.js';
import { ansi, colorEnabled, type Env, ProgressRenderer, type TerminalStream } from './progress.js';

export interface TerminalStreams {
  stdout: TerminalStream;
  stderr: TerminalStream;
  env: Env;
  /** Milliseconds, for tests. */
  now?: () => number;
  /** Plain-mode quiet period (tests set 0). */
  quietMs?: number;
}

/** The terminal's ActionIO, plus `close`, which ends a progress bar left on screen before the error line. */
export interface TerminalIO extends ActionIO {
  progress(task: string, done: number, total: number | undefined): void;
  close(): void;
}

export type CliValues = Record<string, string | boolean | Array<string | boolean> | undefined>;

/**
 * The report (and progress) go to stdout, or to stderr under `--json`, where stdout holds only the JSON. Reports
 * are printed as given: colour is for the progress bar and the error label, never parsed out of report text.
 */
export function createTerminalIO(
  values: CliValues,
  json: boolean,
  streams: TerminalStreams = { stdout: process.stdout, stderr: process.stderr, env: process.env },
): TerminalIO {
  const human = json ? streams.stderr : streams.stdout;
  const progress = new ProgressRenderer(human, {
    env: streams.env,
    ...(streams.now ? { now: streams.now } : {}),
    ...(streams.quietMs === undefined ? {} : { quietMs: streams.quietMs }),
  });
  return {
    input: (name) => {
      const value = values[name];
      if (Array.isArray(value)) return value.length === 0 ? undefined : value.join('\n');
      return typeof value === 'string' && value !== '' ? value : undefined;
    },
    setOutput: () => {},
    summary: async () => {},
    report: (text) => {
      progress.clear();
      human.write(`${text}\n`);
      progress.restore();
    },
    // The report already lists every finding; annotations are GitHub's way of showing them.
    annotate: () => {},
    result: (value) => {
      if (json) streams.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
    progress: (task, done, total) => progress.update(task, done, total),
    close: () => progress.close(),
  };
}

/** `mlops <command>: error: <message>`, one line; `error:` in red where stderr shows colour. */
export function errorLine(
  command: string,
  message: string,
  stream: TerminalStream = process.stderr,
  env: Env = process.env,
): string {
  const label = colorEnabled(stream, env) ? ansi.red(ansi.bold('error:')) : 'error:';
  return `mlops ${command}: ${label} ${message}\n`;
}
