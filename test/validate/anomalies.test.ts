import { mkdir } from 'node:fs/promises';
import { parquetWriteFile } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { ANOMALY_KINDS, type Anomaly, type AnomalyKind } from '../../src/validate/anomalies.js';
import { type ValidateDataRequest, type ValidateDataResult, validateData } from '../../src/validate/run.js';
import type { FeatureSchema } from '../../src/validate/schema.js';
import { useTempDir } from '../temp-dir.js';

const temp = useTempDir('mlops-anomalies-test-');

interface SchemaOptions {
  label?: string;
  rows?: { min?: number; maxRelativeChange?: number };
}

async function schemaFile(features: FeatureSchema[], options: SchemaOptions = {}): Promise<string> {
  return temp.write(
    'schema.json',
    JSON.stringify({ format: 'mlops-actions/schema', version: 1, ...options, features }),
  );
}

/** The usual set-up: `csv` written to data.csv, checked against a schema of `features`. */
function csvAgainst(csv: string, features: FeatureSchema[], options?: SchemaOptions): Case['setup'] {
  return async () => ({ data: await temp.write('data.csv', csv), schema: await schemaFile(features, options) });
}

function request(overrides: Partial<ValidateDataRequest>): ValidateDataRequest {
  return {
    failOn: 'schema',
    environment: 'TRAINING',
    mergeProfiles: [],
    format: 'auto',
    severity: {},
    drift: {},
    ...overrides,
  };
}

function kinds(result: ValidateDataResult): AnomalyKind[] {
  return result.anomalies.map((anomaly) => anomaly.kind).sort();
}

function single(result: ValidateDataResult, kind: AnomalyKind): Anomaly {
  const found = result.anomalies.filter((anomaly) => anomaly.kind === kind);
  expect(found, `exactly one ${kind} anomaly in ${JSON.stringify(result.anomalies)}`).toHaveLength(1);
  return found[0]!;
}

interface Case {
  name: string;
  kind: AnomalyKind;
  /** Writes the files of the case and returns the request fields that point at them. */
  setup: () => Promise<Partial<ValidateDataRequest>>;
  feature?: string;
  count: number;
  status: 'fail' | 'warn';
  /** Exact examples (physical 1-based lines, header = line 1); undefined where the anomaly has no lines. */
  examples?: string[];
  value?: unknown;
  threshold?: unknown;
  /** Fragments the message must contain: what is wrong and what to change. */
  message: Array<string | RegExp>;
  /** Every anomaly kind the case produces (default: just `kind`). */
  all?: AnomalyKind[];
}

