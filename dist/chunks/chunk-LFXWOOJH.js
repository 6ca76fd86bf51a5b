import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  ConfigurationError,
  describeThrown
} from "./chunk-OEHKQAJV.js";

// src/actions/run.ts
var EXIT_PASSED = 0;
var EXIT_GATE_FAILED = 1;
var EXIT_CONFIGURATION = 2;
var EXIT_INTERNAL = 3;
async function runOrchestrator(orchestrator, io) {
  try {
    const outcome = await orchestrator(io);
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
function notImplemented(action) {
  return async () => {
    throw new ConfigurationError(
      `${action} is not implemented yet in this version of mlops-actions; remove the step or pin a release that has it`
    );
  };
}

export {
  EXIT_CONFIGURATION,
  runOrchestrator,
  notImplemented
};
