import { ConfigurationError, shorten } from '../core/errors.js';
import { compileValidator } from '../core/json-schema.js';
import type { NetworkParams, TrainTask } from './network.js';

/** Hyper-parameters of the built-in trainer, as written in `params` (JSON) or `train.params` in mlops.yml. */
export interface BuiltinParams extends NetworkParams {
  task: TrainTask | 'auto';
  /** 'balanced' weighs each class by n / (classes × n_class), as scikit-learn does. */
  classWeight: 'none' | 'balanced' | Record<string, number>;
  validationSplit: number;
  maxCategories: number;
  minRows: number;
  /** The small-sample overfit check must lower the loss by at least this fraction; 0 turns the check off. */
  overfitCheckMinDecrease: number;
}

export const DEFAULT_PARAMS: BuiltinParams = {
  task: 'auto',
  hiddenUnits: [32, 16],
  activation: 'relu',
  dropout: 0,
  optimizer: 'adam',
  learningRate: 0.01,
  epochs: 30,
  batchSize: 64,
  patience: 5,
  classWeight: 'none',
  validationSplit: 0.2,
  maxCategories: 50,
  minRows: 20,
  overfitCheckMinDecrease: 0.1,
};

/** The JSON Schema of `params`: snake_case keys, as users write them for Python trainers too. */
export const PARAMS_SCHEMA = {
  type: 'object',
  additionalProperties: true,
  properties: {
    task: { enum: ['auto', 'binary', 'multiclass', 'regression'] },
    hidden_units: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 4096 }, maxItems: 8 },
    activation: { enum: ['relu', 'tanh', 'elu', 'selu', 'sigmoid'] },
    dropout: { type: 'number', minimum: 0, exclusiveMaximum: 1 },
    optimizer: { enum: ['adam', 'sgd', 'rmsprop'] },
    learning_rate: { type: 'number', exclusiveMinimum: 0, maximum: 10 },
    epochs: { type: 'integer', minimum: 1, maximum: 100000 },
    batch_size: { type: 'integer', minimum: 1, maximum: 1048576 },
    patience: { type: 'integer', minimum: 0 },
    class_weight: {
      oneOf: [
        { enum: ['none', 'balanced'] },
        { type: 'object', additionalProperties: { type: 'number', exclusiveMinimum: 0 } },
      ],
    },
    validation_split: { type: 'number', minimum: 0, maximum: 0.5 },
    max_categories: { type: 'integer', minimum: 1, maximum: 10000 },
    min_rows: { type: 'integer', minimum: 2 },
    overfit_check_min_decrease: { type: 'number', minimum: 0, maximum: 1 },
  },
} as const;

const KNOWN = new Set(Object.keys(PARAMS_SCHEMA.properties));
const validateParams = compileValidator<Record<string, unknown>>(PARAMS_SCHEMA, 'set of training params');

/** Parses the `params` input (a JSON object) and merges config values under it: the input wins. */
export function parseParamsText(text: string | undefined): Record<string, unknown> {
  if (text === undefined || text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError(
      `train: input \`params\` is not valid JSON: ${shorten(text, 80)}; write an object such as {"epochs": 20}`,
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigurationError('train: input `params` must be a JSON object such as {"epochs": 20}');
  }
  return parsed as Record<string, unknown>;
}

/**
 * Known keys are checked and typed; unknown keys are kept (a bring-your-own command may use them) but the
 * built-in trainer names them, so a misspelt `learning_rat` does not pass silently.
 */
export function builtinParams(
  raw: Record<string, unknown>,
  epochs: number | undefined,
): { params: BuiltinParams; unknown: string[] } {
  const checked = validateParams(raw, 'train params');
  const get = <T>(key: string, fallback: T): T => (checked[key] === undefined ? fallback : (checked[key] as T));
  const params: BuiltinParams = {
    task: get('task', DEFAULT_PARAMS.task),
    hiddenUnits: get('hidden_units', DEFAULT_PARAMS.hiddenUnits),
    activation: get('activation', DEFAULT_PARAMS.activation),
    dropout: get('dropout', DEFAULT_PARAMS.dropout),
    optimizer: get('optimizer', DEFAULT_PARAMS.optimizer),
    learningRate: get('learning_rate', DEFAULT_PARAMS.learningRate),
    epochs: epochs ?? get('epochs', DEFAULT_PARAMS.epochs),
    batchSize: get('batch_size', DEFAULT_PARAMS.batchSize),
    patience: get('patience', DEFAULT_PARAMS.patience),
    classWeight: get('class_weight', DEFAULT_PARAMS.classWeight),
    validationSplit: get('validation_split', DEFAULT_PARAMS.validationSplit),
    maxCategories: get('max_categories', DEFAULT_PARAMS.maxCategories),
    minRows: get('min_rows', DEFAULT_PARAMS.minRows),
    overfitCheckMinDecrease: get('overfit_check_min_decrease', DEFAULT_PARAMS.overfitCheckMinDecrease),
  };
  return { params, unknown: Object.keys(raw).filter((key) => !KNOWN.has(key)) };
}

/** What the manifest records: every effective value, in the user's snake_case. */
export function recordedParams(params: BuiltinParams): Record<string, unknown> {
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
    overfit_check_min_decrease: params.overfitCheckMinDecrease,
  };
}
