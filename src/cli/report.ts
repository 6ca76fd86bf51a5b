import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT_CONFIGURATION, EXIT_INTERNAL } from '../actions/run.js';
import { ConfigurationError, describeThrown } from '../core/errors.js';

const HELP = `mlops report: one self-contained HTML page about a pipeline run (verdicts, drift, training, metrics,
comparison, serving, load test, promotion, lineage), with inline SVG charts; it opens offline.

Usage: mlops report <run-dir> [--output report.html] [--title TEXT] [--json]

<run-dir> is the directory holding .mlops/ (or the .mlops directory itself). Steps that did not run are
noted and skipped. Default output: report.html in the current directory.`;

const OPTIONS = {
  output: { type: 'string' },
  title: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

function parse(argv: readonly string[]) {
  return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
}

/** `mlops report`: reads a run directory and writes the HTML report. */
export async function reportCommand(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`mlops report: ${(error as Error).message.split('\n')[0]}; see 'mlops report --help'\n`);
    return EXIT_CONFIGURATION;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  try {
    const [runDir, ...extra] = positionals;
    if (runDir === undefined || extra.length > 0)
      throw new ConfigurationError('mlops report: give one run directory, e.g. mlops report . --output report.html');
    // Loaded lazily: the charting library is only needed here, and `mlops --help` should stay fast.
    const { loadRun } = await import('../report/html/load.js');
    const { renderReport } = await import('../report/html/page.js');
    const run = await loadRun(runDir);
    const report = await renderReport(run, values.title === undefined ? {} : { title: values.title });
    const output = path.resolve(values.output ?? 'report.html');
    await mkdir(path.dirname(output), { recursive: true });
    await writeFile(output, report.html);
    const bytes = Buffer.byteLength(report.html);
    const summary = {
      output,
      bytes,
      sections: report.sections,
      charts: report.charts,
      run: run.directory,
      modelVersion: run.modelVersion ?? null,
      problems: run.problems,
    };
    if (values.json === true) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else {
      process.stdout.write(
        `mlops report: wrote ${output} (${(bytes / 1024).toFixed(1)} KiB, ${report.charts} charts, ${report.sections.length} sections)\n`,
      );
      for (const problem of run.problems) process.stdout.write(`  note: ${problem}\n`);
    }
    return 0;
  } catch (error) {
    process.stderr.write(`mlops report: error: ${describeThrown(error)}\n`);
    if (process.env.MLOPS_DEBUG !== undefined && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return error instanceof ConfigurationError ? EXIT_CONFIGURATION : EXIT_INTERNAL;
  }
}