const cases: Case[] = [
  {
    name: 'missing-column',
    kind: 'missing-column',
    setup: csvAgainst('a\n1\n2\n3\n', [
      { name: 'a', type: 'integer' },
      { name: 'b', type: 'float' },
    ]),
    feature: 'b',
    count: 1,
    status: 'fail',
    message: ['column "b" (float) is in the schema but not in the data', 'add it, or remove it from the schema'],
  },
  {
    name: 'unexpected-column',
    kind: 'unexpected-column',
    setup: csvAgainst('a,extra\n1,x\n2,y\n3,z\n', [{ name: 'a', type: 'integer' }]),
    feature: 'extra',
    count: 1,
    status: 'fail',
    message: ['column "extra" is not in the schema', 'add it to the schema, or drop it from the data'],
  },
  {
    name: 'duplicate-column',
    kind: 'duplicate-column',
    setup: csvAgainst('a,b,a\n1,2,3\n4,5,6\n7,8,9\n', [
      { name: 'a', type: 'integer' },
      { name: 'b', type: 'integer' },
    ]),
    feature: 'a',
    count: 1,
    status: 'fail',
    message: ['column "a" appears more than once in the header', 'rename or drop the copy'],
  },
  {
    name: 'type-mismatch (text in a float column)',
    kind: 'type-mismatch',
    setup: csvAgainst('x,n\n1.5,1\nabc,2\n2.5,3\n', [
      { name: 'x', type: 'float' },
      { name: 'n', type: 'integer' },
    ]),
    feature: 'x',
    count: 1,
    status: 'fail',
    examples: ['line 3: "abc"'],
    message: ['1 values of "x" are not numbers (schema type float)', 'fix the values or change the type to string'],
  },
  {
    name: 'type-mismatch (1.5 in an integer column)',
    kind: 'type-mismatch',
    setup: csvAgainst('n,x\n1,0.5\n2,0.25\n1.5,0.75\n4,1\n', [
      { name: 'n', type: 'integer' },
      { name: 'x', type: 'float' },
    ]),
    feature: 'n',
    count: 1,
    status: 'fail',
    examples: ['line 4: 1.5'],
    message: [
      '1 values of "n" have a fractional part (schema type integer)',
      'round them upstream or change the type to float',
    ],
  },
  {
    name: 'unseen-category',
    kind: 'unseen-category',
    setup: csvAgainst('color,n\nred,1\nblue,2\ngreen,3\nblue,4\n', [
      { name: 'color', type: 'string', domain: ['red', 'green'] },
      { name: 'n', type: 'integer' },
    ]),
    feature: 'color',
    count: 2,
    status: 'fail',
    value: 1,
    examples: ['"blue" (first at line 3, 2 rows)'],
    message: ['"color" has 1 values outside its domain', "add them to the schema's domain if they are valid"],
  },
  {
    name: 'out-of-range',
    kind: 'out-of-range',
    setup: csvAgainst('t,n\n50,1\n-5,2\n20,3\n150,4\n', [
      { name: 't', type: 'float', range: { min: 0, max: 100 } },
      { name: 'n', type: 'integer' },
    ]),
    feature: 't',
    count: 2,
    status: 'fail',
    value: '[-5, 150]',
    threshold: '[0, 100]',
    examples: ['line 3: -5 (minimum)', 'line 5: 150 (maximum)'],
    message: ['"t" ranges over [-5, 150], outside the schema\'s [0, 100]', 'fix the values or widen the range'],
  },
  {
    name: 'non-finite (NaN)',
    kind: 'non-finite',
    setup: csvAgainst('v,n\n1,1\nNaN,2\n2,3\n', [
      { name: 'v', type: 'float' },
      { name: 'n', type: 'integer' },
    ]),
    feature: 'v',
    count: 1,
    status: 'fail',
    examples: ['line 3: NaN'],
    message: ['"v" has 1 NaN, 0 infinite and 0 overflowing values', 'set allowNonFinite if they are meaningful'],
  },
  {
    name: 'non-finite (inf)',
    kind: 'non-finite',
    setup: csvAgainst('v,n\n1,1\n2,2\ninf,3\n-Infinity,4\n', [
      { name: 'v', type: 'float' },
      { name: 'n', type: 'integer' },
    ]),
    feature: 'v',
    count: 2,
    status: 'fail',
    examples: ['line 4: inf', 'line 5: -Infinity'],
    message: ['"v" has 0 NaN, 2 infinite and 0 overflowing values', 'fix the upstream computation'],
  },
  {
    // 1e400 is a finite numeral that does not fit a double: it must be told apart from a literal "inf".
    name: 'non-finite (overflow 1e400)',
    kind: 'non-finite',
    setup: csvAgainst('v,n\n1,1\n2,2\n1e400,3\n', [
      { name: 'v', type: 'float' },
      { name: 'n', type: 'integer' },
    ]),
    feature: 'v',
    count: 1,
    status: 'fail',
    examples: ['line 4: 1e400'],
    message: ['"v" has 0 NaN, 0 infinite and 1 overflowing values'],
  },
  {
    name: 'too-many-missing',
    kind: 'too-many-missing',
    setup: csvAgainst('m,n\n1,1\n,2\n3,3\nNA,4\n', [
      { name: 'm', type: 'float', maxMissingFraction: 0.25 },
      { name: 'n', type: 'integer' },
    ]),
    feature: 'm',
    count: 2,
    status: 'fail',
    value: 0.5,
    threshold: 0.25,
    examples: ['line 3', 'line 5'],
    message: [
      '"m" is missing in 50.0% of rows, the schema allows 25.0%',
      'fill the values or raise maxMissingFraction',
    ],
  },
  {
    name: 'empty-file (a zero-byte file among a glob of two)',
    kind: 'empty-file',
    setup: async () => {
      await mkdir(temp.path('shards'));
      await temp.write('shards/a.csv', 'a,b\n1,x\n2,y\n');
      await temp.write('shards/b.csv', '');
      return {
        data: temp.path('shards', '*.csv'),
        schema: await schemaFile([
          { name: 'a', type: 'integer' },
          { name: 'b', type: 'string' },
        ]),
      };
    },
    count: 1,
    status: 'fail',
    message: [/shards[/\\]b\.csv is empty/, 'write the data or remove the file from the input'],
  },
  {
    name: 'header-only',
    kind: 'header-only',
    setup: csvAgainst('a,b\n', [
      { name: 'a', type: 'integer' },
      { name: 'b', type: 'string' },
    ]),
    count: 1,
    status: 'fail',
    value: 0,
    message: ['the data has a header but no rows', 'check the export that produced it'],
  },
  {
    name: 'ragged-rows',
    kind: 'ragged-rows',
    setup: csvAgainst('a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n', [
      { name: 'a', type: 'integer' },
      { name: 'b', type: 'integer' },
      { name: 'c', type: 'integer', maxMissingFraction: 0.5 },
    ]),
    count: 2,
    status: 'fail',
    examples: ['line 3: 2 fields, header has 3', 'line 4: 4 fields, header has 3'],
    message: ['2 rows have a different number of fields than the header', 'fix the quoting or delimiter'],
  },
  {
    name: 'too-few-rows',
    kind: 'too-few-rows',
    setup: csvAgainst('a\n1\n2\n3\n', [{ name: 'a', type: 'integer' }], { rows: { min: 5 } }),
    count: 1,
    status: 'fail',
    value: 3,
    threshold: 5,
    message: ['3 rows, the schema requires at least 5', 'supply more data or lower rows.min'],
  },
  {
    name: 'row-count-change',
    kind: 'row-count-change',
    setup: async () => ({
      reference: await temp.write('reference.csv', `a\n${Array.from({ length: 10 }, (_, i) => i).join('\n')}\n`),
      data: await temp.write('data.csv', 'a\n100\n101\n102\n103\n'),
      schema: await schemaFile([{ name: 'a', type: 'integer' }], { rows: { maxRelativeChange: 0.5 } }),
    }),
    count: 1,
    status: 'fail',
    value: 0.6,
    threshold: 0.5,
    message: [
      '4 rows against 10 in the reference (60.0% change, allowed 50.0%)',
      'check for a truncated or duplicated export',
    ],
  },
  {
    name: 'duplicate-rows',
    kind: 'duplicate-rows',
    setup: csvAgainst('a,b\n1,x\n2,y\n1,x\n3,z\n2,y\n', [
      { name: 'a', type: 'integer' },
      { name: 'b', type: 'string' },
    ]),
    count: 2,
    status: 'warn',
    examples: ['line 4', 'line 6'],
    message: ['2 rows repeat an earlier row exactly', 'deduplicate if they are not genuine repeats'],
  },
  {
    name: 'constant-column',
    kind: 'constant-column',
    setup: csvAgainst('a,c\n1,k\n2,k\n3,k\n', [
      { name: 'a', type: 'integer' },
      { name: 'c', type: 'string' },
    ]),
    feature: 'c',
    count: 1,
    status: 'warn',
    message: ['"c" has the same value in all 3 rows', 'drop it or check the export'],
  },
  {
    name: 'single-class (label)',
    kind: 'single-class',
    setup: csvAgainst(
      'x,y\n0.5,1\n1.5,1\n2.5,1\n3.5,1\n',
      [
        { name: 'x', type: 'float' },
        { name: 'y', type: 'integer' },
      ],
      { label: 'y' },
    ),
    feature: 'y',
    count: 1,
    status: 'fail',
    message: ['the label "y" has a single class in 4 rows', 'check the data selection'],
  },
  {
    name: 'leaked-rows (eval rows copied from the reference file)',
    kind: 'leaked-rows',
    setup: async () => ({
      reference: await temp.write('train.csv', 'a,b\n1,p\n2,q\n3,r\n4,s\n5,t\n6,u\n'),
      data: await temp.write('eval.csv', 'a,b\n10,v\n2,q\n11,w\n5,t\n12,x\n13,y\n'),
      schema: await schemaFile([
        { name: 'a', type: 'integer' },
        { name: 'b', type: 'string' },
      ]),
    }),
    count: 2,
    status: 'fail',
    examples: ['line 3', 'line 5'],
    message: ['2 rows also occur in the training (reference) data', 'split the data so no row is in both'],
  },
];

