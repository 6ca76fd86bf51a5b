import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  ConfigurationError,
  describeThrown
} from "./chunk-FCHSJP6A.js";

// src/model/runtime.ts
import { createRequire } from "node:module";
import path from "node:path";
var runtime;
var installer;
function registerRuntimeInstaller(install) {
  installer = install;
  runtime = void 0;
}
function loadOnnxRuntime() {
  runtime ??= importRuntime().catch((error) => {
    runtime = void 0;
    throw error;
  });
  return runtime;
}
var entry;
async function onnxRuntimeEntry() {
  await loadOnnxRuntime();
  return entry;
}
async function importRuntime() {
  let failure;
  try {
    const module2 = await import("onnxruntime-node");
    entry = createRequire(import.meta.url).resolve("onnxruntime-node");
    return module2;
  } catch (error) {
    failure = error;
  }
  if (installer === void 0) {
    throw new ConfigurationError(
      `onnxruntime-node could not be loaded (${describeThrown(failure, 200)}); install it with ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node`
    );
  }
  const directory = await installer();
  const require2 = createRequire(path.join(directory, "package.json"));
  const module = require2("onnxruntime-node");
  entry = require2.resolve("onnxruntime-node");
  return module;
}
async function createSession(model, what) {
  const ort = await loadOnnxRuntime();
  try {
    return await ort.InferenceSession.create(model, { graphOptimizationLevel: "all" });
  } catch (error) {
    throw new ConfigurationError(
      `${what} cannot be loaded by ONNX Runtime ${ort.env.versions.node ?? ""}: ${describeThrown(error, 300)}`
    );
  }
}
async function runBatch(session, feeds, outputs, rows) {
  const ort = await loadOnnxRuntime();
  const tensors = {};
  for (const [name, feed] of Object.entries(feeds)) tensors[name] = new ort.Tensor(feed.dtype, feed.data, feed.dims);
  const wanted = [outputs.probabilities ?? outputs.prediction].filter((name) => name !== void 0);
  const result = await session.run(tensors, wanted);
  if (outputs.probabilities !== void 0) {
    const tensor = result[outputs.probabilities];
    if (tensor === void 0) throw new Error(`the model produced no output "${outputs.probabilities}"`);
    const classes = tensor.dims.length === 2 ? Number(tensor.dims[1]) : 1;
    if (Number(tensor.dims[0]) !== rows) {
      throw new ConfigurationError(
        `model output ${outputs.probabilities} has ${tensor.dims[0]} rows for ${rows} inputs`
      );
    }
    const data = tensor.data instanceof Float32Array ? tensor.data : Float32Array.from(tensor.data);
    if (classes === 1) {
      const widened = new Float32Array(rows * 2);
      for (let row = 0; row < rows; row++) {
        const p = data[row];
        widened[row * 2] = 1 - p;
        widened[row * 2 + 1] = p;
      }
      return { rows, probabilities: widened, classes: 2 };
    }
    return { rows, probabilities: data, classes };
  }
  if (outputs.prediction !== void 0) {
    const tensor = result[outputs.prediction];
    if (tensor === void 0) throw new Error(`the model produced no output "${outputs.prediction}"`);
    if (tensor.size !== rows) {
      throw new ConfigurationError(
        `model output ${outputs.prediction} has ${tensor.size} values for ${rows} inputs; expected one per row`
      );
    }
    return { rows, prediction: Float64Array.from(tensor.data) };
  }
  throw new ConfigurationError("the model package names no probabilities or prediction output");
}

export {
  registerRuntimeInstaller,
  loadOnnxRuntime,
  onnxRuntimeEntry,
  createSession,
  runBatch
};
