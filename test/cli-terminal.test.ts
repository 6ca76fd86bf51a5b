/**
 * The CLI at a terminal: progress bars on a TTY, plain bounded lines elsewhere, colour only where it belongs.
 * Streams are fakes (an object with isTTY and columns that records what is written); the clock is injected.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { colorEnabled, type Env, ProgressRenderer, progressLine } from '../src/cli/progress.js';
import { createTerminalIO, errorLine } from '../src/cli/terminal.js';
import { useTempDir } from './temp-dir.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are what is being looked for.
const ANSI = /\u001b\[/;

class FakeStream {
  chunks: string[] = [];
  constructor(
    readonly isTTY: boolean,
    readonly columns = 80,
  ) {}
  write(chunk: string): boolean {
    this.chunks.push(chunk);
    return true;
  }
  get text(): string {
    return this.chunks.join('');
  }
}

/** A clock that moves `step` ms per reading. */
function clock(step: number): () => number {
  let t = 0;
  return () => {
    t += step;
    return t;
  };
}

function run(stream: FakeStream, env: Env, updates = 1000, step = 1): ProgressRenderer {
  const renderer = new ProgressRenderer(stream, { env, now: clock(step), quietMs: 0 });
  for (let done = 1; done <= updates; done++) renderer.update('scoring', done, updates);
  return renderer;
}

describe('progressLine', () => {
  it('formats done, total and percent, or only the count when the total is unknown', () => {
    expect(progressLine('scoring', 1200, 5000)).toBe('scoring: 1,200/5,000 (24%)');
    expect(progressLine('scanning data', 1200, undefined)).toBe('scanning data: 1,200');
    expect(progressLine('epochs', 30, 30)).toBe('epochs: 30/30 (100%)');
  });
});

describe('progress when not a TTY', () => {
  it('prints a bounded number of plain lines for 1,000 updates, with no ANSI escapes', () => {
    const stream = new FakeStream(false);
    run(stream, {});
    const lines = stream.text.split('\n').filter(Boolean);
    expect(stream.text).not.toMatch(ANSI);
    expect(stream.text).not.toContain('\r');
    expect(lines.length).toBeLessThanOrEqual(12);
    expect(lines.at(-1)).toBe('scoring: 1,000/1,000 (100%)');
    expect(lines).toContain('scoring: 500/1,000 (50%)');
  });

  it('prints plain lines in CI even on a TTY', () => {
    const stream = new FakeStream(true);
    run(stream, { CI: 'true', NO_COLOR: '1' });
    expect(stream.text).not.toContain('\r');
    expect(stream.text).not.toMatch(ANSI);
    expect(stream.text.split('\n').filter(Boolean).length).toBeLessThanOrEqual(12);
  });

  it('with an unknown total, prints at most one line per 5 s', () => {
    const stream = new FakeStream(false);
    // 1,000 updates 100 ms apart: 100 s, so about 20 lines, never 1,000.
    const renderer = new ProgressRenderer(stream, { env: {}, now: clock(100), quietMs: 0 });
    for (let done = 1; done <= 1000; done++) renderer.update('scanning data', done, undefined);
    const lines = stream.text.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(15);
    expect(lines.length).toBeLessThanOrEqual(22);
    expect(lines[0]).toBe('scanning data: 1');
  });

  it('adds a line per 5 s when the work is slow, but not per update', () => {
    const stream = new FakeStream(false);
    // 1,000 updates one second apart: the 10% lines plus about one per 5 s.
    run(stream, {}, 1000, 1000);
    const lines = stream.text.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(150);
    expect(lines.length).toBeLessThanOrEqual(212);
  });
});

