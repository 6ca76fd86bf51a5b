/**
 * The HTML run report: loading a run (whole, partial, broken, absent), the page's sections and charts, and that
 * nothing from the data can become markup or pull a resource from the network.
 * The fixture is trimmed real output of the example pipeline, with the feature `region` renamed to a script tag
 * and one of its values to an <img onerror> payload.
 */
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportCommand } from '../../src/cli/report.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { intervalChart, renderSvg, thin } from '../../src/report/html/charts.js';
import { loadRun, MAX_POINTS, summarizePredictions } from '../../src/report/html/load.js';
import { escapeHtml, renderReport } from '../../src/report/html/page.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/html/run', import.meta.url));
const EVIL = '<script>alert(1)</script>';
const SECTIONS = [
  'overview',
  'validate-data',
  'train',
  'evaluate',
  'compare-baseline',
  'check-serving-compat',
  'load-test',
  'promote',
  'lineage',
];
const FIXED = { generatedAt: new Date('2026-01-02T03:04:05Z') };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mlops-report-html-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every attribute of every tag, as an HTML tokenizer reads them (quoted values may hold any other character). */
function attributesOf(html: string): Array<[string, string]> {
  const attributes: Array<[string, string]> = [];
  for (const tag of html.matchAll(
    /<[a-zA-Z][^\s/>]*((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g,
  )) {
    for (const attribute of (tag[1] ?? '').matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g))
      attributes.push([attribute[1]!, attribute[2] ?? attribute[3] ?? attribute[4] ?? '']);
  }
  return attributes;
}

function count(html: string, pattern: RegExp): number {
  return html.match(pattern)?.length ?? 0;
}

describe('a whole run', () => {
  it('loads every part of the fixture', async () => {
    const run = await loadRun(FIXTURE);
    expect(run.directory).toBe(path.join(FIXTURE, '.mlops'));
    expect(run.problems).toEqual([]);
    expect(run.reference?.source).toBe(path.join('train', 'model', 'profile.json'));
    expect(run.training?.manifest?.version).toBe(run.modelVersion);
    expect(run.predictions?.rows).toBe(300);
    expect(run.predictions?.calibration?.kind).toBe('probability');
    expect(run.comparison?.blessed).toBe(true);
    expect(run.load?.baseline).toBeDefined();
    expect(run.promotion?.promoted).toBe(true);
    expect(run.lineage?.chain.steps.map((step) => step.role)).toEqual([
      'data',
      'train',
      'evaluate',
      'compare',
      'serving',
      'serving',
      'promote',
    ]);
  });

  it('renders every section, each chart as inline SVG, and no script or remote resource', async () => {
    const report = await renderReport(await loadRun(FIXTURE), FIXED);
    const { html } = report;
    expect(report.sections).toEqual(SECTIONS);
    for (const id of SECTIONS) expect(html).toContain(`<section id="${id}">`);
    for (const heading of ['Verdicts', 'Data validation', 'Training', 'Evaluation', 'Load test', 'Lineage'])
      expect(html).toContain(`<h2>${heading}</h2>`);
    // 8 drift overlays + PSI overview, loss, intervals, confusion matrix, calibration, slices, paired
    // differences, memory, latency histogram and percentiles.
    expect(report.charts).toBe(18);
    expect(count(html, /<svg[\s>]/g)).toBe(18);
    expect(count(html, /<\/svg>/g)).toBe(18);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    // Escaped text may say `onerror=`; what matters is that no real attribute is a handler or a remote URL.
    const attributes = attributesOf(html);
    expect(attributes.length).toBeGreaterThan(1000);
    expect(attributes.filter(([name]) => /^on/i.test(name))).toEqual([]);
    expect(
      attributes.filter(([name, value]) => /^(?:src|href|xlink:href)$/i.test(name) && !/^#[\w-]+$/.test(value)),
    ).toEqual([]);
    // The SVG namespace names are identifiers, never fetched; no other URL may appear at all.
    expect(html.replace(/\sxmlns(?::xlink)?="http:\/\/www\.w3\.org\/[^"]+"/g, '')).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?\s*(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import|<link|<iframe|<object|<embed/i);
    expect(Buffer.byteLength(html)).toBeLessThan(600 * 1024);
    expect(html).toContain('Not tested for drift (identifier-like, or absent from the reference): customer_id.');
    expect(html).toContain('0 of 8 features drifted');
  });

  it('escapes text from the data wherever it appears: tables, headings and chart labels', async () => {
    const { html } = await renderReport(await loadRun(FIXTURE), FIXED);
    // In the page's own markup (card heading, anomalies table, slice table).
    expect(html).toContain(`<h4>${escapeHtml(EVIL)} `);
    expect(count(html, /&#60;script&#62;alert\(1\)&#60;\/script&#62;/g)).toBeGreaterThan(3);
    // In the SVG text vega writes (the chart title and axis labels).
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toMatch(/&lt;img src=x onerror=alert\(1\)&gt; (&quot;|")quoted(&quot;|") &amp;/);
  });

  it('is reproducible for a fixed time', async () => {
    const run = await loadRun(FIXTURE);
    expect((await renderReport(run, FIXED)).html).toBe((await renderReport(run, FIXED)).html);
  });
});

describe('partial, broken and absent runs', () => {
  it('shows a run of validate-data alone, noting every step that did not run', async () => {
    await mkdir(path.join(dir, '.mlops'));
    await cp(path.join(FIXTURE, '.mlops', 'validate-data'), path.join(dir, '.mlops', 'validate-data'), {
      recursive: true,
    });
    const run = await loadRun(dir);
    expect(run.training).toBeNull();
    expect(run.validation).not.toBeNull();
    expect(run.reference).toBeNull();
    expect(run.modelVersion).toBeNull();
    const report = await renderReport(run, FIXED);
    expect(report.sections).toEqual(SECTIONS);
    for (const part of ['train', 'evaluate', 'compare-baseline', 'check-serving-compat', 'load-test', 'promote'])
      expect(report.html).toContain(`Not part of this run: ${part}/`);
    expect(report.html).toContain('current distributions only');
    expect(report.html).toContain('No model version in this run');
    expect(report.charts).toBe(9);
    expect(report.html).not.toMatch(/<script/i);
  });

  it('accepts the .mlops directory itself', async () => {
    expect((await loadRun(path.join(FIXTURE, '.mlops'))).directory).toBe(path.join(FIXTURE, '.mlops'));
  });

  it('reads a part from a <part>-N directory, as the PR comment does, with the files beside it', async () => {
    await cp(FIXTURE, dir, { recursive: true });
    await rename(path.join(dir, '.mlops', 'train'), path.join(dir, '.mlops', 'train-2'));
    const run = await loadRun(dir);
    expect(run.problems).toEqual([]);
    expect(run.files.train).toBe(path.join(dir, '.mlops', 'train-2', 'result.json'));
    expect(run.training?.manifest?.version).toBe(run.modelVersion);
    expect(run.reference?.source).toBe(path.join('train-2', 'model', 'profile.json'));
  });

  it('reads a part file that a Windows editor saved with a byte-order mark', async () => {
    await cp(FIXTURE, dir, { recursive: true });
    const file = path.join(dir, '.mlops', 'evaluate', 'metrics.json');
    await writeFile(file, `\uFEFF${await readFile(file, 'utf8')}`);
    const run = await loadRun(dir);
    expect(run.problems).toEqual([]);
    expect(run.evaluation).not.toBeNull();
  });

  it('leaves out an unreadable part with the reason, and keeps the rest', async () => {
    await cp(FIXTURE, dir, { recursive: true });
    await writeFile(path.join(dir, '.mlops', 'evaluate', 'metrics.json'), '{"format": ');
    await writeFile(path.join(dir, '.mlops', 'load-test', 'verdict.json'), '{"something": "else"}\n');
    await writeFile(path.join(dir, '.mlops', 'registry', 'lineage', 'records', 'broken.json'), '[]');
    const run = await loadRun(dir);
    expect(run.evaluation).toBeNull();
    expect(run.load).toBeNull();
    expect(run.problems).toHaveLength(2);
    expect(run.problems[0]).toMatch(/^evaluate\/metrics\.json could not be read/);
    expect(run.problems[1]).toMatch(/^load-test\/verdict\.json is not a load-test verdict/);
    expect(run.lineage?.skipped).toHaveLength(1);
    const { html } = await renderReport(run, FIXED);
    expect(html).toContain('Left out of this report');
    expect(html).toMatch(
      /<section id="evaluate"><h2>Evaluation<\/h2>\n<p class="note">Left out: evaluate\/metrics\.json could not be read/,
    );
    expect(html).toContain('Unreadable lineage records skipped: broken.json');
    expect(html).toContain('<section id="compare-baseline">');
  });

  it('refuses a directory that holds no run, and one that does not exist, as configuration errors', async () => {
    await mkdir(path.join(dir, '.mlops', 'cache'), { recursive: true });
    await expect(loadRun(dir)).rejects.toThrow(ConfigurationError);
    await expect(loadRun(dir)).rejects.toThrow(/holds no pipeline run: expected \.mlops\/ with at least one of/);
    await expect(loadRun(path.join(dir, 'nope'))).rejects.toThrow(/is not a directory/);
  });
});

describe('predictions.csv', () => {
  it('samples a large regression file down to MAX_POINTS, the same rows every time', async () => {
    const file = path.join(dir, 'predictions.csv');
    const lines = ['row,file,line,label,prediction'];
    for (let row = 0; row < 5000; row++) lines.push(`${row},"data, part ""1"".csv",${row + 2},${row},${row * 0.9}`);
    await writeFile(file, `${lines.join('\r\n')}\r\n`);
    const summary = await summarizePredictions(file, 'regression', []);
    expect(summary.rows).toBe(5000);
    expect(summary.scatter).toHaveLength(MAX_POINTS);
    expect(summary.scatter?.every((point) => Math.abs(point.prediction - point.label * 0.9) < 1e-9)).toBe(true);
    expect((await summarizePredictions(file, 'regression', [])).scatter).toEqual(summary.scatter);
  });

  it('bins a multiclass file by top-class confidence, with quoted fields spanning lines', async () => {
    const file = path.join(dir, 'predictions.csv');
    await writeFile(
      file,
      [
        'row,file,line,label,prediction,p_a,p_b,p_c',
        '0,"multi\nline.csv",2,a,a,0.95,0.03,0.02',
        '1,x.csv,3,b,a,0.55,0.40,0.05',
        '2,x.csv,4,c,c,0.1,0.1,0.8',
        '',
      ].join('\n'),
    );
    const summary = await summarizePredictions(file, 'multiclass', ['a', 'b', 'c']);
    expect(summary.rows).toBe(3);
    expect(summary.calibration?.kind).toBe('confidence');
    expect(summary.calibration?.bins.map((bin) => [bin.from, bin.count, bin.observed])).toEqual([
      [0.5, 1, 0],
      [0.8, 1, 1],
      [0.9, 1, 1],
    ]);
  });
});

describe('charts', () => {
  it('thins a long series to at most the limit, keeping both ends', () => {
    const thinned = thin(
      Array.from({ length: 10_000 }, (_, index) => index),
      MAX_POINTS,
    );
    expect(thinned).toHaveLength(MAX_POINTS);
    expect(thinned[0]).toBe(0);
    expect(thinned.at(-1)).toBe(9_999);
  });

  it('renders a spec to a sized SVG', async () => {
    const svg = await renderSvg(intervalChart('t', [{ metric: 'auc', value: 0.8, low: 0.7, high: 0.9 }]));
    expect(svg).toMatch(/^<svg [^>]*width="\d+" height="\d+"/);
  });
});

async function captured(
  stream: 'stdout' | 'stderr',
  run: () => Promise<number>,
): Promise<{ code: number; text: string }> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    return { code: await run(), text: chunks.join('') };
  } finally {
    spy.mockRestore();
  }
}

describe('mlops report', () => {
  it('writes the page and says where, with --json', async () => {
    const output = path.join(dir, 'out', 'report.html');
    const { code, text } = await captured('stdout', () => reportCommand([FIXTURE, '--output', output, '--json']));
    expect(code).toBe(0);
    const printed = JSON.parse(text);
    expect(printed).toMatchObject({ output, charts: 18, sections: SECTIONS, problems: [] });
    expect(printed.bytes).toBe((await readFile(output)).length);
  });

  it('exits 2 with the fix in one line for a directory without a run', async () => {
    const { code, text: message } = await captured('stderr', () => reportCommand([dir]));
    expect(code).toBe(2);
    expect(message).toMatch(/^mlops report: error: .* holds no pipeline run: .*npm run example/);
    expect(message.trim().split('\n')).toHaveLength(1);
  });
});
