/**
 * The JSON Schema of compare-baseline's thresholds in mlops.yml, dependency-free so that scripts/build.mjs can
 * read it into schemas/mlops-config.schema.json (one source for the code and the published schema).
 */
export const DEFAULT_MIN_SLICE_SIZE = 30;

const nonNegative = { type: 'number', minimum: 0 } as const;

const changeSchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  description: 'Allowed regression against the baseline in the worse direction: absolute units and/or a fraction.',
  properties: { absolute: nonNegative, relative: nonNegative },
} as const;

const featureSlicingSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['feature'],
  properties: { feature: { type: 'string', minLength: 1 }, buckets: { type: 'array', items: { type: 'number' } } },
} as const;

/**
 * JSON Schema of the `metrics` and `slices` keys of mlops.yml's `compare-baseline` section, as a property map
 * to merge into that section's schema (the other keys of the section are the action's inputs).
 */
export const COMPARISON_CONFIG_SCHEMA_PROPERTIES = {
  metrics: {
    type: 'object',
    description:
      'Thresholds per metric, e.g. rocAuc: {lower: 0.7, change: {absolute: 0.01}, nonInferiority: {margin: 0.01}}.',
    additionalProperties: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        lower: { type: 'number', description: 'Smallest allowed candidate value.' },
        upper: { type: 'number', description: 'Largest allowed candidate value.' },
        change: changeSchema,
        direction: {
          enum: ['higher', 'lower'],
          description: "Which way is better; default: the metric's own (rocAuc higher, logLoss lower, …).",
        },
        nonInferiority: {
          type: 'object',
          additionalProperties: false,
          required: ['margin'],
          properties: { margin: nonNegative },
          description: 'Passes when the paired bootstrap interval of candidate − baseline stays better than −margin.',
        },
        superiority: {
          const: true,
          description:
            'Passes when the paired bootstrap interval of candidate − baseline excludes 0 on the better side.',
        },
      },
    },
  },
  slices: {
    type: 'object',
    additionalProperties: false,
    required: ['specs'],
    description: 'Per-slice regression thresholds against the baseline.',
    properties: {
      specs: {
        type: ['string', 'array'],
        items: {
          oneOf: [
            { type: 'string' },
            featureSlicingSchema,
            {
              type: 'object',
              additionalProperties: false,
              required: ['cross'],
              properties: {
                cross: { type: 'array', minItems: 2, items: { oneOf: [{ type: 'string' }, featureSlicingSchema] } },
              },
            },
          ],
        },
        description: 'Slices: "country", "age: 18, 30, 65", "country & plan", or objects {feature, buckets} / {cross}.',
      },
      metric: { type: 'string', description: "Metric compared per slice; default: the task's headline metric." },
      change: {
        type: 'object',
        additionalProperties: false,
        properties: { absolute: nonNegative },
        description: 'Largest allowed per-slice regression in the worse direction.',
      },
      minSize: {
        type: 'integer',
        minimum: 1,
        description: `Slices with fewer rows are not compared. Default ${DEFAULT_MIN_SLICE_SIZE}.`,
      },
      failOnMissing: {
        type: 'boolean',
        description: "A baseline slice missing (or too small) in the candidate's data fails. Default true.",
      },
    },
  },
  flipTolerance: {
    type: 'number',
    minimum: 0,
    description:
      'Regression: predictions differing by more than this count as flips. Default 0.1 × std of the targets.',
  },
} as const;