describe('progress on a TTY', () => {
  it('rewrites one line with \\r, in colour, and ends it with one newline', () => {
    const stream = new FakeStream(true, 60);
    run(stream, {}, 1000, 10);
    const text = stream.text;
    expect(text).toContain('\r');
    expect(text).toMatch(ANSI);
    expect(text.match(/\n/g)?.length).toBe(1);
    expect(text.endsWith('\n')).toBe(true);
    // Redraws are throttled (100 ms), not one per update.
    expect(stream.chunks.length).toBeLessThan(200);
    // No drawn line is wider than the terminal.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI escapes.
    const visible = text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
    for (const frame of visible.split(/[\r\n]/)) expect(frame.length).toBeLessThan(60);
    expect(visible).toContain('100% 1,000/1,000');
  });

  it('honours NO_COLOR: still a bar, no colour', () => {
    const stream = new FakeStream(true);
    run(stream, { NO_COLOR: '1' }, 1000, 10);
    expect(stream.text).toContain('\r');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: colour escapes are what is being looked for.
    expect(stream.text).not.toMatch(/\u001b\[\d+m/);
    expect(stream.text).toContain('█');
  });

  it('honours FORCE_COLOR, which wins over NO_COLOR, and a TERM=dumb terminal', () => {
    expect(colorEnabled(new FakeStream(false), { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled(new FakeStream(true), { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled(new FakeStream(true), { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(colorEnabled(new FakeStream(true), { NO_COLOR: '' })).toBe(true);
    expect(colorEnabled(new FakeStream(true), { TERM: 'dumb' })).toBe(false);
    expect(colorEnabled(new FakeStream(false), {})).toBe(false);
  });
});

describe('the terminal ActionIO', () => {
  it('takes a bar off the line for a report line and puts it back; close ends it', () => {
    const stdout = new FakeStream(true);
    const stderr = new FakeStream(true);
    const io = createTerminalIO({}, false, { stdout, stderr, env: { NO_COLOR: '1' }, now: clock(1000) });
    io.progress('scoring', 10, 100);
    io.report('scored a batch');
    io.progress('scoring', 20, 100);
    io.close();
    const text = stdout.text;
    expect(text).toContain('\r\u001b[Kscored a batch\n');
    expect(text.endsWith('\n')).toBe(true);
    expect(stderr.text).toBe('');
  });

  it('sends report and progress to stderr under --json, keeping stdout for the JSON alone', () => {
    const stdout = new FakeStream(false);
    const stderr = new FakeStream(false);
    const io = createTerminalIO({ data: 'x.csv' }, true, { stdout, stderr, env: {}, quietMs: 0 });
    expect(io.input('data')).toBe('x.csv');
    io.progress('scoring', 5, 10);
    io.report('done');
    io.result({ ok: true });
    expect(JSON.parse(stdout.text)).toEqual({ ok: true });
    expect(stderr.text).toBe('scoring: 5/10 (50%)\ndone\n');
  });

  it('prints a plain one-line error off a TTY, and colours the label on one', () => {
    expect(errorLine('train', 'fix it', new FakeStream(false), {})).toBe('mlops train: error: fix it\n');
    const coloured = errorLine('train', 'fix it', new FakeStream(true), {});
    expect(coloured).toMatch(ANSI);
    expect(coloured.match(/\n/g)?.length).toBe(1);
    expect(errorLine('train', 'fix it', new FakeStream(true), { NO_COLOR: '1' })).not.toMatch(ANSI);
  });
});

describe('progress from real commands', () => {
  const temp = useTempDir('mlops-progress-');

  it('quick work off a terminal prints no progress lines at all (progress is for long work)', () => {
    const root = new URL('..', import.meta.url).pathname;
    const run = spawnSync(
      process.execPath,
      [
        `${root}bin/mlops.js`,
        'validate-data',
        '--data',
        `${root}examples/churn/data/train.csv`,
        '--output',
        temp.path('out'),
      ],
      { encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' } },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^validate-data: PASSED/m);
    expect(run.stdout).not.toContain('scanning data');
    expect(run.stdout).not.toContain(String.fromCharCode(27));
  });
});
