import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import * as ort from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Check } from '../../src/core/verdict.js';
import { makeNode, tensorValueInfo } from '../../src/onnx/builder.js';
import { inspectOnnx, type OnnxModelInfo } from '../../src/onnx/inspect.js';
import { DataType, emptyGraph, emptyModel, encodeModel, type NodeProto } from '../../src/onnx/proto.js';
import { exportTabularModel } from '../../src/onnx/tabular.js';
import {
  availableExecutionProviders,
  type ExecutionProviderAvailability,
  installedRuntimeSupport,
  type LoadMeasurement,
  loadChecks,
  localFunctionDomains,
  measureLoad,
  normalizeExecutionProvider,
  parseMemoryLimit,
  type RuntimeSupport,
  runtimeChecks,
  runtimeSupport,
  SUPPORTED_RUNTIME,
} from '../../src/serve/compat.js';
import { binarySpec } from '../model/helpers.js';
import { useSharedTempDir } from '../temp-dir.js';

const RUNTIME: RuntimeSupport = { version: '1.30.0', maxOpset: 26, maxMlOpset: 5, maxIrVersion: 13 };

/** A one-node model (y = Identity(x) unless `node` says otherwise), stamped with the given IR version and opsets. */
function tinyModel(
  irVersion: number,
  opsets: Array<{ domain: string; version: number }>,
  node?: NodeProto,
): Uint8Array {
  const graph = emptyGraph();
  graph.name = 'tiny';
  graph.input = [tensorValueInfo('x', DataType.FLOAT, ['N', 1])];
  graph.output = [tensorValueInfo('y', DataType.FLOAT, ['N', 1])];
  graph.node = [node ?? makeNode('Identity', ['x'], ['y'])];
  const model = emptyModel();
  model.irVersion = irVersion;
  model.opsetImport = opsets;
  model.producerName = 'test';
  model.graph = graph;
  return encodeModel(model);
}

function fakeInfo(parts: Partial<OnnxModelInfo>): OnnxModelInfo {
  return {
    irVersion: 8,
    producerName: 'test',
    producerVersion: '',
    modelVersion: 0,
    graphName: 'fake',
    opsets: [{ domain: '', version: 17 }],
    inputs: [],
    outputs: [],
    metadata: {},
    nodeCount: 1,
    opTypes: ['Identity'],
    ...parts,
  };
}

const brief = (checks: Check[]) => checks.map(({ check, status, feature }) => ({ check, status, feature }));