describe('detectAnomalies through validateData, one real file per anomaly kind', () => {
  it('the table covers every kind in ANOMALY_KINDS', () => {
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(ANOMALY_KINDS));
  });

  it.each(cases)('$name', async (c) => {
    const result = await validateData(request(await c.setup()));
    expect(kinds(result)).toEqual([...(c.all ?? [c.kind])].sort());
    const anomaly = single(result, c.kind);
    expect(anomaly.check).toBe(`schema.${c.kind}`);
    expect(anomaly.feature).toBe(c.feature);
    expect(anomaly.count).toBe(c.count);
    expect(anomaly.status).toBe(c.status);
    expect(anomaly.examples).toEqual(c.examples);
    if (c.value !== undefined) expect(anomaly.value).toEqual(c.value);
    if (c.threshold !== undefined) expect(anomaly.threshold).toEqual(c.threshold);
    for (const fragment of c.message) {
      if (typeof fragment === 'string') expect(anomaly.message).toContain(fragment);
      else expect(anomaly.message).toMatch(fragment);
    }
    // The verdict carries the anomaly as a check, and fails exactly when a failing anomaly is present.
    expect(result.verdict.checks).toContainEqual(expect.objectContaining({ check: anomaly.check, status: c.status }));
    expect(result.verdict.passed).toBe(c.status !== 'fail');
  });
});

