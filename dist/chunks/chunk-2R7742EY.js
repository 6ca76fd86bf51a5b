import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  readJsonFile
} from "./chunk-SOIZSZ23.js";
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";

// src/model/package.ts
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

// schemas/model-package.schema.json
var model_package_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/mlops-actions/mlops-actions/schemas/model-package.schema.json",
  title: "mlops-actions model package manifest (model.json)",
  description: "The contract between training, evaluation, serving and promotion. A package is a directory with model.onnx, this manifest and profile.json (the training data's reference profile). The version is the sha256 digest of model.onnx.",
  type: "object",
  additionalProperties: false,
  required: [
    "format",
    "formatVersion",
    "name",
    "version",
    "createdAt",
    "task",
    "framework",
    "onnx",
    "inputs",
    "outputs",
    "training",
    "lineage"
  ],
  properties: {
    format: { const: "mlops-actions/model" },
    formatVersion: { const: 1 },
    name: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" },
    version: {
      type: "string",
      pattern: "^sha256:[0-9a-f]{64}$",
      description: "sha256 digest of model.onnx: the same bytes are the same version wherever they are stored."
    },
    createdAt: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T" },
    task: { enum: ["binary", "multiclass", "regression"] },
    label: { type: "string", description: "The label column the model was trained to predict." },
    framework: {
      type: "object",
      additionalProperties: false,
      required: ["name", "backend"],
      properties: {
        name: { type: "string", description: "tensorflow.js for the built-in trainer; command for bring-your-own." },
        version: { type: "string" },
        backend: { type: "string", description: "tensorflow, wasm, cpu, or command." },
        command: { type: "array", items: { type: "string" } }
      }
    },
    onnx: {
      type: "object",
      additionalProperties: false,
      required: ["file", "sha256", "bytes", "irVersion", "opsets"],
      properties: {
        file: { const: "model.onnx" },
        sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
        bytes: { type: "integer", minimum: 1 },
        irVersion: { type: "integer", minimum: 1 },
        producer: { type: "string" },
        opsets: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["domain", "version"],
            properties: { domain: { type: "string" }, version: { type: "integer", minimum: 1 } }
          }
        }
      }
    },
    inputs: {
      type: "array",
      minItems: 1,
      description: "How raw feature records map to the model's input tensors, one entry per raw feature.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["feature", "tensor", "dtype", "shape", "kind"],
        properties: {
          feature: { type: "string", minLength: 1, description: "Column name in the data / key in a request record." },
          tensor: { type: "string", minLength: 1, description: "ONNX graph input it feeds." },
          dtype: { enum: ["float32", "float64", "int64", "int32", "string", "bool"] },
          shape: {
            type: "array",
            items: { type: ["integer", "string", "null"] },
            description: "Declared shape; a string or null is a symbolic (batch) dimension."
          },
          kind: { enum: ["numeric", "categorical"] },
          column: {
            type: "integer",
            minimum: 0,
            description: "For models with one packed input tensor: the feature's column in it."
          },
          vocabulary: { type: "array", items: { type: "string" } },
          missing: { type: "string", description: "How a missing value is encoded (NaN for numerics, empty string for categoricals)." }
        }
      }
    },
    outputs: {
      type: "object",
      additionalProperties: false,
      required: ["tensors"],
      properties: {
        tensors: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name", "dtype", "shape"],
            properties: {
              name: { type: "string" },
              dtype: { type: "string" },
              shape: { type: "array", items: { type: ["integer", "string", "null"] } }
            }
          }
        },
        probabilities: { type: "string", description: "Output tensor with class probabilities [N, classes]." },
        prediction: { type: "string", description: "Output tensor with regression values [N] or [N, 1]." },
        classes: { type: "array", items: { type: "string" }, description: "Class labels in probability column order." }
      }
    },
    training: {
      type: "object",
      additionalProperties: false,
      required: ["data", "params", "seed", "metrics", "lossCurve", "durationSeconds"],
      properties: {
        data: { $ref: "#/definitions/dataDigest" },
        validationData: { $ref: "#/definitions/dataDigest" },
        params: { type: "object" },
        seed: { type: "integer" },
        metrics: { type: "object", additionalProperties: { type: ["number", "null"] } },
        lossCurve: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["epoch", "loss"],
            properties: {
              epoch: { type: "integer", minimum: 1 },
              loss: { type: "number" },
              validationLoss: { type: "number" }
            }
          }
        },
        stoppedEarly: { type: "boolean" },
        durationSeconds: { type: "number", minimum: 0 },
        rowsPerSecond: { type: "number", minimum: 0 }
      }
    },
    lineage: {
      type: "object",
      additionalProperties: false,
      required: ["runner", "hardware"],
      properties: {
        git: {
          type: "object",
          additionalProperties: false,
          properties: {
            commit: { type: "string" },
            ref: { type: "string" },
            repository: { type: "string" },
            dirty: { type: "boolean" }
          }
        },
        workflowRun: {
          type: "object",
          additionalProperties: false,
          properties: {
            id: { type: "string" },
            attempt: { type: "string" },
            workflow: { type: "string" },
            job: { type: "string" },
            url: { type: "string" }
          }
        },
        runner: {
          type: "object",
          additionalProperties: false,
          properties: {
            name: { type: "string" },
            os: { type: "string" },
            arch: { type: "string" },
            node: { type: "string" }
          }
        },
        hardware: {
          type: "object",
          additionalProperties: false,
          required: ["cpu", "cores", "memoryBytes", "gpus"],
          properties: {
            cpu: { type: "string" },
            cores: { type: "integer" },
            memoryBytes: { type: "integer" },
            gpus: {
              type: "array",
              items: {
                type: "object",
                additionalProperties: false,
                required: ["name"],
                properties: {
                  name: { type: "string" },
                  memoryMiB: { type: "number" },
                  driver: { type: "string" }
                }
              }
            },
            usedGpu: { type: "boolean" }
          }
        }
      }
    },
    profile: { const: "profile.json" }
  },
  definitions: {
    dataDigest: {
      type: "object",
      additionalProperties: false,
      required: ["digest", "rows", "files"],
      properties: {
        digest: { type: "string", pattern: "^sha256:[0-9a-f]{64}$", description: "sha256 over the files' digests, in order." },
        rows: { type: "integer", minimum: 0 },
        files: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["path", "sha256", "bytes"],
            properties: {
              path: { type: "string" },
              sha256: { type: "string" },
              bytes: { type: "integer" }
            }
          }
        }
      }
    }
  }
};