async function loads(bytes: Uint8Array): Promise<true | string> {
  try {
    const session = await ort.InferenceSession.create(bytes);
    await session.release();
    return true;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('runtimeSupport', () => {
  it.each([
    { version: '1.30.0', row: '1.30', exact: true, limits: [26, 5, 13] },
    { version: '1.30.2', row: '1.30', exact: true, limits: [26, 5, 13] },
    { version: '1.31.0', row: '1.30', exact: false, limits: [26, 5, 13] },
    { version: '2.0.0-dev', row: '1.30', exact: false, limits: [26, 5, 13] },
    { version: '1.26.1', row: '1.23', exact: false, limits: [23, 5, 11] },
    { version: '1.22.0', row: '1.22', exact: true, limits: [23, 5, 11] },
    { version: '1.20.1', row: '1.20', exact: true, limits: [21, 4, 10] },
    { version: '1.16.3', row: '1.16', exact: true, limits: [19, 3, 9] },
    { version: 'unknown', row: '1.30', exact: false, limits: [26, 5, 13] },
  ])('$version uses the $row row', ({ version, row, exact, limits }) => {
    const support = runtimeSupport(version);
    expect(support).toMatchObject({ version, row, exact });
    expect([support.maxOpset, support.maxMlOpset, support.maxIrVersion]).toEqual(limits);
  });

  it('lists rows newest first', () => {
    const minors = SUPPORTED_RUNTIME.map((row) => row.ort.split('.').map(Number) as [number, number]);
    const sorted = [...minors].sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    expect(minors).toEqual(sorted);
  });

  // The table's row for the installed runtime is a measurement: repeat it, so an upgrade without a new row fails here.
  it('matches what the installed onnxruntime-node actually loads', async () => {
    const support = await installedRuntimeSupport();
    expect(support.version).toBe(ort.env.versions.node);
    expect(support.exact, `add a SUPPORTED_RUNTIME row for onnxruntime-node ${support.version}`).toBe(true);
    const opset = (version: number) => [{ domain: '', version }];
    expect(await loads(tinyModel(support.maxIrVersion, opset(17)))).toBe(true);
    expect(await loads(tinyModel(support.maxIrVersion + 1, opset(17)))).toMatch(/max supported IR version/);
    expect(await loads(tinyModel(10, opset(support.maxOpset)))).toBe(true);
    expect(await loads(tinyModel(10, opset(support.maxOpset + 1)))).toMatch(/till opset/);
    const ml = (version: number) => [...opset(17), { domain: 'ai.onnx.ml', version }];
    expect(await loads(tinyModel(10, ml(support.maxMlOpset)))).toBe(true);
    expect(await loads(tinyModel(10, ml(support.maxMlOpset + 1)))).toMatch(/till opset/);
  });
});

describe('runtimeChecks', () => {
  it('passes an exported tabular model on the installed runtime', async () => {
    const info = inspectOnnx(exportTabularModel(binarySpec()));
    const checks = runtimeChecks(info, await installedRuntimeSupport(), {
      availableProviders: await availableExecutionProviders(),
      executionProviders: ['CPUExecutionProvider'],
    });
    expect(brief(checks)).toEqual([
      { check: 'runtime.ir-version', status: 'pass', feature: undefined },
      { check: 'runtime.opset', status: 'pass', feature: 'ai.onnx' },
      { check: 'runtime.opset', status: 'pass', feature: 'ai.onnx.ml' },
      { check: 'runtime.execution-provider', status: 'pass', feature: 'cpu' },
    ]);
  });

  it('fails a model built with a too-new opset and IR version', () => {
    const info = inspectOnnx(tinyModel(14, [{ domain: '', version: 27 }]));
    const checks = runtimeChecks(info, RUNTIME);
    expect(brief(checks)).toEqual([
      { check: 'runtime.ir-version', status: 'fail', feature: undefined },
      { check: 'runtime.opset', status: 'fail', feature: 'ai.onnx' },
      { check: 'runtime.execution-provider', status: 'pass', feature: 'cpu' },
    ]);
    expect(checks[0]?.message).toMatch(/IR version 14 is newer than ONNX Runtime 1\.30\.0 reads \(≤ 13\)/);
    expect(checks[1]?.message).toMatch(/ai\.onnx opset 27 is newer than ONNX Runtime 1\.30\.0 supports \(≤ 26\)/);
  });

  it.each([
    {
      name: 'a too-new ai.onnx.ml opset',
      info: fakeInfo({ opsets: [{ domain: 'ai.onnx.ml', version: 6 }] }),
      status: 'fail',
      message: /ai\.onnx\.ml opset 6 is newer than ONNX Runtime 1\.30\.0 supports \(≤ 5\)/,
    },
    {
      name: 'an unknown domain that nodes use',
      info: fakeInfo({
        opsets: [{ domain: 'com.example', version: 1 }],
        opTypes: ['com.example:Foo', 'com.example:Bar'],
      }),
      status: 'fail',
      message: /custom operator domain com\.example \(com\.example:Foo, com\.example:Bar\) is unknown to ONNX Runtime/,
    },
    {
      name: 'an unknown domain no node uses',
      info: fakeInfo({ opsets: [{ domain: 'com.example', version: 1 }] }),
      status: 'warn',
      message: /imports the unknown operator domain com\.example but no node uses it/,
    },
    {
      name: "ONNX Runtime's contrib domain",
      info: fakeInfo({ opsets: [{ domain: 'com.microsoft', version: 1 }], opTypes: ['com.microsoft:FusedMatMul'] }),
      status: 'pass',
      message: /ONNX Runtime's own operator domain/,
    },
  ])('$name', ({ info, status, message }) => {
    const check = runtimeChecks(info, RUNTIME).find((c) => c.check === 'runtime.opset');
    expect(check?.status).toBe(status);
    expect(check?.message).toMatch(message);
  });

  it('passes a custom domain the model defines as local functions, which ONNX Runtime runs', async () => {
    const bytes = withLocalFunction(
      tinyModel(
        10,
        [
          { domain: '', version: 17 },
          { domain: 'com.example', version: 1 },
        ],
        makeNode('Foo', ['x'], ['y'], [], 'com.example'),
      ),
    );
    expect(localFunctionDomains(bytes)).toEqual(['com.example']);
    const info = inspectOnnx(bytes);
    expect(info.opTypes).toEqual(['com.example:Foo']);
    const [custom] = runtimeChecks(info, RUNTIME, { localFunctionDomains: localFunctionDomains(bytes) }).filter(
      (c) => c.feature === 'com.example',
    );
    expect(custom?.status).toBe('pass');
    expect(await loads(bytes)).toBe(true);
    // Without the function ONNX Runtime refuses the op, as the check says.
    const bare = tinyModel(
      10,
      [{ domain: 'com.example', version: 1 }],
      makeNode('Foo', ['x'], ['y'], [], 'com.example'),
    );
    expect(localFunctionDomains(bare)).toEqual([]);
    expect(await loads(bare)).toMatch(/not a registered function\/op/);
  });

  it('fails execution providers this machine cannot use, and always passes cpu', () => {
    const available: ExecutionProviderAvailability[] = [
      { name: 'cpu', available: true, reason: 'bundled with onnxruntime-node' },
      { name: 'cuda', available: false, reason: 'onnxruntime-node was installed without its cuda provider library' },
    ];
    const checks = runtimeChecks(fakeInfo({}), RUNTIME, {
      executionProviders: ['CUDAExecutionProvider', 'CPUExecutionProvider', 'DmlExecutionProvider'],
      availableProviders: available,
    }).filter((c) => c.check === 'runtime.execution-provider');
    expect(checks.map(({ status, feature, value }) => ({ status, feature, value }))).toEqual([
      { status: 'fail', feature: 'cuda', value: 'CUDAExecutionProvider' },
      { status: 'pass', feature: 'cpu', value: 'CPUExecutionProvider' },
      { status: 'fail', feature: 'dml', value: 'DmlExecutionProvider' },
    ]);
    expect(checks[0]?.message).toMatch(
      /execution provider cuda is not available .*installed without its cuda provider/,
    );
    expect(checks[2]?.message).toMatch(/it is not built in \(this build has: cpu, cuda\)/);
  });

  it("reports this machine's providers: cpu always, cuda only with its provider library", async () => {
    const providers = await availableExecutionProviders();
    expect(providers.find((p) => p.name === 'cpu')?.available).toBe(true);
    const cuda = providers.find((p) => p.name === 'cuda');
    if (cuda !== undefined && !cuda.available) expect(cuda.reason).toMatch(/ONNXRUNTIME_NODE_INSTALL=cuda12/);
  });

  it.each([
    {
      modelBytes: 10 * 2 ** 20,
      limit: 2 ** 20,
      status: 'fail',
      message: /model file alone \(10\.0 MiB\) is larger than the memory limit \(1\.0 MiB\)/,
    },
    { modelBytes: 2 ** 20, limit: 2 ** 30, status: 'pass', message: /fits the memory limit/ },
  ])('checks a $modelBytes-byte model file against a $limit-byte limit', ({ modelBytes, limit, status, message }) => {
    const check = runtimeChecks(fakeInfo({}), RUNTIME, { modelBytes, memoryLimitBytes: limit }).find(
      (c) => c.check === 'runtime.model-size',
    );
    expect(check).toMatchObject({ status, value: modelBytes, threshold: limit });
    expect(check?.message).toMatch(message);
  });

  it('normalizes provider names', () => {
    expect(
      ['CUDAExecutionProvider', 'cpu', 'TensorrtExecutionProvider', ' WebGpuExecutionProvider '].map(
        normalizeExecutionProvider,
      ),
    ).toEqual(['cuda', 'cpu', 'tensorrt', 'webgpu']);
  });
});

describe('measureLoad', () => {
  const temp = useSharedTempDir('mlops-compat-');
  let modelPath: string;
  beforeAll(async () => {
    modelPath = temp.path('model.onnx');
    await writeFile(modelPath, exportTabularModel(binarySpec()));
  });

  it('loads a real model in a child process and measures its time and memory', async () => {
    const measure = await measureLoad(modelPath, { timeoutMs: 20_000, retries: 0, executionProviders: ['cpu'] });
    expect(measure.error).toBeUndefined();
    expect(measure.attempts).toBe(1);
    expect(measure.loadSeconds).toBeGreaterThan(0);
    expect(measure.loadSeconds).toBeCloseTo((measure.sessionSeconds ?? 0) + (measure.firstInferenceSeconds ?? 0), 9);
    expect(measure.baselineRssBytes).toBeGreaterThan(10 * 2 ** 20);
    expect(measure.peakRssBytes).toBeGreaterThan(measure.baselineRssBytes ?? Number.POSITIVE_INFINITY);

    expect(brief(loadChecks(measure, { loadTimeoutSeconds: 60 }))).toEqual([
      { check: 'load.success', status: 'pass', feature: undefined },
      { check: 'load.time', status: 'pass', feature: undefined },
      { check: 'load.memory', status: 'pass', feature: undefined },
    ]);
    const tight = loadChecks(measure, { loadTimeoutSeconds: 1e-9, memoryLimitBytes: 2 ** 20 });
    expect(tight.map((c) => c.status)).toEqual(['pass', 'fail', 'fail']);
    expect(tight[2]?.message).toMatch(
      /peak memory .* MiB \(the model's own share .* MiB\) is over the limit of 1\.0 MiB/,
    );
  });

  it('gives a broken model file an error after the given retries', async () => {
    const broken = temp.path('broken.onnx');
    await writeFile(broken, 'this is not an ONNX model');
    const started = performance.now();
    const measure = await measureLoad(broken, { timeoutMs: 20_000, retries: 1, executionProviders: ['cpu'] });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(measure).toMatchObject({ attempts: 2, loadSeconds: null, sessionSeconds: null });
    expect(measure.error).toMatch(/^ONNX Runtime could not load the model: /);
    expect(measure.failures).toHaveLength(2);
    const checks = loadChecks(measure, { loadTimeoutSeconds: 60, memoryLimitBytes: 2 ** 30 });
    expect(checks.map((c) => c.status)).toEqual(['fail', 'skip', 'skip']);
    expect(checks[0]?.message).toMatch(
      /did not load and answer after 2 attempts: ONNX Runtime could not load the model/,
    );
  });

  it('kills an attempt that runs past the timeout', async () => {
    const started = performance.now();
    const measure = await measureLoad(modelPath, { timeoutMs: 50, retries: 0, executionProviders: ['cpu'] });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(measure.attempts).toBe(1);
    expect(measure.error).toMatch(/did not load and answer a first request within 0\.05 s \(killed\)/);
  });

  it('reports an execution provider the machine lacks as a load failure', async () => {
    const cuda = (await availableExecutionProviders()).find((p) => p.name === 'cuda');
    if (cuda?.available === true) return; // a CUDA machine with the provider installed: nothing to show here
    const measure = await measureLoad(modelPath, {
      timeoutMs: 20_000,
      retries: 0,
      executionProviders: ['CUDAExecutionProvider'],
    });
    expect(measure.error).toMatch(/could not load the model: .*(cuda|CUDA|backend not found)/i);
  });

  it('reports a missing runtime module', async () => {
    const missing = temp.path('no-such-runtime.js');
    expect(existsSync(missing)).toBe(false);
    const measure = await measureLoad(modelPath, {
      timeoutMs: 20_000,
      retries: 0,
      executionProviders: ['cpu'],
      ortModulePath: missing,
    });
    expect(measure.error).toMatch(/^onnxruntime-node could not be loaded: Cannot find module/);
  });
});

describe('loadChecks', () => {
  const measured: LoadMeasurement = {
    loadSeconds: 0.5,
    sessionSeconds: 0.4,
    firstInferenceSeconds: 0.1,
    peakRssBytes: 300 * 2 ** 20,
    baselineRssBytes: 100 * 2 ** 20,
    attempts: 2,
    failures: ['the load probe was killed by SIGKILL before reporting (out of memory?)'],
  };
  it('warns about a load that needed a retry', () => {
    const [success, time, memory] = loadChecks(measured, { loadTimeoutSeconds: 1, memoryLimitBytes: 512 * 2 ** 20 });
    expect(success).toMatchObject({ status: 'warn' });
    expect(success?.message).toMatch(/loaded only on attempt 2; earlier attempts failed: the load probe was killed/);
    expect(time).toMatchObject({ status: 'pass', value: 0.5, threshold: 1 });
    expect(memory).toMatchObject({ status: 'pass', value: 300 * 2 ** 20, threshold: 512 * 2 ** 20 });
    expect(memory?.message).toBe(
      "peak memory 300.0 MiB (the model's own share 200.0 MiB) is within the limit of 512.0 MiB",
    );
  });
});

describe('parseMemoryLimit', () => {
  it.each([
    ['512Mi', 512 * 2 ** 20],
    ['2Gi', 2 * 2 ** 30],
    ['1G', 1e9],
    ['300MB', 300e6],
    ['1048576', 1048576],
    ['64Ki', 65536],
    ['1.5Gi', 1.5 * 2 ** 30],
    ['2GiB', 2 * 2 ** 30],
    ['100k', 1e5],
    ['1Ti', 2 ** 40],
    [' 256 Mi ', 256 * 2 ** 20],
    ['129e6', 129e6],
    ['4096B', 4096],
  ])('%s is %d bytes', (text, bytes) => {
    expect(parseMemoryLimit(text)).toBe(bytes);
  });

  it.each([
    ['', /is not a memory quantity/],
    ['lots', /is not a memory quantity/],
    ['-5Mi', /is not a memory quantity/],
    ['1.2.3G', /is not a memory quantity/],
    ['512m', /is ambiguous/],
    ['12Xi', /unknown unit "Xi"/],
    ['0', /is not a positive amount/],
    ['9999Ei', /is too large/],
  ])('refuses %j', (text, message) => {
    expect(() => parseMemoryLimit(text)).toThrow(message);
    expect(() => parseMemoryLimit(text)).toThrow(/write a quantity such as 512Mi, 2Gi/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// A local function `com.example:Foo(a) = Identity(a)`, appended as ModelProto.functions (field 25): protobuf
// concatenation appends a repeated field, and the suite's encoder has no functions of its own.

function withLocalFunction(model: Uint8Array): Uint8Array {
  const node = concat(text(1, 'a'), text(2, 'b'), text(4, 'Identity'));
  const opset = concat(text(1, ''), varintField(2, 17));
  const fn = concat(
    text(1, 'Foo'),
    text(4, 'a'),
    text(5, 'b'),
    bytesField(7, node),
    bytesField(9, opset),
    text(10, 'com.example'),
  );
  return concat(model, bytesField(25, fn));
}

function varint(value: number): number[] {
  const out: number[] = [];
  while (value >= 0x80) {
    out.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  out.push(value);
  return out;
}

function varintField(field: number, value: number): Uint8Array {
  return Uint8Array.from([...varint(field * 8), ...varint(value)]);
}

function bytesField(field: number, payload: Uint8Array): Uint8Array {
  return concat(Uint8Array.from([...varint(field * 8 + 2), ...varint(payload.length)]), payload);
}

function text(field: number, value: string): Uint8Array {
  return bytesField(field, new TextEncoder().encode(value));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
