import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  startProfileWorkerEarly
} from "./chunk-NPMBRSQQ.js";
import {
  datasetArtifact,
  fileArtifact
} from "./chunk-635LPGCO.js";
import {
  ActionInputs,
  configSection,
  setOutputs
} from "./chunk-SC2UPTYI.js";
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";

// src/actions/validate-data.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// src/actions/io.ts
var MAX_ANNOTATIONS = 10;

// src/actions/validate-data.ts
var ACTION = "validate-data";
async function runValidateData(io) {
  const inputs = await ActionInputs.load(ACTION, io);
  if (inputs.string("data") === void 0 && inputs.list("merge-profiles").length === 0) {
    throw new ConfigurationError("nothing to validate: set `data` (a file or glob) or `merge-profiles`");
  }
  const section = configSection(inputs.config, ACTION);
  const drift = section.drift ?? {};
  const driftOptions = {
    correction: drift.correction ?? "benjamini-hochberg",
    driftShare: drift.share ?? 0.5,
    smallReferenceRows: drift["small-reference-rows"] ?? 1e3,
    psiBins: drift["psi-bins"] ?? 10,
    overrides: drift.features ?? {}
  };
  const output = inputs.string("output") ?? path.join(".mlops", ACTION);
  const request = {
    data: inputs.string("data"),
    reference: inputs.string("reference"),
    schema: inputs.string("schema"),
    inferSchemaTo: inputs.string("infer-schema"),
    label: inputs.string("label"),
    failOn: inputs.oneOf("fail-on", ["schema", "drift", "none"], "schema"),
    environment: inputs.string("environment") ?? "TRAINING",
    mergeProfiles: inputs.list("merge-profiles"),
    delimiter: inputs.string("delimiter"),
    format: inputs.oneOf("format", ["auto", "csv", "jsonl", "parquet"], "auto"),
    severity: section.severity ?? {},
    drift: driftOptions,
    progress: (done, total) => io.progress?.("scanning data", done, total)
  };
  const referenceIsData = request.reference !== void 0 && !request.reference.toLowerCase().endsWith(".json");
  if (request.data !== void 0 && !referenceIsData) startProfileWorkerEarly();
  const result = await (await import("./run-5HVFZ72R.js")).validateData(request);
  await mkdir(output, { recursive: true });
  const resultPath = path.join(output, "result.json");
  const profilePath = path.join(output, "profile.json");
  await writeFile(profilePath, `${JSON.stringify(result.profile)}
`);
  const document = resultDocument(result, profilePath);
  await writeFile(resultPath, `${JSON.stringify(document, null, 2)}
`);
  if (result.schemaSource !== "file") {
    await writeFile(path.join(output, "schema.inferred.json"), `${JSON.stringify(result.schema, null, 2)}
`);
  }
  setOutputs(io, ACTION, {
    passed: String(result.verdict.passed),
    result: resultPath,
    profile: profilePath,
    anomalies: String(result.anomalies.length),
    "drifted-features": String(result.drift?.driftedCount ?? 0),
    "drift-share": String(result.drift?.share ?? 0)
  });
  annotate(io, result);
  await io.summary((await import("./report-DMEQIQKB.js")).renderMarkdown(result));
  io.report((await import("./report-DMEQIQKB.js")).renderTerminal(result));
  io.result(document);
  const data = inputs.string("data");
  const reference = inputs.string("reference");
  return {
    passed: result.verdict.passed,
    lineage: {
      parameters: {
        failOn: inputs.oneOf("fail-on", ["schema", "drift", "none"], "schema"),
        schema: result.schemaSource
      },
      // Dataset digests are those train records, so `mlops lineage` joins the data checks to the training run.
      inputs: [
        ...data === void 0 ? [] : [await datasetArtifact("data", data, result.profile.rows)],
        ...reference === void 0 || reference.toLowerCase().endsWith(".json") ? [] : [await datasetArtifact("reference", reference)]
      ],
      outputs: [
        await fileArtifact("data-verdict", "Verdict", resultPath, { passed: result.verdict.passed }),
        await fileArtifact("profile", "Profile", profilePath)
      ],
      verdicts: [{ kind: "validate-data", passed: result.verdict.passed }]
    }
  };
}
function resultDocument(result, profilePath) {
  return {
    verdict: result.verdict,
    schemaSource: result.schemaSource,
    rows: result.profile.rows,
    sources: result.profile.sources,
    profile: profilePath,
    anomalies: result.anomalies,
    drift: result.drift,
    statistics: result.statistics
  };
}
function annotate(io, result) {
  const file = result.profile.sources.length === 1 ? result.profile.sources[0]?.path : void 0;
  const findings = [...result.verdict.checks].filter((check) => check.status === "fail" || check.status === "warn").sort((a, b) => a.status === b.status ? 0 : a.status === "fail" ? -1 : 1).slice(0, MAX_ANNOTATIONS - 1);
  for (const check of findings) {
    const line = check.examples?.[0]?.match(/^line (\d+)/)?.[1];
    const location = file === void 0 ? void 0 : { file, ...line === void 0 ? {} : { line: Number(line) } };
    io.annotate(check.status === "fail" ? "error" : "warning", `${check.check}: ${check.message}`, location);
  }
}

export {
  runValidateData
};
