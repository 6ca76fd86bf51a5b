import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  collectLineage,
  describeLabel,
  detectGpus,
  verdictOf
} from "./chunk-5YJXJ35W.js";
import "./chunk-VRJ3OIWF.js";
import "./chunk-VXHMNTA6.js";
import {
  profileData
} from "./chunk-GDKHKSG4.js";
import "./chunk-ORWGI54Y.js";
import "./chunk-QED634M5.js";
import "./chunk-D2XDZOZX.js";
import "./chunk-ISHP52YF.js";
import {
  bindInputs,
  buildFeeds,
  inspectOnnx,
  readColumns,
  tensorInfo
} from "./chunk-CPEI5QS6.js";
import {
  MODEL_FILE,
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  PROFILE_FILE,
  onnxRecord,
  versionOf,
  writeModelPackage
} from "./chunk-YNCSL7WP.js";
import "./chunk-HJIXDHLD.js";
import "./chunk-QGGKCVG6.js";
import "./chunk-QTAPR7R5.js";
import "./chunk-KHYRHHGG.js";
import "./chunk-FEWK3QBM.js";
import "./chunk-KNVOZRVJ.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-5BLKW2OX.js";
import "./chunk-IX446UGZ.js";
import "./chunk-OQEQJUKG.js";
import {
  digestFiles
} from "./chunk-TPMIUAPN.js";
import "./chunk-NPMBRSQQ.js";
import {
  createSession,
  runBatch
} from "./chunk-HMXGF6KM.js";
import {
  ConfigurationError,
  describeThrown,
  shorten
} from "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";

