import { describe, expect, it } from 'vitest';
import {
  CLASSIFICATION_METRIC_DIRECTIONS,
  COMPARISON_CONFIG_SCHEMA,
  COMPARISON_CONFIG_SCHEMA_PROPERTIES,
  hasThresholds,
  metricNames,
  parseComparisonConfig,
  REGRESSION_METRIC_DIRECTIONS,
} from '../../src/compare/config.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { compileValidator } from '../../src/core/json-schema.js';
import { classificationMetrics, regressionMetrics, scalarMetrics } from '../../src/evaluate/metrics.js';

describe('parseComparisonConfig', () => {
  it('parses every threshold kind and resolves directions from the metric', () => {
    const config = parseComparisonConfig({
      model: 'ignored: an input, not a threshold',
      metrics: {
        rocAuc: { lower: 0.7, change: { absolute: 0.01 }, nonInferiority: { margin: 0.01 } },
        logLoss: { upper: 0.5, change: { relative: 0.05 }, superiority: true },
        accuracy: { lower: 0.5, direction: 'lower' },
      },
      slices: { specs: 'plan\nage: 30, 50\nplan & region', metric: 'accuracy', change: { absolute: 0.05 } },
      flipTolerance: 0.2,
    });
    expect(config.metrics.rocAuc).toEqual({
      direction: 'higher',
      lower: 0.7,
      change: { absolute: 0.01 },
      nonInferiority: { margin: 0.01 },
    });
    expect(config.metrics.logLoss).toEqual({
      direction: 'lower',
      upper: 0.5,
      change: { relative: 0.05 },
      superiority: true,
    });
    expect(config.metrics.accuracy?.direction).toBe('lower');
    expect(config.slices).toEqual({
      specs: [{ feature: 'plan' }, { feature: 'age', buckets: [30, 50] }, { cross: ['plan', 'region'] }],
      metric: 'accuracy',
      change: { absolute: 0.05 },
      minSize: 30,
      failOnMissing: true,
    });
    expect(config.flipTolerance).toBe(0.2);
    expect(hasThresholds(config)).toBe(true);
  });

  it('treats an absent section as no thresholds (which compareModels then fails closed)', () => {
    for (const section of [undefined, null, {}, { metrics: {} }]) {
      const config = parseComparisonConfig(section);
      expect(config.metrics).toEqual({});
      expect(hasThresholds(config)).toBe(false);
    }
  });

  const errors: Array<[string, unknown, RegExp]> = [
    ['unknown metric', { metrics: { auc: { lower: 0.7 } } }, /"auc".*did you mean "rocAuc".*use one of: accuracy, /],
    [
      'unknown metric, no alias',
      { metrics: { wobble: { lower: 1 } } },
      /"wobble", which is not a metric; use one of: .*rmse/,
    ],
    ['entry without a threshold', { metrics: { rocAuc: { direction: 'higher' } } }, /sets no threshold/],
    [
      'non-inferiority and superiority together',
      { metrics: { rocAuc: { nonInferiority: { margin: 0.01 }, superiority: true } } },
      /both nonInferiority and superiority/,
    ],
    ['lower above upper', { metrics: { rocAuc: { lower: 0.9, upper: 0.8 } } }, /lower \(0\.9\) is above upper/],
    ['negative margin', { metrics: { rocAuc: { nonInferiority: { margin: -0.1 } } } }, /margin.*>= 0/],
    ['unknown key', { metrics: { rocAuc: { min: 0.7 } } }, /unknown key `min`/],
    ['bad direction', { metrics: { rocAuc: { lower: 0.7, direction: 'up' } } }, /must be one of "higher", "lower"/],
    ['superiority false', { metrics: { rocAuc: { superiority: false } } }, /must be true/],
    ['unknown slice metric', { slices: { specs: ['plan'], metric: 'auc' } }, /slices\.metric names "auc"/],
    ['bad slice buckets', { slices: { specs: ['age: 30, 20'] } }, /strictly ascending/],
    ['empty slice list', { slices: { specs: [] } }, /lists no slice/],
  ];
  it.each(errors)('rejects %s with a ConfigurationError', (_, section, message) => {
    expect(() => parseComparisonConfig(section)).toThrow(ConfigurationError);
    expect(() => parseComparisonConfig(section)).toThrow(message);
  });

  it('narrows metric names to the task when it is known', () => {
    expect(() => parseComparisonConfig({ metrics: { rmse: { upper: 1 } } }, 'binary')).toThrow(
      /"rmse", which is not a binary metric; use one of: accuracy,/,
    );
    expect(parseComparisonConfig({ metrics: { rmse: { upper: 1 } } }, 'regression').metrics.rmse?.direction).toBe(
      'lower',
    );
  });
});

describe('metric names and schema', () => {
  it('match the names scalarMetrics reports', () => {
    const classification = scalarMetrics(
      classificationMetrics({
        labels: Int32Array.from([0, 1]),
        probabilities: Float64Array.from([0.8, 0.2, 0.3, 0.7]),
        classes: ['0', '1'],
      }),
    );
    const regression = scalarMetrics(
      regressionMetrics({ targets: Float64Array.from([1, 2]), predictions: Float64Array.from([1, 3]) }),
    );
    expect(Object.keys(CLASSIFICATION_METRIC_DIRECTIONS).sort()).toEqual(Object.keys(classification).sort());
    expect(Object.keys(REGRESSION_METRIC_DIRECTIONS).sort()).toEqual(Object.keys(regression).sort());
    expect(metricNames('multiclass')).toEqual(Object.keys(CLASSIFICATION_METRIC_DIRECTIONS));
  });

  it('compiles in the project ajv (strict mode) as a standalone schema and as section properties', () => {
    const standalone = compileValidator<unknown>(COMPARISON_CONFIG_SCHEMA, 'thresholds');
    expect(() => standalone({ metrics: { rocAuc: { lower: 0.5 } } }, 'test')).not.toThrow();
    const section = compileValidator<unknown>(
      {
        type: 'object',
        additionalProperties: false,
        properties: { ...COMPARISON_CONFIG_SCHEMA_PROPERTIES, bootstrap: { enum: ['allow', 'deny'] } },
      },
      'section',
    );
    expect(() =>
      section(
        { bootstrap: 'allow', slices: { specs: [{ feature: 'age', buckets: [30] }, { cross: ['a', 'b'] }] } },
        'test',
      ),
    ).not.toThrow();
    expect(() => section({ metrics: { rocAuc: {} } }, 'test')).toThrow(ConfigurationError);
  });
});
