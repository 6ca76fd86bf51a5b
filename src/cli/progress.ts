/**
 * Progress for long work (scanning data, training epochs, scoring, a load test) at a terminal.
 *
 * On an interactive terminal a bar is redrawn in place on one line (`\r`, erase to end of line); anywhere else
 * (a pipe, a file, a CI log, or `CI` set) it degrades to plain lines, at most one per 10% of the work or per
 * 5 seconds, so that a million updates never flood a log. No dependency: the whole renderer is this file.
 */

/** The part of a `tty.WriteStream` the renderer needs; a test passes a plain object. */
export interface TerminalStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** A plain line: `scoring: 1,200/5,000 (24%)`, or `scoring: 1,200` when the total is unknown. */
export function progressLine(task: string, done: number, total: number | undefined): string {
  if (total === undefined || !(total > 0)) return `${task}: ${count(done)}`;
  return `${task}: ${count(done)}/${count(total)} (${percent(done, total)}%)`;
}

/** `CI` set to anything but empty, `0` or `false`: the log is read later, not watched. */
export function inCI(env: Env): boolean {
  const value = env.CI;
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/** A bar may be redrawn in place: the stream is a TTY, not a dumb one, and this is not CI. */
export function isInteractive(stream: TerminalStream, env: Env): boolean {
  return stream.isTTY === true && env.TERM !== 'dumb' && !inCI(env);
}

/**
 * Colour only on a TTY. `FORCE_COLOR` (any value but `0` or `false`) forces it on, as in Node itself, and wins
 * over `NO_COLOR`; `NO_COLOR` (any non-empty value, https://no-color.org) turns it off.
 */
export function colorEnabled(stream: TerminalStream, env: Env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

const ESC = '\u001b[';
export const ansi = {
  bold: (text: string) => `${ESC}1m${text}${ESC}22m`,
  dim: (text: string) => `${ESC}2m${text}${ESC}22m`,
  red: (text: string) => `${ESC}31m${text}${ESC}39m`,
  green: (text: string) => `${ESC}32m${text}${ESC}39m`,
  cyan: (text: string) => `${ESC}36m${text}${ESC}39m`,
};
const ERASE_LINE = `\r${ESC}K`;

export interface ProgressOptions {
  /** Redraw in place; default: isInteractive(stream, env). */
  interactive?: boolean;
  /** Default: colorEnabled(stream, env). */
  color?: boolean;
  env?: Env;
  /** Milliseconds; injectable for tests. */
  now?: () => number;
  /** Plain mode: a line at least this often while work goes on (default 5 s). */
  intervalMs?: number;
  /** Interactive mode: redraw at most this often (default 100 ms), except the first and last draw. */
  redrawMs?: number;
  /**
   * Plain mode prints nothing for work that finishes within this time (default 1 s): progress is for long
   * work, and a quick command (or one that fails at once) keeps its output to what matters.
   */
  quietMs?: number;
}

interface TaskState {
  task: string;
  done: number;
  total: number | undefined;
  /** Plain mode: the last tenth of the work printed, and when. */
  bucket: number;
  printedAt: number;
  printedDone: number;
  finished: boolean;
  startedAt: number;
}

export class ProgressRenderer {
  readonly interactive: boolean;
  private readonly quietMs: number;
  readonly color: boolean;
  private readonly now: () => number;
  private readonly intervalMs: number;
  private readonly redrawMs: number;
  private readonly tasks = new Map<string, TaskState>();
  /** Interactive mode: the task whose bar is on screen without a line end, if any. */
  private drawn: TaskState | undefined;
  private drawnAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly stream: TerminalStream,
    options: ProgressOptions = {},
  ) {
    const env = options.env ?? process.env;
    this.interactive = options.interactive ?? isInteractive(stream, env);
    this.color = options.color ?? colorEnabled(stream, env);
    this.now = options.now ?? (() => performance.now());
    this.intervalMs = options.intervalMs ?? 5000;
    this.redrawMs = options.redrawMs ?? 100;
    this.quietMs = options.quietMs ?? 1000;
  }

  /** `done` of `total` units of `task` are finished; `total` undefined when unknown. Done ≥ total ends it. */
  update(task: string, done: number, total: number | undefined): void {
    if (!Number.isFinite(done)) return;
    let state = this.tasks.get(task);
    if (state === undefined || (state.finished && done < state.done)) {
      state = {
        task,
        done,
        total,
        bucket: -1,
        printedAt: Number.NEGATIVE_INFINITY,
        printedDone: -1,
        finished: false,
        startedAt: this.now(),
      };
      this.tasks.set(task, state);
    } else if (state.finished) return;
    state.done = done;
    state.total = total;
    const complete = total !== undefined && total > 0 && done >= total;
    if (this.interactive) this.draw(state, complete);
    else this.print(state, complete);
    if (complete) state.finished = true;
  }

  /** Before other output: take an unfinished bar off the line so the text starts at column 0. */
  clear(): void {
    if (this.drawn !== undefined) this.stream.write(ERASE_LINE);
  }

  /** After other output: put the bar that `clear` took away back. */
  restore(): void {
    if (this.drawn !== undefined) this.stream.write(this.bar(this.drawn));
  }

  /** At the end of a run: leave an unfinished bar on screen as it stands, ended by a newline. */
  close(): void {
    if (this.drawn !== undefined) this.stream.write('\n');
    this.drawn = undefined;
  }

  private print(state: TaskState, complete: boolean): void {
    const now = this.now();
    const bucket =
      state.total !== undefined && state.total > 0
        ? Math.floor((Math.min(state.done, state.total) / state.total) * 10)
        : 0;
    const first = state.printedDone < 0;
    if (first && now - state.startedAt < this.quietMs) return;
    const due = bucket > state.bucket || (now - state.printedAt >= this.intervalMs && state.done !== state.printedDone);
    if (!first && !due && !complete) return;
    if (complete && state.printedDone === state.done) return;
    state.bucket = Math.max(bucket, state.bucket);
    state.printedAt = now;
    state.printedDone = state.done;
    const line = progressLine(state.task, state.done, state.total);
    this.stream.write(`${this.color ? colorTask(line, state.task) : line}\n`);
  }

  private draw(state: TaskState, complete: boolean): void {
    const now = this.now();
    const other = this.drawn !== undefined && this.drawn !== state;
    if (!other && this.drawn === state && !complete && now - this.drawnAt < this.redrawMs) return;
    if (other) this.stream.write('\n');
    this.drawnAt = now;
    this.stream.write(this.bar(state));
    if (complete) {
      this.stream.write('\n');
      this.drawn = undefined;
    } else this.drawn = state;
  }

  /** `\r` + `task [█████░░░░░]  50% 500/1,000` + erase to the end of the line, never wider than the terminal. */
  private bar(state: TaskState): string {
    const columns = Math.max(20, this.stream.columns || 80) - 1;
    const { task, done, total } = state;
    const known = total !== undefined && total > 0;
    const counts = known ? `${String(percent(done, total)).padStart(3)}% ${count(done)}/${count(total)}` : count(done);
    const room = columns - task.length - counts.length - 4;
    let text: string;
    if (known && room >= 10) {
      const width = Math.min(40, room);
      const filled = Math.round((Math.min(done, total) / total) * width);
      const full = '█'.repeat(filled);
      const empty = '░'.repeat(width - filled);
      text = this.color
        ? `${ansi.bold(task)} ${ansi.cyan(full)}${ansi.dim(empty)} ${done >= total ? ansi.green(counts) : counts}`
        : `${task} ${full}${empty} ${counts}`;
    } else {
      const plain = progressLine(task, done, total);
      const cut = plain.length > columns ? `${plain.slice(0, columns - 1)}…` : plain;
      text = this.color ? colorTask(cut, task) : cut;
    }
    return `${ERASE_LINE}${text}`;
  }
}

function colorTask(line: string, task: string): string {
  return line.startsWith(task) ? `${ansi.cyan(task)}${line.slice(task.length)}` : line;
}

function count(value: number): string {
  // Not toLocaleString: its first call loads ICU's number formatting, some 20 ms in the middle of a data pass.
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function percent(done: number, total: number): number {
  return Math.max(0, Math.min(100, Math.floor((done / total) * 100)));
}
