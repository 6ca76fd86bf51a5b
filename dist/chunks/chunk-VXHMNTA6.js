import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  compileValidator
} from "./chunk-D2XDZOZX.js";
import {
  ConfigurationError,
  shorten
} from "./chunk-FCHSJP6A.js";

// src/train/params.ts
var DEFAULT_PARAMS = {
  task: "auto",
  hiddenUnits: [32, 16],
  activation: "relu",
  dropout: 0,
  optimizer: "adam",
  learningRate: 0.01,
  epochs: 30,
  batchSize: 64,
  patience: 5,
  classWeight: "none",
  validationSplit: 0.2,
  maxCategories: 50,
  minRows: 20,
  overfitCheckMinDecrease: 0.1
};
var PARAMS_SCHEMA = {
  type: "object",
  additionalProperties: true,
  properties: {
    task: { enum: ["auto", "binary", "multiclass", "regression"] },
    hidden_units: { type: "array", items: { type: "integer", minimum: 1, maximum: 4096 }, maxItems: 8 },
    activation: { enum: ["relu", "tanh", "elu", "selu", "sigmoid"] },
    dropout: { type: "number", minimum: 0, exclusiveMaximum: 1 },
    optimizer: { enum: ["adam", "sgd", "rmsprop"] },
    learning_rate: { type: "number", exclusiveMinimum: 0, maximum: 10 },
    epochs: { type: "integer", minimum: 1, maximum: 1e5 },
    batch_size: { type: "integer", minimum: 1, maximum: 1048576 },
    patience: { type: "integer", minimum: 0 },
    class_weight: {
      oneOf: [
        { enum: ["none", "balanced"] },
        { type: "object", additionalProperties: { type: "number", exclusiveMinimum: 0 } }
      ]
    },
    validation_split: { type: "number", minimum: 0, maximum: 0.5 },
    max_categories: { type: "integer", minimum: 1, maximum: 1e4 },
    min_rows: { type: "integer", minimum: 2 },
    overfit_check_min_decrease: { type: "number", minimum: 0, maximum: 1 }
  }
};
var KNOWN = new Set(Object.keys(PARAMS_SCHEMA.properties));
var validateParams = compileValidator(PARAMS_SCHEMA, "set of training params");
function parseParamsText(text) {
  if (text === void 0 || text.trim() === "") return {};
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError(
      `train: input \`params\` is not valid JSON: ${shorten(text, 80)}; write an object such as {"epochs": 20}`
    );
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new ConfigurationError('train: input `params` must be a JSON object such as {"epochs": 20}');
  }
  return parsed;
}
function builtinParams(raw, epochs) {
  const checked = validateParams(raw, "train params");
  const get = (key, fallback) => checked[key] === void 0 ? fallback : checked[key];
  const params = {
    task: get("task", DEFAULT_PARAMS.task),
    hiddenUnits: get("hidden_units", DEFAULT_PARAMS.hiddenUnits),
    activation: get("activation", DEFAULT_PARAMS.activation),
    dropout: get("dropout", DEFAULT_PARAMS.dropout),
    optimizer: get("optimizer", DEFAULT_PARAMS.optimizer),
    learningRate: get("learning_rate", DEFAULT_PARAMS.learningRate),
    epochs: epochs ?? get("epochs", DEFAULT_PARAMS.epochs),
    batchSize: get("batch_size", DEFAULT_PARAMS.batchSize),
    patience: get("patience", DEFAULT_PARAMS.patience),
    classWeight: get("class_weight", DEFAULT_PARAMS.classWeight),
    validationSplit: get("validation_split", DEFAULT_PARAMS.validationSplit),
    maxCategories: get("max_categories", DEFAULT_PARAMS.maxCategories),
    minRows: get("min_rows", DEFAULT_PARAMS.minRows),
    overfitCheckMinDecrease: get("overfit_check_min_decrease", DEFAULT_PARAMS.overfitCheckMinDecrease)
  };
  return { params, unknown: Object.keys(raw).filter((key) => !KNOWN.has(key)) };
}
function recordedParams(params) {
  return {
    task: params.task,
    hidden_units: params.hiddenUnits,
    activation: params.activation,
    dropout: params.dropout,
    optimizer: params.optimizer,
    learning_rate: params.learningRate,
    epochs: params.epochs,
    batch_size: params.batchSize,
    patience: params.patience,
    class_weight: params.classWeight,
    validation_split: params.validationSplit,
    max_categories: params.maxCategories,
    min_rows: params.minRows,
    overfit_check_min_decrease: params.overfitCheckMinDecrease
  };
}

export {
  DEFAULT_PARAMS,
  PARAMS_SCHEMA,
  parseParamsText,
  builtinParams,
  recordedParams
};