// src/train/command.ts
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
var COMMAND_ENV = {
  MLOPS_TRAIN_DATA: "training data path or glob, as given",
  MLOPS_TRAIN_FILES: "the files it matches, one per line",
  MLOPS_VALIDATION_DATA: "validation data path or glob (empty when none)",
  MLOPS_LABEL: "label column",
  MLOPS_FEATURES: "JSON array of feature columns when configured, else empty",
  MLOPS_OUTPUT: "directory to write model.onnx (and metrics.json) into",
  MLOPS_SEED: "random seed",
  MLOPS_PARAMS: "hyper-parameters as a JSON object",
  MLOPS_EPOCHS: "epochs when given, else empty"
};
function formatDuration(ms) {
  return ms < 12e4 ? `${Math.round(ms / 1e3)} s` : `${Math.round(ms / 6e4)} min`;
}
function splitCommand(command) {
  const args = [];
  let current = "";
  let quote;
  let started = false;
  for (const char of command) {
    if (quote !== void 0) {
      if (char === quote) quote = void 0;
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      started = true;
    } else if (/\s/.test(char)) {
      if (started) args.push(current);
      current = "";
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (quote !== void 0)
    throw new ConfigurationError(`train: \`command\` has an unclosed ${quote} quote: ${shorten(command, 80)}`);
  if (started) args.push(current);
  if (args.length === 0) throw new ConfigurationError("train: `command` is empty");
  return args;
}
function runCommand(args, env, timeoutMs, log, notice = log) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(args[0], args.slice(1), {
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: process.platform !== "win32"
    });
    let timedOut = false;
    const kill = (signal) => {
      try {
        if (child.pid !== void 0 && process.platform !== "win32") process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      notice(`the training command ran past its time limit (${formatDuration(timeoutMs)}); stopping it`);
      kill("SIGTERM");
      setTimeout(() => kill("SIGKILL"), 1e4).unref();
    }, timeoutMs);
    for (const stream of [child.stdout, child.stderr]) {
      let partial = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk) => {
        const lines = (partial + chunk).split("\n");
        partial = lines.pop() ?? "";
        for (const line of lines) log(line.replace(/\r$/, ""));
      });
      stream.on("end", () => {
        if (partial !== "") log(partial);
      });
    }
    child.on("error", (error) => {
      clearTimeout(timer);
      if (error.code === "ENOENT") {
        reject(
          new ConfigurationError(
            `train: the command "${shorten(args[0], 80)}" was not found: check \`command\` and the runner's PATH`
          )
        );
      } else
        reject(
          new ConfigurationError(
            `train: cannot start "${shorten(args[0], 80)}": ${describeThrown(error, 200)}`
          )
        );
    });
    child.on("close", (exitCode, signal) => {
      clearTimeout(timer);
      resolve({ exitCode, signal, timedOut, durationSeconds: (performance.now() - started) / 1e3 });
    });
  });
}
async function readUserMetrics(directory, log) {
  const file = path.join(directory, "metrics.json");
  const text = await readFile(file, "utf8").catch(() => void 0);
  if (text === void 0) return { metrics: {}, lossCurve: [] };
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError(
      `train: the command wrote ${file}, which is not valid JSON; write an object such as {"loss": 0.3}`
    );
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new ConfigurationError(`train: ${file} must be a JSON object such as {"loss": 0.3}`);
  }
  const metrics = {};
  const lossCurve = [];
  for (const [key, value] of Object.entries(parsed)) {
    if (key === "loss_curve" && Array.isArray(value)) {
      value.forEach((point, index) => {
        const record = point;
        if (typeof record?.loss !== "number" || !Number.isFinite(record.loss)) return;
        lossCurve.push({
          epoch: typeof record.epoch === "number" && Number.isInteger(record.epoch) && record.epoch >= 1 ? record.epoch : index + 1,
          loss: record.loss,
          ...typeof record.validation_loss === "number" && Number.isFinite(record.validation_loss) ? { validationLoss: record.validation_loss } : {}
        });
      });
    } else if (typeof value === "number") {
      metrics[key] = Number.isFinite(value) ? value : null;
    } else {
      log(`metrics.json: "${key}" is not a number and is not recorded`);
    }
  }
  return { metrics, lossCurve };
}
var PROBABILITY_NAMES = ["probabilities", "probability", "output_probability", "probs"];
var PREDICTION_NAMES = ["prediction", "predictions", "variable", "output", "y"];
function bindOutputs(info, task) {
  const floats = info.outputs.filter((output) => output.elemType === "float" || output.elemType === "double");
  const named = (names) => floats.find((output) => names.includes(output.name.toLowerCase()));
  if (task !== "regression") {
    const probabilities = named(PROBABILITY_NAMES) ?? (task === "auto" ? void 0 : floats.find((output) => output.shape?.length === 2));
    if (probabilities !== void 0) return { probabilities: probabilities.name };
  }
  const prediction = named(PREDICTION_NAMES) ?? (floats.length === 1 ? floats[0] : void 0);
  if (prediction !== void 0) {
    const width = prediction.shape?.[1];
    if (task === "auto" && prediction.shape?.length === 2 && typeof width === "number" && width > 1) {
      return { probabilities: prediction.name };
    }
    return { prediction: prediction.name };
  }
  throw new ConfigurationError(
    `model.onnx has no output named ${[...PROBABILITY_NAMES, ...PREDICTION_NAMES].join(" / ")} (its outputs: ${info.outputs.map((o) => `${o.name}: ${o.elemType}`).join(", ")}); name the probability output "probabilities" [N, classes] or the regression output "prediction"`
  );
}
async function trainWithCommand(request, task) {
  const args = splitCommand(request.command);
  const gpus = await detectGpus();
  if (request.requireGpu && gpus.length === 0) {
    throw new ConfigurationError(
      "require-gpu is true but no GPU is visible (nvidia-smi found none, or CUDA_VISIBLE_DEVICES hides them): run this job on a GPU runner or set require-gpu to false"
    );
  }
  const labelTable = await readColumns(request.data, "data", [request.label], {
    format: request.format,
    ...request.delimiter === void 0 ? {} : { delimiter: request.delimiter }
  });
  const workspace = await mkdtemp(path.join(os.tmpdir(), "mlops-train-"));
  const outputDirectory = path.join(workspace, "output");
  await mkdir(outputDirectory);
  try {
    const env = {
      ...process.env,
      MLOPS_TRAIN_DATA: request.data,
      MLOPS_TRAIN_FILES: labelTable.files.join("\n"),
      MLOPS_VALIDATION_DATA: request.validationData ?? "",
      MLOPS_LABEL: request.label,
      MLOPS_FEATURES: request.features.length > 0 ? JSON.stringify(request.features) : "",
      MLOPS_OUTPUT: outputDirectory,
      MLOPS_SEED: String(request.seed),
      MLOPS_PARAMS: JSON.stringify(request.params),
      MLOPS_EPOCHS: request.epochs === void 0 ? "" : String(request.epochs)
    };
    request.log(`running: ${args.map((arg) => /\s/.test(arg) ? JSON.stringify(arg) : arg).join(" ")}`);
    const outcome = await runCommand(
      args,
      env,
      request.timeoutMinutes * 6e4,
      (line) => request.log(`  | ${line}`),
      request.log
    );
    const checks = [];
    const exited = outcome.exitCode === 0 && !outcome.timedOut;
    checks.push({
      check: "train.command",
      status: exited ? "pass" : "fail",
      value: outcome.timedOut ? "timed out" : outcome.exitCode ?? outcome.signal,
      threshold: 0,
      message: outcome.timedOut ? `the training command ran past timeout-minutes (${request.timeoutMinutes}) and was stopped` : exited ? `the training command finished in ${outcome.durationSeconds.toFixed(1)} s` : `the training command failed with ${outcome.exitCode === null ? `signal ${outcome.signal}` : `exit code ${outcome.exitCode}`}; its output is above`
    });
    if (!exited) return { verdict: verdictOf(checks), backend: "command", usedGpu: false, notes: [] };
    const onnxPath = path.join(outputDirectory, MODEL_FILE);
    const onnxInfo = await stat(onnxPath).catch(() => void 0);
    if (onnxInfo === void 0 || !onnxInfo.isFile()) {
      checks.push({
        check: "train.command-output",
        status: "fail",
        value: "missing",
        threshold: MODEL_FILE,
        message: `the training command exited 0 but wrote no ${MODEL_FILE} into $MLOPS_OUTPUT (${outputDirectory}); it must export its model to ONNX there`
      });
      return { verdict: verdictOf(checks), backend: "command", usedGpu: false, notes: [] };
    }
    const onnx = new Uint8Array(await readFile(onnxPath));
    const info = inspectOnnx(onnx);
    const userMetrics = await readUserMetrics(outputDirectory, request.log);
    const labels = labelTable.columns.get(request.label).filter((value) => value !== null);
    const outputs = bindOutputs(info, task);
    const labelInfo = describeLabel(
      labels,
      outputs.prediction !== void 0 ? "regression" : task === "auto" ? "auto" : task,
      request.label
    );
    const bindings = bindInputs(info, request.features, /* @__PURE__ */ new Set());
    const sample = await readColumns(request.data, "data", [...new Set(bindings.map((binding) => binding.feature))], {
      format: request.format,
      maxRows: 64,
      ...request.delimiter === void 0 ? {} : { delimiter: request.delimiter }
    });
    const sampleRows = Math.min(sample.rows, 64);
    const sampleColumns = new Map([...sample.columns].map(([name, values]) => [name, values.slice(0, sampleRows)]));
    checks.push(await sampleCheck(onnx, bindings, outputs, sampleColumns, sampleRows, labelInfo.classes.length));
    if (checks.some((check) => check.status === "fail"))
      return { verdict: verdictOf(checks), backend: "command", usedGpu: false, notes: [] };
    const { profile } = await profileData(request.data, "data", {
      format: request.format,
      ...request.delimiter === void 0 ? {} : { delimiter: request.delimiter }
    });
    const manifest = {
      format: MODEL_FORMAT,
      formatVersion: MODEL_FORMAT_VERSION,
      name: request.name,
      version: versionOf(onnx),
      createdAt: (/* @__PURE__ */ new Date()).toISOString(),
      task: labelInfo.task,
      label: request.label,
      framework: { name: "command", backend: "command", command: args },
      onnx: onnxRecord(onnx, info),
      inputs: bindings,
      outputs: {
        tensors: info.outputs.map(tensorInfo),
        ...outputs,
        ...labelInfo.task === "regression" ? {} : { classes: labelInfo.classes }
      },
      training: {
        data: await digestFiles(labelTable.files, labelTable.rows),
        params: request.params,
        seed: request.seed,
        metrics: userMetrics.metrics,
        lossCurve: userMetrics.lossCurve,
        durationSeconds: outcome.durationSeconds
      },
      lineage: await collectLineage(gpus, gpus.length > 0),
      profile: PROFILE_FILE
    };
    const written = await writeModelPackage(request.output, { manifest, onnx, profile });
    const lastLoss = userMetrics.lossCurve[userMetrics.lossCurve.length - 1];
    const finalLoss = lastLoss?.validationLoss ?? lastLoss?.loss ?? userMetrics.metrics.loss ?? void 0;
    return {
      verdict: verdictOf(checks),
      package: written,
      backend: "command",
      usedGpu: gpus.length > 0,
      ...finalLoss === void 0 || finalLoss === null ? {} : { finalLoss },
      notes: []
    };
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}
async function sampleCheck(onnx, bindings, outputs, columns, rows, classes) {
  const session = await createSession(onnx, "model.onnx written by the training command");
  try {
    const result = await runBatch(
      session,
      buildFeeds(bindings, columns, rows, (row) => `training row ${row + 1}`),
      { tensors: [], ...outputs },
      rows
    );
    const values = result.probabilities ?? result.prediction ?? new Float32Array();
    const finite = values.every(Number.isFinite);
    let problem = finite ? void 0 : "it produced NaN or Inf";
    if (problem === void 0 && result.probabilities !== void 0) {
      if (result.classes !== classes)
        problem = `it gives ${result.classes} probability columns but the label has ${classes} classes`;
      for (let row = 0; row < rows && problem === void 0; row++) {
        let sum = 0;
        for (let c = 0; c < (result.classes ?? 0); c++)
          sum += result.probabilities[row * (result.classes ?? 0) + c];
        if (Math.abs(sum - 1) > 1e-3)
          problem = `its probabilities for training row ${row + 1} sum to ${sum.toFixed(4)}, not 1 (apply softmax/sigmoid in the graph)`;
      }
    }
    return {
      check: "train.command-output",
      status: problem === void 0 ? "pass" : "fail",
      value: problem === void 0,
      threshold: null,
      message: problem === void 0 ? `model.onnx loads in ONNX Runtime and scores ${rows} training rows` : `model.onnx ${problem}`
    };
  } finally {
    await session.release();
  }
}
export {
  COMMAND_ENV,
  runCommand,
  splitCommand,
  trainWithCommand
};
