import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  fileArtifact,
  modelArtifact
} from "./chunk-635LPGCO.js";
import {
  ActionInputs,
  configSection,
  setOutputs
} from "./chunk-SC2UPTYI.js";
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";

// src/actions/check-serving-compat.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
var ACTION = "check-serving-compat";
async function runCheckServingCompat(io) {
  const inputs = await ActionInputs.load(ACTION, io);
  const section = configSection(inputs.config, ACTION);
  const output = inputs.string("output") ?? path.join(".mlops", ACTION);
  const memoryLimit = inputs.string("memory-limit");
  const relative = (value, key) => {
    if (value === void 0) return void 0;
    if (typeof value !== "string") throw new ConfigurationError(`mlops.yml: \`${ACTION}.${key}\` must be a path`);
    return inputs.configPath(value);
  };
  const features = section.features;
  const golden = inputs.list("golden-requests");
  if (golden.length > 1)
    throw new ConfigurationError(`${ACTION}: give one \`golden-requests\` file (got ${golden.length})`);
  const baseline = inputs.string("baseline");
  const data = inputs.string("data");
  const contract = relative(section.contract, "contract");
  const request = {
    model: inputs.required("model"),
    features: Array.isArray(features) ? features.map(String) : [],
    ...baseline === void 0 ? {} : { baseline },
    ...contract === void 0 ? {} : { contract },
    ...data === void 0 ? {} : { data },
    format: "auto",
    ...golden[0] === void 0 ? {} : { goldenRequests: golden[0] },
    goldenRows: typeof section["golden-rows"] === "number" ? section["golden-rows"] : 100,
    ...memoryLimit === void 0 ? {} : { memoryLimitBytes: (await import("./compat-PZHUGWE4.js")).parseMemoryLimit(memoryLimit) },
    loadTimeoutSeconds: inputs.number("load-timeout-seconds", 60, { min: 0.1, max: 3600 }),
    retries: typeof section.retries === "number" ? section.retries : 2,
    tolerance: inputs.number("tolerance", 1e-5, { min: 0 }),
    executionProviders: inputs.list("execution-providers").length > 0 ? inputs.list("execution-providers") : ["cpu"],
    log: (line) => io.report(line)
  };
  const result = await (await import("./check-OYWNSLMQ.js")).checkServing(request);
  await mkdir(output, { recursive: true });
  const verdictPath = path.join(output, "verdict.json");
  const document = { ...result, format: "mlops-actions/serving-verdict", formatVersion: 1 };
  await writeFile(verdictPath, `${JSON.stringify(document, null, 2)}
`);
  setOutputs(io, ACTION, {
    passed: String(result.verdict.passed),
    verdict: verdictPath,
    "served-parity": result.servedParity === null ? "" : String(result.servedParity)
  });
  for (const check of result.verdict.checks.filter((c) => c.status === "fail").slice(0, 9)) {
    io.annotate("error", `${check.check}: ${check.message}`);
  }
  await io.summary((await import("./report-X5NVGMTQ.js")).renderServingMarkdown(result));
  io.report((await import("./report-X5NVGMTQ.js")).renderServingTerminal(result));
  io.result(document);
  return {
    passed: result.verdict.passed,
    lineage: {
      parameters: { executionProviders: inputs.list("execution-providers"), memoryLimit: memoryLimit ?? null },
      inputs: [modelArtifact("model", result.model.version, inputs.required("model"))],
      outputs: [await fileArtifact("infra-verdict", "Verdict", verdictPath, { passed: result.verdict.passed })],
      verdicts: [{ kind: "check-serving-compat", passed: result.verdict.passed }]
    }
  };
}

export {
  runCheckServingCompat
};
