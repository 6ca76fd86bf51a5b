import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  ONNXRUNTIME_NODE_VERSION
} from "./chunk-YTIGI7PO.js";
import {
  registerRemoteStepCache
} from "./chunk-HROKZJG6.js";
import {
  debug,
  error,
  getInput,
  info,
  notice,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-E2YRSRW4.js";
import {
  registerRuntimeInstaller
} from "./chunk-HMXGF6KM.js";
import {
  runOrchestrator
} from "./chunk-BQYLOU6Z.js";

// src/github/action.ts
var MAX_SUMMARY_BYTES = 1e6;
function githubIO() {
  return {
    input: (name) => {
      const value = getInput(name);
      return value === "" ? void 0 : value;
    },
    setOutput: (name, value) => setOutput(name, value),
    summary: async (markdown) => {
      const bytes = Buffer.byteLength(markdown);
      const text = bytes <= MAX_SUMMARY_BYTES ? markdown : `${Buffer.from(markdown).subarray(0, MAX_SUMMARY_BYTES).toString("utf8")}

\u2026 truncated: the full result is in the result file.
`;
      await summary.addRaw(text).write();
    },
    report: (text) => info(text),
    annotate: (level, message, location) => {
      const properties = location === void 0 ? {} : { file: location.file, startLine: location.line };
      if (level === "error") error(message, properties);
      else if (level === "warning") warning(message, properties);
      else notice(message, properties);
    },
    result: () => {
    }
  };
}
async function runAsGitHubAction(action, orchestrator) {
  registerRuntimeInstaller(async () => {
    const [{ defaultToolCache, installOnnxRuntime }, { actionsCache }] = await Promise.all([
      import("./onnxruntime-JLFHJVE2.js"),
      import("./actions-cache-YW6SJUJN.js")
    ]);
    const cache = await actionsCache();
    return installOnnxRuntime({
      version: ONNXRUNTIME_NODE_VERSION,
      executionProviders: getInput("execution-providers").split(/[\s,]+/).filter((provider) => provider !== ""),
      toolCache: defaultToolCache(),
      ...cache === void 0 ? {} : { cache },
      log: (line) => info(line)
    });
  });
  registerRemoteStepCache(async () => (await import("./actions-cache-YW6SJUJN.js")).actionsCache());
  const { exitCode, failure } = await runOrchestrator(orchestrator, githubIO(), action);
  if (failure !== void 0) {
    if (failure.stack !== void 0) debug(failure.stack);
    setFailed(`${action}: ${failure.message}`);
  } else if (exitCode !== 0) {
    setFailed(`${action}: the gate failed; see the job summary for every check`);
  }
}

export {
  runAsGitHubAction
};
