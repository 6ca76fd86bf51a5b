import * as core from '@actions/core';
import type { ActionIO, Orchestrator } from '../actions/io.js';
import { runOrchestrator } from '../actions/run.js';
import { registerRemoteStepCache } from '../cache/remote.js';
import { ONNXRUNTIME_NODE_VERSION } from '../generated/versions.generated.js';
import { registerRuntimeInstaller } from '../model/runtime.js';

/** Step summaries above 1 MiB are rejected by GitHub; keep a margin for the truncation note. */
const MAX_SUMMARY_BYTES = 1_000_000;

/** The GitHub side of ActionIO: step outputs, job summary, annotations and the step's log. */
export function githubIO(): ActionIO {
  return {
    input: (name) => {
      const value = core.getInput(name);
      return value === '' ? undefined : value;
    },
    setOutput: (name, value) => core.setOutput(name, value),
    summary: async (markdown) => {
      const bytes = Buffer.byteLength(markdown);
      const text =
        bytes <= MAX_SUMMARY_BYTES
          ? markdown
          : `${Buffer.from(markdown).subarray(0, MAX_SUMMARY_BYTES).toString('utf8')}\n\n… truncated: the full result is in the result file.\n`;
      await core.summary.addRaw(text).write();
    },
    report: (text) => core.info(text),
    annotate: (level, message, location) => {
      const properties = location === undefined ? {} : { file: location.file, startLine: location.line };
      if (level === 'error') core.error(message, properties);
      else if (level === 'warning') core.warning(message, properties);
      else core.notice(message, properties);
    },
    result: () => {},
  };
}

/** Entry point of every action: run, then turn the outcome into the step's status. */
export async function runAsGitHubAction(action: string, orchestrator: Orchestrator): Promise<void> {
  // dist/ carries no native code: ONNX Runtime is installed on first use, once per runner image and version.
  registerRuntimeInstaller(async () => {
    // Loaded only when needed: the cache client is large and most runs find the runtime already there.
    const [{ defaultToolCache, installOnnxRuntime }, { actionsCache }] = await Promise.all([
      import('./onnxruntime.js'),
      import('./actions-cache.js'),
    ]);
    // Undefined where MLOPS_ACTIONS_CACHE=false (staging, production: no restore where poisoning matters) or
    // where the runner has no cache service.
    const cache = await actionsCache();
    return installOnnxRuntime({
      version: ONNXRUNTIME_NODE_VERSION,
      executionProviders: core
        .getInput('execution-providers')
        .split(/[\s,]+/)
        .filter((provider) => provider !== ''),
      toolCache: defaultToolCache(),
      ...(cache === undefined ? {} : { cache }),
      log: (line) => core.info(line),
    });
  });
  // The step cache's remote tier, so a pipeline resumes on a fresh runner; off where MLOPS_ACTIONS_CACHE=false.
  registerRemoteStepCache(async () => (await import('./actions-cache.js')).actionsCache());
  const { exitCode, failure } = await runOrchestrator(orchestrator, githubIO(), action);
  if (failure !== undefined) {
    if (failure.stack !== undefined) core.debug(failure.stack);
    core.setFailed(`${action}: ${failure.message}`);
  } else if (exitCode !== 0) {
    core.setFailed(`${action}: the gate failed; see the job summary for every check`);
  }
}
