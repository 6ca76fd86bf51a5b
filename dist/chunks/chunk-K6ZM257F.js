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

// src/actions/compare-baseline.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
var ACTION = "compare-baseline";
async function runCompareBaseline(io) {
  const inputs = await ActionInputs.load(ACTION, io);
  const section = configSection(inputs.config, ACTION);
  const output = inputs.string("output") ?? path.join(".mlops", ACTION);
  const model = inputs.required("model");
  const data = inputs.required("data");
  const { parseComparisonConfig } = await import("./config-PD2DA2RT.js");
  const config = parseComparisonConfig(section);
  const bootstrapSamples = inputs.number("bootstrap-samples", 1e3, { min: 0, max: 1e5 });
  const baseline = inputs.string("baseline");
  const label = inputs.string("label");
  await mkdir(output, { recursive: true });
  const request = {
    model,
    ...baseline === void 0 ? {} : { baseline },
    registry: (await import("./open-6RZG7JAT.js")).openRegistry(
      inputs.string("registry") ?? path.join(".mlops", "registry")
    ),
    data,
    ...label === void 0 ? {} : { label },
    format: "auto",
    config,
    output,
    bootstrapSamples: Math.round(bootstrapSamples),
    confidence: inputs.number("confidence-level", 0.95, { min: 0.5, max: 0.9999 }),
    seed: inputs.number("seed", 0, { min: 0, max: 2 ** 31 - 1 }),
    bootstrapPolicy: inputs.oneOf("bootstrap", ["allow", "deny"], "deny"),
    log: (line) => io.report(line)
  };
  const result = await (await import("./run-PK6OIYSJ.js")).compareWithBaseline(request);
  const advisory = inputs.boolean("advisory", false);
  const verdictPath = path.join(output, "verdict.json");
  const reportPath = path.join(output, "report.md");
  const document = { format: "mlops-actions/blessing", formatVersion: 1, advisory, ...result };
  const markdown = (await import("./report-V22PK6RB.js")).renderComparisonMarkdown(result);
  await writeFile(verdictPath, `${JSON.stringify(document, null, 2)}
`);
  await writeFile(reportPath, markdown);
  setOutputs(io, ACTION, {
    blessed: String(result.blessed),
    verdict: verdictPath,
    report: reportPath,
    "flip-rate": result.flipRate === null ? "" : String(result.flipRate.rate)
  });
  for (const check of result.checks.filter((c) => c.status === "fail").slice(0, 9)) {
    io.annotate(advisory ? "warning" : "error", `${check.check}: ${check.message}`);
  }
  await io.summary(markdown);
  io.report((await import("./report-V22PK6RB.js")).renderComparisonTerminal(result));
  if (advisory && !result.blessed)
    io.report("advisory: the candidate is not blessed, but advisory mode does not fail the step");
  io.result(document);
  return {
    passed: result.blessed || advisory,
    lineage: {
      registry: inputs.string("registry") ?? path.join(".mlops", "registry"),
      parameters: {
        bootstrap: inputs.oneOf("bootstrap", ["allow", "deny"], "deny"),
        advisory,
        bootstrapSamples
      },
      inputs: [
        modelArtifact("candidate", result.candidateVersion, inputs.required("model")),
        ...result.baselineVersion === null ? [] : [modelArtifact("baseline", result.baselineVersion, baseline ?? "production")]
      ],
      outputs: [await fileArtifact("blessing", "Verdict", verdictPath, { blessed: result.blessed })],
      ...result.baselineVersion === null ? {} : { previousModel: result.baselineVersion },
      verdicts: [{ kind: "compare-baseline", passed: result.blessed }]
    }
  };
}

export {
  runCompareBaseline
};
