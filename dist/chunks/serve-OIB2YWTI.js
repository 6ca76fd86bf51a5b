import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  DEFAULT_SERVE_OPTIONS,
  serveUntilSignal,
  startServer
} from "./chunk-ZWJQIIIO.js";
import "./chunk-ISHP52YF.js";
import {
  loadModelUnderTest
} from "./chunk-E2XHC4IF.js";
import "./chunk-CPEI5QS6.js";
import "./chunk-4RJOQMT2.js";
import "./chunk-YNCSL7WP.js";
import "./chunk-HJIXDHLD.js";
import "./chunk-LE5632HT.js";
import "./chunk-QTAPR7R5.js";
import "./chunk-KHYRHHGG.js";
import "./chunk-KNVOZRVJ.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-5BLKW2OX.js";
import "./chunk-IX446UGZ.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-TPMIUAPN.js";
import "./chunk-HMXGF6KM.js";
import {
  EXIT_CONFIGURATION,
  EXIT_INTERNAL
} from "./chunk-BQYLOU6Z.js";
import {
  ConfigurationError,
  describeThrown
} from "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";

// src/cli/serve.ts
import { parseArgs } from "node:util";
var HELP = `mlops serve: run the prediction server on a model package (the server check-serving-compat tests).

Usage: mlops serve <model-package | model.onnx> [options]

Options:
  --features a,b,c           feature columns, for a bare model.onnx
  --host HOST                interface to bind (default ${DEFAULT_SERVE_OPTIONS.host}; 0.0.0.0 in a container)
  --port N                   port (default ${DEFAULT_SERVE_OPTIONS.port}; 0 picks a free one)
  --max-concurrent N         inferences at once (default ${DEFAULT_SERVE_OPTIONS.maxConcurrent})
  --max-queue N              requests waiting beyond that; more get 503 + Retry-After (default ${DEFAULT_SERVE_OPTIONS.maxQueue})
  --timeout-ms N             per-request timeout, then 504 (default ${DEFAULT_SERVE_OPTIONS.requestTimeoutMs})
  --max-body-bytes N         larger bodies get 413 (default ${DEFAULT_SERVE_OPTIONS.maxBodyBytes})
  --batch-delay-ms N         dynamic batching: wait up to N ms to gather requests into one inference
  --batch-max-rows N         dynamic batching: at most N rows per inference (default 256 when batching)
  --execution-providers L    ONNX Runtime providers, e.g. cuda,cpu (default cpu)

Endpoints: GET /v2/health/live, /v2/health/ready, /v2/models/{name}, /v2/models/{name}/ready,
POST /v2/models/{name}/infer (Open Inference Protocol), POST /v1/models/{name}:predict ({"instances": [...]}),
GET /metrics (Prometheus). SIGTERM finishes in-flight requests, then exits.`;
function integer(values, name, fallback, min) {
  const text = values[name];
  if (typeof text !== "string") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new ConfigurationError(`--${name} is "${text}"; expected a whole number \u2265 ${min}`);
  return value;
}
async function serveCommand(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: "boolean" },
        features: { type: "string" },
        host: { type: "string" },
        port: { type: "string" },
        "max-concurrent": { type: "string" },
        "max-queue": { type: "string" },
        "timeout-ms": { type: "string" },
        "max-body-bytes": { type: "string" },
        "batch-delay-ms": { type: "string" },
        "batch-max-rows": { type: "string" },
        "execution-providers": { type: "string" }
      }
    });
  } catch (error) {
    process.stderr.write(`mlops serve: ${error.message.split("\n")[0]}; see 'mlops serve --help'
`);
    return EXIT_CONFIGURATION;
  }
  const values = parsed.values;
  if (values.help === true) {
    process.stdout.write(`${HELP}
`);
    return 0;
  }
  try {
    const [modelPath, ...extra] = parsed.positionals;
    if (modelPath === void 0 || extra.length > 0)
      throw new ConfigurationError("give exactly one model package (or model.onnx with --features)");
    const features = typeof values.features === "string" ? values.features.split(",").map((name) => name.trim()).filter(Boolean) : [];
    const model = await loadModelUnderTest(modelPath, features);
    const delay = values["batch-delay-ms"];
    const options = {
      host: typeof values.host === "string" ? values.host : DEFAULT_SERVE_OPTIONS.host,
      port: integer(values, "port", DEFAULT_SERVE_OPTIONS.port, 0),
      maxConcurrent: integer(values, "max-concurrent", DEFAULT_SERVE_OPTIONS.maxConcurrent, 1),
      maxQueue: integer(values, "max-queue", DEFAULT_SERVE_OPTIONS.maxQueue, 0),
      requestTimeoutMs: integer(values, "timeout-ms", DEFAULT_SERVE_OPTIONS.requestTimeoutMs, 1),
      maxBodyBytes: integer(values, "max-body-bytes", DEFAULT_SERVE_OPTIONS.maxBodyBytes, 1),
      executionProviders: typeof values["execution-providers"] === "string" ? values["execution-providers"].split(",").map((p) => p.trim()) : ["cpu"],
      ...delay === void 0 ? {} : {
        batching: {
          maxDelayMs: integer(values, "batch-delay-ms", 2, 0),
          maxRows: integer(values, "batch-max-rows", 256, 1)
        }
      }
    };
    const running = await startServer(model, options);
    process.stdout.write(
      `mlops serve: ${model.name} ${model.version} on ${running.url} (model name in URLs: ${running.modelName})
`
    );
    await serveUntilSignal(running);
    return 0;
  } catch (error) {
    process.stderr.write(`mlops serve: error: ${describeThrown(error)}
`);
    return error instanceof ConfigurationError ? EXIT_CONFIGURATION : EXIT_INTERNAL;
  }
}
export {
  serveCommand
};