describe('negative control and settings', () => {
  const cleanSchema: FeatureSchema[] = [
    { name: 'id', type: 'integer', range: { min: 0, max: 100 } },
    { name: 'x', type: 'float', range: { min: -10, max: 10 } },
    { name: 'color', type: 'string', domain: ['red', 'green', 'blue'] },
    { name: 'flag', type: 'boolean' },
    { name: 'note', type: 'string', maxMissingFraction: 0.5 },
  ];
  const cleanCsv =
    'id,x,color,flag,note\n1,0.5,red,true,a\n2,-1.25,green,false,\n3,9.75,blue,true,b\n4,-10,red,false,c\n';

  it('a clean file produces no anomaly and a passing verdict', async () => {
    const result = await validateData(
      request({ data: await temp.write('clean.csv', cleanCsv), schema: await schemaFile(cleanSchema) }),
    );
    expect(result.anomalies).toEqual([]);
    expect(result.verdict.passed).toBe(true);
    expect(result.verdict.checks.every((check) => check.status === 'pass')).toBe(true);
    expect(
      result.verdict.checks.filter((check) => check.check === 'schema.feature').map((check) => check.feature),
    ).toEqual(cleanSchema.map((feature) => feature.name));
  });

  it('a clean file checked against a schema inferred from itself produces no anomaly', async () => {
    const result = await validateData(request({ data: await temp.write('clean.csv', cleanCsv) }));
    expect(result.schemaSource).toBe('inferred-from-data');
    expect(result.anomalies).toEqual([]);
  });

  it('severity off drops a kind, warn keeps it without failing, fail upgrades a warning', async () => {
    const data = await temp.write('data.csv', 'a,c\n1,k\n2,k\n3,k\n2,k\n');
    const schema = await schemaFile([
      { name: 'a', type: 'integer' },
      { name: 'c', type: 'string' },
      { name: 'gone', type: 'float' },
    ]);
    const defaults = await validateData(request({ data, schema }));
    expect(kinds(defaults)).toEqual(['constant-column', 'duplicate-rows', 'missing-column']);
    expect(defaults.verdict.passed).toBe(false);

    const overridden = await validateData(
      request({
        data,
        schema,
        severity: { 'missing-column': 'warn', 'duplicate-rows': 'off', 'constant-column': 'fail' },
      }),
    );
    expect(kinds(overridden)).toEqual(['constant-column', 'missing-column']);
    expect(single(overridden, 'missing-column').status).toBe('warn');
    expect(single(overridden, 'constant-column').status).toBe('fail');
    expect(overridden.verdict.passed).toBe(false);

    const relaxed = await validateData(
      request({
        data,
        schema,
        severity: { 'missing-column': 'warn', 'duplicate-rows': 'off', 'constant-column': 'off' },
      }),
    );
    expect(kinds(relaxed)).toEqual(['missing-column']);
    expect(relaxed.verdict.passed).toBe(true);
  });

  it('fail-on none demotes failing anomalies to warnings in the verdict', async () => {
    const data = await temp.write('data.csv', 'a\n1\n2\n');
    const schema = await schemaFile([
      { name: 'a', type: 'integer' },
      { name: 'b', type: 'float' },
    ]);
    const result = await validateData(request({ data, schema, failOn: 'none' }));
    expect(single(result, 'missing-column').status).toBe('fail');
    expect(result.verdict.checks).toContainEqual(
      expect.objectContaining({ check: 'schema.missing-column', status: 'warn' }),
    );
    expect(result.verdict.passed).toBe(true);
  });

  it('a TRAINING-only label missing from SERVING data is not an anomaly, but is one in TRAINING', async () => {
    const data = await temp.write('serving.csv', 'x,z\n0.5,a\n1.5,b\n2.5,c\n');
    const schema = await schemaFile(
      [
        { name: 'x', type: 'float' },
        { name: 'z', type: 'string' },
        { name: 'y', type: 'integer', environments: ['TRAINING'] },
      ],
      { label: 'y' },
    );
    const serving = await validateData(request({ data, schema, environment: 'SERVING' }));
    expect(serving.anomalies).toEqual([]);
    expect(serving.verdict.passed).toBe(true);

    const training = await validateData(request({ data, schema, environment: 'TRAINING' }));
    expect(kinds(training)).toEqual(['missing-column']);
    expect(single(training, 'missing-column').feature).toBe('y');
    expect(training.verdict.passed).toBe(false);
  });

  it('allowNonFinite accepts NaN and infinities but never an overflowing numeral', async () => {
    const data = await temp.write('data.csv', 'v,n\n1,1\nNaN,2\ninf,3\n1e400,4\n');
    const schema = await schemaFile([
      { name: 'v', type: 'float', allowNonFinite: true },
      { name: 'n', type: 'integer' },
    ]);
    const result = await validateData(request({ data, schema }));
    const anomaly = single(result, 'non-finite');
    expect(anomaly.count).toBe(1);
    expect(anomaly.message).toContain('1 NaN, 1 infinite and 1 overflowing values');
    expect(anomaly.examples).toEqual(['line 3: NaN', 'line 4: inf', 'line 5: 1e400']);
  });
});