// src/model/package.ts
var MODEL_FORMAT = "mlops-actions/model";
var MODEL_FORMAT_VERSION = 1;
var MODEL_FILE = "model.onnx";
var MANIFEST_FILE = "model.json";
var PROFILE_FILE = "profile.json";
var validateManifest;
async function manifestValidator() {
  if (validateManifest === void 0) {
    const { compileValidator } = await import("./json-schema-WIZW7H3U.js");
    validateManifest = compileValidator(
      model_package_schema_default,
      "model manifest (see schemas/model-package.schema.json)"
    );
  }
  return validateManifest;
}
function sha256Hex(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
function versionOf(onnxBytes) {
  return `sha256:${sha256Hex(onnxBytes)}`;
}
function onnxRecord(onnx, info) {
  return {
    file: MODEL_FILE,
    sha256: sha256Hex(onnx),
    bytes: onnx.length,
    irVersion: info.irVersion,
    producer: info.producerName,
    opsets: info.opsets
  };
}
async function readModelPackage(directory) {
  const info = await stat(directory).catch(() => void 0);
  if (info === void 0) throw new ConfigurationError(`model: ${directory} does not exist`);
  if (!info.isDirectory()) {
    throw new ConfigurationError(
      `model: ${directory} is not a model package directory; for a bare .onnx file also give \`features\``
    );
  }
  const manifestPath = path.join(directory, MANIFEST_FILE);
  const manifest = (await manifestValidator())(await readJsonFile(manifestPath, "model manifest"), manifestPath);
  const onnxPath = path.join(directory, MODEL_FILE);
  const digest = await fileSha256(onnxPath).catch((error) => {
    throw new ConfigurationError(`model: cannot read ${onnxPath}: ${error.code ?? error.message}`);
  });
  if (`sha256:${digest}` !== manifest.version || digest !== manifest.onnx.sha256) {
    throw new ConfigurationError(
      `model: ${onnxPath} has digest sha256:${digest} but ${manifestPath} records ${manifest.version}; the package was modified after it was written: rebuild it with \`mlops train\``
    );
  }
  return { directory, manifest, onnxPath };
}
var HASH_READ_BYTES = 1 << 20;
var digestMemo = /* @__PURE__ */ new Map();
async function fileSha256(file) {
  const absolute = path.resolve(file);
  const info = await stat(absolute);
  const identity = `${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
  const known = digestMemo.get(absolute);
  if (known?.identity === identity) return known.sha256;
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(absolute, { highWaterMark: HASH_READ_BYTES }))
    hash.update(chunk);
  const sha256 = hash.digest("hex");
  digestMemo.set(absolute, { identity, sha256 });
  return sha256;
}
async function digestFiles(files, rows) {
  const entries = [];
  for (const file of files) {
    entries.push({ path: file, sha256: await fileSha256(file), bytes: (await stat(file)).size });
  }
  const combined = createHash("sha256");
  for (const entry of entries) combined.update(`${entry.sha256}
`);
  return { digest: `sha256:${combined.digest("hex")}`, rows, files: entries };
}
async function writeModelPackage(directory, parts) {
  (await manifestValidator())(parts.manifest, "the manifest being written");
  const parent = path.dirname(path.resolve(directory));
  await mkdir(parent, { recursive: true });
  const staging = path.join(parent, `.${path.basename(directory)}.tmp-${randomBytes(6).toString("hex")}`);
  await mkdir(staging);
  try {
    await writeFile(path.join(staging, MODEL_FILE), parts.onnx);
    if (parts.profile !== void 0)
      await writeFile(path.join(staging, PROFILE_FILE), `${JSON.stringify(parts.profile)}
`);
    await writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(parts.manifest, null, 2)}
`);
    const retired = `${staging}.old`;
    const existing = await stat(directory).catch(() => void 0);
    if (existing !== void 0) await rename(directory, retired);
    await rename(staging, directory);
    if (existing !== void 0) await rm(retired, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return { directory, manifest: parts.manifest, onnxPath: path.join(directory, MODEL_FILE) };
}
async function readOnnxBytes(file) {
  try {
    return await readFile(file);
  } catch (error) {
    const code = error.code;
    throw new ConfigurationError(`model: cannot read ${file}: ${code === "ENOENT" ? "no such file" : code}`);
  }
}

export {
  model_package_schema_default,
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  MODEL_FILE,
  MANIFEST_FILE,
  PROFILE_FILE,
  sha256Hex,
  versionOf,
  onnxRecord,
  readModelPackage,
  fileSha256,
  digestFiles,
  writeModelPackage,
  readOnnxBytes
};
