/**
 * The program `measureLoad` runs in a child process, so the memory and time it reports are the model's and the
 * runtime's alone, not those of whatever process asked (a test runner, the CLI with its data already read).
 *
 * It is kept as source text run with `node --input-type=module -e`, not as a file: the same code then works from
 * the TypeScript sources under vitest and from the esbuild bundle in dist/, with no second entry point to build
 * or locate. It is plain JavaScript, so it is kept small; `test/serve/compat.test.ts` runs it for real.
 */

/** Environment variable carrying the JSON-encoded ProbeRequest to the child. */
export const PROBE_ENV = 'MLOPS_MEMORY_PROBE';

/** Prefix of the one stdout line with the result; ONNX Runtime may write its own log lines around it. */
export const PROBE_MARKER = 'MLOPS_MEMORY_PROBE_RESULT ';

export interface ProbeRequest {
  /** Absolute path of onnxruntime-node's entry, as the parent resolved it (the child has no module context). */
  ortPath: string;
  modelPath: string;
  /** ONNX Runtime's names: 'cpu', 'cuda', … */
  executionProviders: string[];
}

export type ProbeStage = 'runtime' | 'load' | 'inference';

export type ProbeReport =
  | {
      ok: true;
      /** RSS after the runtime was loaded and before the model was. */
      baselineRssBytes: number;
      /** getrusage's maxrss of the whole child: node, the runtime, the model and one inference. */
      peakRssBytes: number;
      sessionSeconds: number;
      firstInferenceSeconds: number;
    }
  | {
      ok: false;
      stage: ProbeStage;
      error: string;
      baselineRssBytes: number | null;
      peakRssBytes: number;
    };

/**
 * The child's program. It reads its ProbeRequest from PROBE_ENV, loads the model, feeds one row of zeros (empty
 * strings for string inputs) shaped as the session declares (every dynamic dimension 1), and prints one
 * PROBE_MARKER line before exiting: 0 when the model loaded and answered, 1 otherwise.
 */
export function memoryProbeSource(): string {
  return `
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const request = JSON.parse(process.env[${JSON.stringify(PROBE_ENV)}]);
const marker = ${JSON.stringify(PROBE_MARKER)};
const finish = (result, code) => {
  const line = marker + JSON.stringify({ ...result, peakRssBytes: process.resourceUsage().maxRSS * 1024 }) + '\\n';
  process.stdout.write(line, () => process.exit(code));
};
const ARRAYS = {
  float32: Float32Array, float64: Float64Array, float16: Uint16Array,
  int8: Int8Array, uint8: Uint8Array, int16: Int16Array, uint16: Uint16Array,
  int32: Int32Array, uint32: Uint32Array, int64: BigInt64Array, uint64: BigUint64Array, bool: Uint8Array,
};

let stage = 'runtime';
let baselineRssBytes = null;
try {
  const ort = createRequire(request.ortPath)(request.ortPath);
  ort.env.logLevel = 'error';
  baselineRssBytes = process.memoryUsage().rss;
  stage = 'load';
  const started = performance.now();
  const session = await ort.InferenceSession.create(request.modelPath, {
    executionProviders: request.executionProviders,
    graphOptimizationLevel: 'all',
  });
  const loaded = performance.now();
  stage = 'inference';
  const feeds = {};
  for (const input of session.inputMetadata) {
    if (!input.isTensor) throw new Error('input "' + input.name + '" is not a tensor; the probe feeds tensors only');
    const dims = input.shape.map((dim) => (typeof dim === 'number' && dim >= 0 ? dim : 1));
    const size = dims.reduce((product, dim) => product * dim, 1);
    if (input.type === 'string') {
      feeds[input.name] = new ort.Tensor('string', new Array(size).fill(''), dims);
    } else {
      const ArrayType = ARRAYS[input.type];
      if (ArrayType === undefined) throw new Error('input "' + input.name + '" has type ' + input.type + ', which the probe cannot fill');
      feeds[input.name] = new ort.Tensor(input.type, new ArrayType(size), dims);
    }
  }
  await session.run(feeds);
  const answered = performance.now();
  await session.release();
  finish({
    ok: true,
    baselineRssBytes,
    sessionSeconds: (loaded - started) / 1000,
    firstInferenceSeconds: (answered - loaded) / 1000,
  }, 0);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  finish({ ok: false, stage, error: message.trim().slice(0, 2000), baselineRssBytes }, 1);
}
`;
}

/** The child's report from its stdout, or undefined when it printed none (it crashed or was killed). */
export function parseProbeOutput(stdout: string): ProbeReport | undefined {
  const line = stdout
    .split('\n')
    .reverse()
    .find((candidate) => candidate.startsWith(PROBE_MARKER));
  if (line === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(line.slice(PROBE_MARKER.length));
    return isProbeReport(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isProbeReport(value: unknown): value is ProbeReport {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  if (typeof record.peakRssBytes !== 'number') return false;
  if (record.ok === true) {
    return (
      typeof record.baselineRssBytes === 'number' &&
      typeof record.sessionSeconds === 'number' &&
      typeof record.firstInferenceSeconds === 'number'
    );
  }
  return (
    record.ok === false &&
    typeof record.error === 'string' &&
    (record.stage === 'runtime' || record.stage === 'load' || record.stage === 'inference') &&
    (record.baselineRssBytes === null || typeof record.baselineRssBytes === 'number')
  );
}