/** 40 distinct values, each a row of column a, for the cases that repeat many rows. */
const FORTY = Array.from({ length: 40 }, (_, i) => i + 1000);

interface DuplicateCase {
  name: string;
  csv: string;
  count: number;
  /** Physical 1-based lines of the first duplicates. */
  examples: number[];
}

const duplicateCases: DuplicateCase[] = [
  { name: 'a copy of the first data row is a duplicate', csv: 'a,b\n1,x\n2,y\n1,x\n', count: 1, examples: [4] },
  {
    // Rows 0,1,...,39 then the same 40 rows again, after a distinct first row: 40 duplicates at lines 43..82.
    name: 'every repeated value is found (the row fingerprints are not sign-sensitive)',
    csv: `a\n-1\n${FORTY.join('\n')}\n${FORTY.join('\n')}\n`,
    count: 40,
    examples: [43, 44, 45, 46, 47],
  },
];

interface LeakCase {
  name: string;
  /** Written to train.csv, the reference. */
  reference: string;
  /** Written to eval.csv, the data. */
  data: string;
  /** Without one, the schema is inferred from the reference. */
  schema?: FeatureSchema[];
  /** A column the schema (given or inferred) must type as text. */
  textColumn?: string;
  count: number;
  examples: string[];
}

const leakCases: LeakCase[] = [
  {
    name: 'every row copied from the reference is leaked, the first reference row included',
    reference: `a\n${FORTY.join('\n')}\n`,
    data: `a\n-1\n${FORTY.join('\n')}\n`,
    schema: [{ name: 'a', type: 'integer' }],
    count: 40,
    examples: ['line 3', 'line 4', 'line 5', 'line 6', 'line 7'],
  },
  {
    name: 'leaked rows are found when the schema reads a numeral column as text (ids, zip codes)',
    reference: 'zip,v\n02139,1\n10001,2\n94105,3\n',
    data: 'zip,v\n60601,4\n10001,2\n30301,5\n',
    schema: [
      { name: 'zip', type: 'string' },
      { name: 'v', type: 'integer' },
    ],
    textColumn: 'zip',
    count: 1,
    examples: ['line 3'],
  },
  {
    name: 'leaked rows are found when the schema inferred from the reference types a mixed column as text',
    reference: 'code,v\nA1,1\n12,2\n34,3\nB7,4\n',
    data: 'code,v\nC9,5\n12,2\nA1,1\n',
    textColumn: 'code',
    count: 2,
    examples: ['line 3', 'line 4'],
  },
];

