import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  ConfigurationError,
  describeThrown
} from "./chunk-FCHSJP6A.js";

// src/actions/run.ts
var EXIT_PASSED = 0;
var EXIT_GATE_FAILED = 1;
var EXIT_CONFIGURATION = 2;
var EXIT_INTERNAL = 3;
async function runOrchestrator(orchestrator, io, component = "mlops") {
  const startedAt = /* @__PURE__ */ new Date();
  try {
    const outcome = await orchestrator(io);
    if (outcome.lineage !== void 0) await recordLineage(io, component, outcome, startedAt);
    return { exitCode: outcome.passed ? EXIT_PASSED : EXIT_GATE_FAILED };
  } catch (thrown) {
    if (thrown instanceof ConfigurationError) {
      return { exitCode: EXIT_CONFIGURATION, failure: { kind: "configuration", message: describeThrown(thrown) } };
    }
    const stack = thrown instanceof Error ? thrown.stack : void 0;
    return {
      exitCode: EXIT_INTERNAL,
      failure: {
        kind: "internal",
        message: `internal error (please report it with the log): ${describeThrown(thrown)}`,
        ...stack === void 0 ? {} : { stack }
      }
    };
  }
}
async function recordLineage(io, component, outcome, startedAt) {
  const lineage = outcome.lineage;
  try {
    const { openRegistry, lineageStoreFor } = await import("./open-6RZG7JAT.js");
    const { buildLineageRecord } = await import("./store-KGCQ4ZSH.js");
    const store = lineageStoreFor(openRegistry(lineage.registry ?? ".mlops/registry"), ".mlops/lineage");
    const { registry: _registry, ...details } = lineage;
    await store.append(
      buildLineageRecord({
        component,
        startedAt,
        endedAt: /* @__PURE__ */ new Date(),
        status: outcome.passed ? "passed" : "failed",
        ...details
      })
    );
  } catch (error) {
    io.report(`lineage: the run was not recorded (${describeThrown(error, 200)})`);
  }
}

export {
  EXIT_CONFIGURATION,
  EXIT_INTERNAL,
  runOrchestrator
};
