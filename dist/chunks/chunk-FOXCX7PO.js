import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  builtinParams,
  parseParamsText
} from "./chunk-HWFAFSRT.js";
import {
  resolveDataFiles
} from "./chunk-WQG7UIVM.js";
import {
  checksLines,
  checksTable,
  formatNumber,
  mermaidLineChart
} from "./chunk-UZ3AVPPC.js";
import {
  modelArtifact
} from "./chunk-PKVL4BDD.js";
import {
  PACKAGE_VERSION,
  registeredRemoteStepCache
} from "./chunk-LPSLV72K.js";
import {
  ActionInputs,
  configSection,
  setOutputs
} from "./chunk-FRRHL4CR.js";
import {
  MANIFEST_FILE,
  digestFiles,
  readModelPackage
} from "./chunk-NMHA37WB.js";
import {
  ConfigurationError,
  describeThrown
} from "./chunk-FCHSJP6A.js";

// src/actions/train.ts
import { mkdir as mkdir2, readFile as readFile2, writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";

// src/cache/step-cache.ts
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
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
async function workTreeDigest(cwd = process.cwd()) {
  const run = promisify(execFile);
  try {
    const tree = (await run("git", ["rev-parse", "HEAD^{tree}"], { cwd, timeout: 1e4 })).stdout.trim();
    const diff = await run("git", ["diff", "HEAD", "--binary", "--no-ext-diff", "--no-textconv"], {
      cwd,
      timeout: 6e4,
      maxBuffer: 2 ** 30,
      encoding: "buffer"
    });
    return `${tree}+${createHash("sha256").update(diff.stdout).digest("hex").slice(0, 16)}`;
  } catch {
    return void 0;
  }
}
var COMPLETE = ".complete";
function remoteStepCacheKey(key) {
  return `mlops-actions-step-cache-${key}`;
}
var StepCache = class {
  constructor(root, options = {}) {
    this.root = root;
    this.options = options;
    this.warn = options.warn ?? (() => {
    });
  }
  root;
  options;
  remote;
  warn;
  entry(key) {
    return path.join(this.root, key);
  }
  async complete(key) {
    return await stat(path.join(this.entry(key), COMPLETE)).catch(() => void 0) !== void 0;
  }
  async restore(key, target, verify) {
    let tier = "local";
    if (!await this.complete(key)) {
      if (!await this.restoreRemote(key)) return void 0;
      tier = "remote";
    }
    await rm(target, { recursive: true, force: true });
    await mkdir(path.dirname(path.resolve(target)), { recursive: true });
    await cp(path.join(this.entry(key), "files"), target, { recursive: true });
    if (verify === void 0) return { tier, value: void 0 };
    try {
      return { tier, value: await verify(target) };
    } catch (error) {
      await rm(target, { recursive: true, force: true });
      await rm(this.entry(key), { recursive: true, force: true });
      const remoteKey = remoteStepCacheKey(key);
      this.warn(
        tier === "local" ? `the step cache entry ${this.entry(key)} was refused (${describeThrown(error, 300)}); it was removed and the step runs again` : `the step cache entry ${remoteKey} restored from the Actions cache was refused (${describeThrown(error, 300)}); the step runs again. The Actions cache keeps the entry: delete it (gh cache delete ${remoteKey}) so later runs stop restoring it`
      );
      return void 0;
    }
  }
  /** Fetches the entry from the remote tier into the local root; true only when it arrived whole. */
  async restoreRemote(key) {
    const remote = await this.remoteTier();
    if (remote === void 0) return false;
    const entry = this.entry(key);
    const remoteKey = remoteStepCacheKey(key);
    await rm(entry, { recursive: true, force: true });
    try {
      if (!await remote.restore([entry], remoteKey)) return false;
    } catch (error) {
      await rm(entry, { recursive: true, force: true });
      this.warn(
        `the step cache could not be restored from the Actions cache (${describeThrown(error, 300)}); the step runs as if nothing was cached`
      );
      return false;
    }
    if (await this.complete(key)) return true;
    await rm(entry, { recursive: true, force: true });
    this.warn(
      `the step cache entry ${remoteKey} in the Actions cache is incomplete (no ${COMPLETE} marker); the step runs again. Delete it (gh cache delete ${remoteKey}) so later runs stop restoring it`
    );
    return false;
  }
  /** Stores `source` (a directory) under `key`, atomically, then in the remote tier. */
  async save(key, source) {
    const entry = this.entry(key);
    const staging = `${entry}.tmp-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    await cp(source, path.join(staging, "files"), { recursive: true });
    await writeFile(path.join(staging, COMPLETE), `${(/* @__PURE__ */ new Date()).toISOString()}
`);
    await rm(entry, { recursive: true, force: true });
    await rename(staging, entry);
    const remote = await this.remoteTier();
    if (remote === void 0) return;
    const remoteKey = remoteStepCacheKey(key);
    try {
      await remote.save([entry], remoteKey);
    } catch (error) {
      this.warn(
        `the step cache entry was kept locally but not saved to the Actions cache as ${remoteKey} (${describeThrown(error, 300)}); a later run on a fresh runner repeats this step`
      );
    }
  }
  remoteTier() {
    this.remote ??= this.loadRemote();
    return this.remote;
  }
  async loadRemote() {
    if (this.options.remote !== void 0) return this.options.remote;
    const provider = registeredRemoteStepCache();
    if (provider === void 0) return void 0;
    try {
      return await provider();
    } catch (error) {
      this.warn(
        `the Actions cache is unavailable (${describeThrown(error, 300)}); the step cache is local to this runner`
      );
      return void 0;
    }
  }
};
function stableJson(value) {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

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
  const userCode = command === void 0 || !cacheEnabled ? void 0 : await workTreeDigest();
  if (cacheEnabled && command !== void 0 && userCode === void 0)
    io.report(
      "train: step cache not used: the training command runs outside a git work tree, so an edited script could not be told from the one cached"
    );
  const cache = new StepCache(path2.join(".mlops", "cache"), {
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
      schemaText: schema === void 0 ? null : await readFile2(schema, "utf8")
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
    result = command === void 0 ? await (await import("./run-QRNKLY7H.js")).trainBuiltin(request) : await (await import("./command-CYN3FXQA.js")).trainWithCommand(
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
