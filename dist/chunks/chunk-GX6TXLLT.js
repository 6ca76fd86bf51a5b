import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  builtinParams,
  parseParamsText
} from "./chunk-7ETXFVHT.js";
import {
  resolveDataFiles
} from "./chunk-Z4FWMQFO.js";
import {
  checksLines,
  checksTable,
  formatNumber,
  mermaidLineChart
} from "./chunk-UZ3AVPPC.js";
import {
  modelArtifact
} from "./chunk-LYFOF6DA.js";
import {
  PACKAGE_VERSION
} from "./chunk-YTIGI7PO.js";
import {
  ActionInputs,
  configSection,
  setOutputs
} from "./chunk-B6L7ODOO.js";
import {
  MANIFEST_FILE,
  digestFiles,
  readModelPackage
} from "./chunk-IPGV2HDM.js";
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";

// src/actions/train.ts
import { mkdir as mkdir2, readFile as readFile2, writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";

// src/cache/step-cache.ts
import { createHash } from "node:crypto";
import { cp, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
async function stepCacheKey(parts) {
  const hash = createHash("sha256");
  hash.update(`${parts.step}
${parts.code}
${stableJson(parts.parameters)}
`);
  for (const pattern of parts.data) {
    const files = await resolveDataFiles(pattern, "data");
    hash.update(`${(await digestFiles(files, 0)).digest}
`);
  }
  return `${parts.step}-${hash.digest("hex").slice(0, 32)}`;
}
async function codeDigest(moduleUrl, version) {
  const file = new URL(moduleUrl).pathname;
  const bytes = await readFile(file).catch(() => Buffer.from(""));
  return `${version}+${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}`;
}
function stableJson(value) {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
var StepCache = class {
  constructor(root) {
    this.root = root;
  }
  root;
  entry(key) {
    return path.join(this.root, key);
  }
  /** Copies a cached entry's files into `target` and returns true, or returns false on a miss. */
  async restore(key, target) {
    const entry = this.entry(key);
    if (await stat(path.join(entry, ".complete")).catch(() => void 0) === void 0) return false;
    await rm(target, { recursive: true, force: true });
    await mkdir(path.dirname(path.resolve(target)), { recursive: true });
    await cp(path.join(entry, "files"), target, { recursive: true });
    return true;
  }
  /** Stores `source` (a directory) under `key`, atomically. */
  async save(key, source) {
    const entry = this.entry(key);
    const staging = `${entry}.tmp-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    await cp(source, path.join(staging, "files"), { recursive: true });
    await writeFile(path.join(staging, ".complete"), `${(/* @__PURE__ */ new Date()).toISOString()}
`);
    await rm(entry, { recursive: true, force: true });
    await rename(staging, entry);
  }
};

// src/train/report.ts
function renderTrainMarkdown(result) {
  const manifest = result.package?.manifest;
  const passed = result.verdict.passed && manifest !== void 0;
  const lines = [`## ${passed ? "\u2705" : "\u274C"} train: ${passed ? "model packaged" : "failed"}`, ""];
  if (manifest !== void 0) {
    const gpu = manifest.lineage.hardware.gpus[0];
    lines.push(
      `| | |`,
      `|---|---|`,
      `| model | \`${manifest.name}\` ${manifest.task}${manifest.label === void 0 ? "" : `, label \`${manifest.label}\``} |`,
      `| version | \`${manifest.version}\` |`,
      `| trained with | ${manifest.framework.name} ${manifest.framework.version ?? ""} on ${manifest.framework.backend}${result.usedGpu && gpu !== void 0 ? ` (${gpu.name})` : ""} |`,
      `| data | ${manifest.training.data.rows} rows, digest \`${manifest.training.data.digest.slice(0, 19)}\u2026\` |`,
      `| final loss | ${formatNumber(result.finalLoss ?? null)} |`,
      `| duration | ${manifest.training.durationSeconds.toFixed(1)} s |`,
      ""
    );
  }
  lines.push(...checksTable(result.verdict.checks), "");
  const curve = manifest?.training.lossCurve ?? [];
  const chart = mermaidLineChart(
    "Loss per epoch (training, then validation)",
    "epoch",
    "loss",
    curve.map((point) => point.epoch),
    [
      curve.map((point) => point.loss),
      ...curve.some((p) => p.validationLoss !== void 0) ? [curve.map((p) => p.validationLoss ?? Number.NaN)] : []
    ]
  );
  if (chart.length > 0) lines.push(...chart, "");
  for (const note of result.notes) lines.push(`- ${note}`);
  return lines.join("\n");
}
function renderTrainTerminal(result, manifestPath) {
  const manifest = result.package?.manifest;
  const lines = [
    `train: ${result.verdict.passed && manifest !== void 0 ? "PASSED" : "FAILED"} (backend ${result.backend}${result.usedGpu ? ", GPU" : ""})`,
    ...checksLines(result.verdict.checks),
    ...result.notes.map((note) => `  note: ${note}`)
  ];
  if (manifest !== void 0) {
    lines.push(
      `  model ${manifest.version}`,
      `  package ${result.package?.directory}${manifestPath === void 0 ? "" : ` (manifest ${manifestPath})`}`
    );
  }
  return lines.join("\n");
}

// src/actions/train.ts
var ACTION = "train";
async function runTrain(io) {
  const inputs = await ActionInputs.load(ACTION, io);
  const section = configSection(inputs.config, ACTION);
  const output = inputs.string("output") ?? path2.join(".mlops", ACTION);
  const label = inputs.string("label");
  if (label === void 0) {
    throw new ConfigurationError(
      "train: set `label` (the column to predict) with --label, in `with:`, or in mlops.yml"
    );
  }
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
    data: inputs.required("data"),
    ...inputs.string("validation-data") === void 0 ? {} : { validationData: inputs.string("validation-data") },
    label,
    output: path2.join(output, "model"),
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
  const cache = new StepCache(path2.join(".mlops", "cache"));
  const key = cacheEnabled ? await stepCacheKey({
    step: ACTION,
    data: [request.data, ...request.validationData === void 0 ? [] : [request.validationData]],
    code: await codeDigest(import.meta.url, PACKAGE_VERSION),
    parameters: {
      ...request,
      log: void 0,
      output: void 0,
      command: command ?? null,
      schemaText: schema === void 0 ? null : await readFile2(schema, "utf8")
    }
  }) : void 0;
  let result;
  if (key !== void 0 && await cache.restore(key, request.output)) {
    const restored = await readModelPackage(request.output);
    io.report(`train: inputs unchanged since a previous run (step cache ${key}): reusing ${restored.manifest.version}`);
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
            message: `reused the package of an identical earlier run (data, code and parameters unchanged); set train.step-cache: false to retrain`
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
      notes: ["reused from the step cache"]
    };
  } else {
    result = command === void 0 ? await (await import("./run-OMHABMVG.js")).trainBuiltin(request) : await (await import("./command-43JKC7FJ.js")).trainWithCommand(
      { ...request, command },
      builtinParams({ task: params.task ?? "auto" }, void 0).params.task
    );
    if (key !== void 0 && result.package !== void 0 && result.verdict.passed)
      await cache.save(key, result.package.directory);
  }
  await mkdir2(output, { recursive: true });
  const resultPath = path2.join(output, "result.json");
  const document = {
    verdict: result.verdict,
    backend: result.backend,
    gpu: result.usedGpu,
    finalLoss: result.finalLoss ?? null,
    notes: result.notes,
    model: result.package?.directory ?? null,
    manifest: result.package?.manifest ?? null
  };
  await writeFile2(resultPath, `${JSON.stringify(document, null, 2)}
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
      result.package === void 0 ? void 0 : path2.join(result.package.directory, MANIFEST_FILE)
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
