import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  EXIT_CONFIGURATION,
  EXIT_INTERNAL
} from "./chunk-BQYLOU6Z.js";
import {
  ConfigurationError,
  describeThrown
} from "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";

// src/cli/report.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
var HELP = `mlops report: one self-contained HTML page about a pipeline run (verdicts, drift, training, metrics,
comparison, serving, load test, promotion, lineage), with inline SVG charts; it opens offline.

Usage: mlops report <run-dir> [--output report.html] [--title TEXT] [--json]

<run-dir> is the directory holding .mlops/ (or the .mlops directory itself). Steps that did not run are
noted and skipped. Default output: report.html in the current directory.`;
var OPTIONS = {
  output: { type: "string" },
  title: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean" }
};
function parse(argv) {
  return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
}
async function reportCommand(argv) {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`mlops report: ${error.message.split("\n")[0]}; see 'mlops report --help'
`);
    return EXIT_CONFIGURATION;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    process.stdout.write(`${HELP}
`);
    return 0;
  }
  try {
    const [runDir, ...extra] = positionals;
    if (runDir === void 0 || extra.length > 0)
      throw new ConfigurationError("mlops report: give one run directory, e.g. mlops report . --output report.html");
    const { loadRun } = await import("./load-KYF6RVC7.js");
    const { renderReport } = await import("./page-QWIWM62M.js");
    const run = await loadRun(runDir);
    const report = await renderReport(run, values.title === void 0 ? {} : { title: values.title });
    const output = path.resolve(values.output ?? "report.html");
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
      problems: run.problems
    };
    if (values.json === true) process.stdout.write(`${JSON.stringify(summary, null, 2)}
`);
    else {
      process.stdout.write(
        `mlops report: wrote ${output} (${(bytes / 1024).toFixed(1)} KiB, ${report.charts} charts, ${report.sections.length} sections)
`
      );
      for (const problem of run.problems) process.stdout.write(`  note: ${problem}
`);
    }
    return 0;
  } catch (error) {
    process.stderr.write(`mlops report: error: ${describeThrown(error)}
`);
    if (process.env.MLOPS_DEBUG !== void 0 && error instanceof Error) process.stderr.write(`${error.stack}
`);
    return error instanceof ConfigurationError ? EXIT_CONFIGURATION : EXIT_INTERNAL;
  }
}
export {
  reportCommand
};