// A loop rather than it.each: these names are sentences, and it.each's '$name' cuts a title at 40 characters.
describe('duplicate and leaked rows are found whatever the row', () => {
  for (const c of duplicateCases) {
    it(c.name, async () => {
      const data = await temp.write('data.csv', c.csv);
      const result = await validateData(request({ data }));
      expect(result.profile.duplicateRows.count).toBe(c.count);
      expect(result.profile.duplicateRows.examples).toEqual(c.examples);
    });
  }

  for (const c of leakCases) {
    it(c.name, async () => {
      const reference = await temp.write('train.csv', c.reference);
      const data = await temp.write('eval.csv', c.data);
      const schema = c.schema === undefined ? {} : { schema: await schemaFile(c.schema) };
      const result = await validateData(request({ data, reference, ...schema }));
      if (c.textColumn !== undefined)
        expect(result.schema.features.find((feature) => feature.name === c.textColumn)?.type).toBe('string');
      const anomaly = single(result, 'leaked-rows');
      expect(anomaly.count).toBe(c.count);
      expect(anomaly.examples).toEqual(c.examples);
    });
  }
});

describe('columns are matched by name, whatever their order or the format', () => {
  const schemaFeatures: FeatureSchema[] = [
    { name: 'a', type: 'integer', range: { min: 0, max: 10 } },
    { name: 'b', type: 'string', domain: ['x', 'y', 'z'] },
  ];

  it('JSON Lines with keys in another order than the schema (and varying per record)', async () => {
    const data = await temp.write(
      'data.jsonl',
      '{"b":"x","a":1}\n{"a":99,"b":"y"}\n{"b":"z","a":3}\n{"b":"q","a":4}\n',
    );
    const result = await validateData(request({ data, schema: await schemaFile(schemaFeatures) }));
    expect(kinds(result)).toEqual(['out-of-range', 'unseen-category']);
    const range = single(result, 'out-of-range');
    expect(range.feature).toBe('a');
    expect(range.examples).toEqual(['line 2: 99 (maximum)']);
    const unseen = single(result, 'unseen-category');
    expect(unseen.feature).toBe('b');
    expect(unseen.examples).toEqual(['"q" (first at line 4, 1 rows)']);
  });

  it('JSON Lines: a record without an optional key is a missing value, not a ragged row', async () => {
    const data = await temp.write('data.jsonl', '{"a":1,"b":"x"}\n{"a":2}\n{"a":3,"b":"z"}\n{"a":4,"b":"y"}\n');
    const schema = await schemaFile([
      { name: 'a', type: 'integer' },
      { name: 'b', type: 'string', maxMissingFraction: 0.5 },
    ]);
    const result = await validateData(request({ data, schema }));
    expect(result.anomalies).toEqual([]);
    expect(result.profile.columns.find((column) => column.name === 'b')?.examples.missing).toEqual([2]);
  });

  it('Parquet with columns in another order than the schema', async () => {
    const filename = temp.path('data.parquet');
    parquetWriteFile({
      filename,
      columnData: [
        { name: 'b', data: ['x', 'y', 'z', 'x'], type: 'STRING' },
        { name: 'a', data: [1, 2, -7, 4], type: 'INT32' },
      ],
    });
    const result = await validateData(request({ data: filename, schema: await schemaFile(schemaFeatures) }));
    expect(kinds(result)).toEqual(['out-of-range']);
    const range = single(result, 'out-of-range');
    expect(range.feature).toBe('a');
    // Parquet "lines" are 1-based row numbers.
    expect(range.examples).toEqual(['line 3: -7 (minimum)']);
    expect(result.verdict.checks).toContainEqual(
      expect.objectContaining({ check: 'schema.feature', feature: 'b', status: 'pass' }),
    );
  });
});
