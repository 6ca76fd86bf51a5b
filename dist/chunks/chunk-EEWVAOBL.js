import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  PACKAGE_VERSION
} from "./chunk-YTIGI7PO.js";
import {
  ActionInputs,
  configSection,
  setOutputs
} from "./chunk-SC2UPTYI.js";
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";

// src/actions/train.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
var ACTION = "train";
async function runTrain(io) {
  const inputs = await ActionInputs.load(ACTION, io);
  const section = configSection(inputs.config, ACTION);
  const output = inputs.string("output") ?? path.join(".mlops", ACTION);
  const label = inputs.string("label");
  if (label === void 0) {
    throw new ConfigurationError(
      "train: set `label` (the column to predict) with --label, in `with:`, or in mlops.yml"
    );
  }
  const data = inputs.required("data");
  const [
    { codeDigest, StepCache, stepCacheKey, workTreeDigest },
    { modelArtifact },
    { MANIFEST_FILE, readModelPackage },
    { builtinParams, parseParamsText },
    { renderTrainMarkdown, renderTrainTerminal }
  ] = await Promise.all([
    import("./step-cache-EXQZTRFS.js"),
    import("./artifacts-JFVVMKIM.js"),
    import("./package-YVR36YZS.js"),
    import("./params-KGXQR3JU.js"),
    import("./report-2R4E5TCF.js")
  ]);
  const configParams = section.params;
  const params = {
    ...typeof configParams === "object" && configParams !== null ? configParams : parseParamsText(typeof configParams === "string" ? configParams : void 0),
    ...parseParamsText(io.input("params"))
  };
  const epochs = inputs.string("epochs") === void 0 ? void 0 : inputs.number("epochs", 1, { min: 1, max: 1e5 });
  if (epochs !== void 0 && !Number.isInteger(epochs))
    throw new ConfigurationError("train: input `epochs` must be a whole number");
  const schema = typeof section.schema === "string" ? inputs.configPath(section.schema) : void 0;
  const request = {
    data,
    ...inputs.string("validation-data") === void 0 ? {} : { validationData: inputs.string("validation-data") },
    label,
    output: path.join(output, "model"),
    name: typeof section.name === "string" ? section.name : "model",
    seed: inputs.number("seed", 0, { min: 0, max: 2 ** 31 - 1 }),
    ...epochs === void 0 ? {} : { epochs },
    params,
    backend: inputs.oneOf("backend", ["auto", "tensorflow", "wasm", "cpu"], "auto"),
    requireGpu: inputs.boolean("require-gpu", false),
    timeoutMinutes: inputs.number("timeout-minutes", 60, { min: 0.01, max: 60 * 24 * 7 }),
    format: inputs.oneOf("format", ["auto", "csv", "jsonl", "parquet"], "auto"),
    ...inputs.string("delimiter") === void 0 ? {} : { delimiter: inputs.string("delimiter") },
    ...schema === void 0 ? {} : { schema },
    features: stringList(section.features, "train.features"),
    exclude: stringList(section.exclude, "train.exclude"),
    log: (line) => io.report(line),
    progress: (done, total) => io.progress?.("training epochs", done, total)
  };
  const command = inputs.string("command");
  const cacheEnabled = section["step-cache"] !== false && process.env.MLOPS_STEP_CACHE !== "0";
  const userCode = command === void 0 || !cacheEnabled ? void 0 : await workTreeDigest();
  if (cacheEnabled && command !== void 0 && userCode === void 0)
    io.report(
      "train: step cache not used: the training command runs outside a git work tree, so an edited script could not be told from the one cached"
    );
  const cache = new StepCache(path.join(".mlops", "cache"), {
    warn: (message) => {
      io.report(`train: ${message}`);
      io.annotate("warning", `train.step-cache: ${message}`);
    }
  });
  const key = cacheEnabled && (command === void 0 || userCode !== void 0) ? await stepCacheKey({
    step: ACTION,
    data: [request.data, ...request.validationData === void 0 ? [] : [request.validationData]],
    code: `${await codeDigest(import.meta.url, PACKAGE_VERSION)}${userCode === void 0 ? "" : ` ${userCode}`}`,
    parameters: {
      ...request,
      log: void 0,
      output: void 0,
      command: command ?? null,
      schemaText: schema === void 0 ? null : await readFile(schema, "utf8")
    }
  }) : void 0;
  const hit = key === void 0 ? void 0 : await cache.restore(key, request.output, readModelPackage);
  let result;
  if (key !== void 0 && hit !== void 0) {
    const restored = hit.value;
    const where = hit.tier === "local" ? `the local step cache (${cache.root})` : "the Actions cache (saved by an earlier run of this repository)";
    io.report(
      `train: inputs unchanged since a previous run (step cache ${key}, from ${where}): reusing ${restored.manifest.version}`
    );
    result = {
      verdict: {
        kind: "train",
        passed: true,
        checks: [
          {
            check: "train.step-cache",
            status: "pass",
            value: key,
            threshold: null,
            message: `reused the package of an identical earlier run (data, code and parameters unchanged) from ${where}; set train.step-cache: false in mlops.yml or MLOPS_STEP_CACHE=0 to retrain`
          }
        ],
        createdAt: (/* @__PURE__ */ new Date()).toISOString()
      },
      package: restored,
      backend: restored.manifest.framework.backend,
      usedGpu: restored.manifest.lineage.hardware.usedGpu === true,
      ...restored.manifest.training.lossCurve.length === 0 ? {} : {
        finalLoss: restored.manifest.training.metrics.validationLoss ?? restored.manifest.training.metrics.loss ?? void 0
      },
      notes: [`reused from the step cache (${hit.tier} tier)`]
    };
  } else {
    result = command === void 0 ? await (await import("./run-IF6V24DM.js")).trainBuiltin(request) : await (await import("./command-M4WFBBQ5.js")).trainWithCommand(
      { ...request, command },
      builtinParams({ task: params.task ?? "auto" }, void 0).params.task
    );
    if (key !== void 0 && result.package !== void 0 && result.verdict.passed)
      await cache.save(key, result.package.directory);
  }
  await mkdir(output, { recursive: true });
  const resultPath = path.join(output, "result.json");
  const document = {
    verdict: result.verdict,
    backend: result.backend,
    gpu: result.usedGpu,
    finalLoss: result.finalLoss ?? null,
    notes: result.notes,
    model: result.package?.directory ?? null,
    manifest: result.package?.manifest ?? null
  };
  await writeFile(resultPath, `${JSON.stringify(document, null, 2)}
`);
  setOutputs(io, ACTION, {
    model: result.package?.directory ?? "",
    version: result.package?.manifest.version ?? "",
    backend: result.backend,
    gpu: String(result.usedGpu),
    "final-loss": result.finalLoss === void 0 ? "" : String(result.finalLoss),
    passed: String(result.verdict.passed && result.package !== void 0)
  });
  for (const check of result.verdict.checks.filter((c) => c.status === "fail"))
    io.annotate("error", `${check.check}: ${check.message}`);
  await io.summary(renderTrainMarkdown(result));
  io.report(
    renderTrainTerminal(
      result,
      result.package === void 0 ? void 0 : path.join(result.package.directory, MANIFEST_FILE)
    )
  );
  io.result(document);
  const manifest = result.package?.manifest;
  return {
    passed: result.verdict.passed && result.package !== void 0,
    lineage: {
      parameters: {
        backend: result.backend,
        gpu: result.usedGpu,
        seed: request.seed,
        params: manifest?.training.params ?? params
      },
      ...manifest === void 0 ? {} : {
        inputs: [
          {
            id: "training-data",
            type: "Dataset",
            uri: request.data,
            digest: manifest.training.data.digest,
            properties: { rows: manifest.training.data.rows }
          }
        ],
        outputs: [
          modelArtifact("model", manifest.version, result.package?.directory ?? "", {
            task: manifest.task,
            name: manifest.name
          })
        ],
        metrics: manifest.training.metrics
      },
      verdicts: [{ kind: "train", passed: result.verdict.passed }]
    }
  };
}
function stringList(value, key) {
  if (value === void 0 || value === null) return [];
  if (typeof value === "string")
    return value.split(/\r?\n|,/).map((item) => item.trim()).filter((item) => item !== "");
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value;
  throw new ConfigurationError(`mlops.yml: \`${key}\` must be a list of column names`);
}

export {
  runTrain
};
