import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  readJsonFile
} from "./chunk-HJIXDHLD.js";
import {
  fileSha256
} from "./chunk-TPMIUAPN.js";
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";

// src/model/package.ts
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
var MODEL_FORMAT = "mlops-actions/model";
var MODEL_FORMAT_VERSION = 1;
var MODEL_FILE = "model.onnx";
var MANIFEST_FILE = "model.json";
var PROFILE_FILE = "profile.json";
var validateManifest;
async function manifestValidator() {
  if (validateManifest === void 0) {
    const [{ checkedBy }, { default: validate }] = await Promise.all([
      import("./validator-U7Z7BXYA.js"),
      import("./model-package-UWUP3MQV.js")
    ]);
    validateManifest = checkedBy(validate, "model manifest (see schemas/model-package.schema.json)");
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
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  MODEL_FILE,
  MANIFEST_FILE,
  PROFILE_FILE,
  sha256Hex,
  versionOf,
  onnxRecord,
  readModelPackage,
  writeModelPackage,
  readOnnxBytes
};
