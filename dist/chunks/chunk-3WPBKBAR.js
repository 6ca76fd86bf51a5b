import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  ActionInputs,
  configSection,
  setOutputs
} from "./chunk-SC2UPTYI.js";
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";

// src/actions/evaluate.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
var ACTION = "evaluate";
async function runEvaluate(io) {
  const inputs = await ActionInputs.load(ACTION, io);
  const section = configSection(inputs.config, ACTION);
  const output = inputs.string("output") ?? path.join(".mlops", ACTION);
  const model = inputs.required("model");
  const data = inputs.required("data");
  const { parseSliceConfig, parseSliceLine } = await import("./slice-text-7MRK7MUV.js");
  const slicesInput = io.input("slices");
  const slices = slicesInput === void 0 ? parseSliceConfig(section.slices) : slicesInput.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).map(parseSliceLine);
  const bootstrapSamples = inputs.number("bootstrap-samples", 1e3, { min: 0, max: 1e5 });
  const batchSize = inputs.number("batch-size", 1024, { min: 1, max: 1 << 20 });
  if (!Number.isInteger(bootstrapSamples) || !Number.isInteger(batchSize)) {
    throw new ConfigurationError("evaluate: `bootstrap-samples` and `batch-size` must be whole numbers");
  }
  await mkdir(output, { recursive: true });
  const label = inputs.string("label");
  const delimiter = inputs.string("delimiter");
  const request = {
    model,
    features: inputs.list("features"),
    data,
    ...label === void 0 ? {} : { label },
    slices,
    minSliceSize: typeof section["min-slice-size"] === "number" ? section["min-slice-size"] : 30,
    bootstrapSamples,
    confidence: typeof section["confidence-level"] === "number" ? section["confidence-level"] : 0.95,
    seed: inputs.number("seed", 0, { min: 0, max: 2 ** 31 - 1 }),
    batchSize,
    format: inputs.oneOf("format", ["auto", "csv", "jsonl", "parquet"], "auto"),
    ...delimiter === void 0 ? {} : { delimiter },
    thresholds: section.thresholds ?? {},
    predictionsPath: path.join(output, "predictions.csv"),
    log: (line) => io.report(line),
    progress: (done, total) => io.progress?.("scoring", done, total)
  };
  const result = await (await import("./run-EBDJWWIU.js")).evaluateModel(request);
  const metricsPath = path.join(output, "metrics.json");
  const document = metricsDocument(result);
  await writeFile(metricsPath, `${JSON.stringify(document, null, 2)}
`);
  setOutputs(io, ACTION, {
    metrics: metricsPath,
    predictions: result.predictionsPath,
    "headline-metric": result.headline.metric,
    "headline-value": result.headline.value === null ? "" : String(result.headline.value),
    passed: String(result.verdict.passed)
  });
  for (const check of result.verdict.checks.filter((c) => c.status === "fail"))
    io.annotate("error", `${check.check}: ${check.message}`);
  await io.summary((await import("./report-KNRWAE44.js")).renderEvaluateMarkdown(result));
  io.report((await import("./report-KNRWAE44.js")).renderEvaluateTerminal(result));
  io.result(document);
  const [{ datasetArtifact, fileArtifact, modelArtifact }, { scalarMetrics }] = await Promise.all([
    import("./artifacts-JFVVMKIM.js"),
    import("./metrics-5GEKVIAB.js")
  ]);
  return {
    passed: result.verdict.passed,
    lineage: {
      parameters: { slices: slices.length, bootstrapSamples },
      inputs: [
        modelArtifact("model", result.model.version, model, { task: result.model.task }),
        await datasetArtifact("data", data, result.rows + result.rowsWithoutLabel)
      ],
      outputs: [await fileArtifact("metrics", "Metrics", metricsPath)],
      metrics: Object.fromEntries(
        Object.entries(scalarMetrics(result.metrics)).map(([name, value]) => [name, value.value])
      ),
      verdicts: [{ kind: "evaluate", passed: result.verdict.passed }]
    }
  };
}
function metricsDocument(result) {
  return {
    format: "mlops-actions/metrics",
    formatVersion: 1,
    model: result.model,
    label: result.label,
    rows: result.rows,
    rowsWithoutLabel: result.rowsWithoutLabel,
    classes: result.classes,
    headline: result.headline,
    metrics: result.metrics,
    intervals: result.intervals,
    slices: {
      ranked: result.slices.ranked.map(({ slice, value, rank }) => ({
        rank,
        key: slice.key,
        size: slice.size,
        value,
        metrics: slice.metrics
      })),
      skipped: result.slices.skipped.map(({ slice, reason }) => ({ key: slice.key, size: slice.size, reason }))
    },
    verdict: result.verdict,
    predictions: result.predictionsPath,
    scoring: result.scoring
  };
}

export {
  runEvaluate,
  metricsDocument
};
