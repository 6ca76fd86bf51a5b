import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  ONNXRUNTIME_NODE_VERSION,
  registerRemoteStepCache
} from "./chunk-LPSLV72K.js";
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
} from "./chunk-BAZBYZE6.js";
import {
  ConfigurationError,
  shorten
} from "./chunk-FCHSJP6A.js";

// src/github/actions-cache.ts
function actionsCacheEnabled(env = process.env) {
  return env.MLOPS_ACTIONS_CACHE !== "false";
}
async function actionsStepCache(env = process.env, load = () => import("./cache-QXLPVHEA.js")) {
  if (!actionsCacheEnabled(env)) return void 0;
  const cache = await load();
  if (!cache.isFeatureAvailable()) return void 0;
  return {
    restore: async (paths, key) => await cache.restoreCache(paths, key) !== void 0,
    save: async (paths, key) => {
      if (await cache.saveCache(paths, key) === -1)
        throw new Error("the Actions cache did not store it (its reason is in the log above)");
    }
  };
}

// src/github/onnxruntime.ts
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
var MARKER = ".mlops-complete";
function runtimeCacheKey(version, cuda, platform = process.platform, arch = process.arch) {
  return `mlops-actions-onnxruntime-node-${version}-${platform}-${arch}${cuda ? "-cuda12" : ""}`;
}
async function installOnnxRuntime(options) {
  const cuda = options.executionProviders.includes("cuda");
  const key = runtimeCacheKey(options.version, cuda);
  const directory = path.join(options.toolCache, "mlops-actions", key);
  const marker = path.join(directory, MARKER);
  if (existsSync(marker)) return directory;
  if (options.cache !== void 0 && await options.cache.restore([directory], key) && existsSync(marker)) {
    options.log(`onnxruntime-node ${options.version}: restored from the Actions cache (${key})`);
    return directory;
  }
  options.log(`onnxruntime-node ${options.version}: installing into ${directory}`);
  await rm(directory, { recursive: true, force: true });
  await mkdir(directory, { recursive: true });
  await writeFile(path.join(directory, "package.json"), '{"name":"mlops-actions-runtime","private":true}\n');
  const spec = options.packageSpec ?? `onnxruntime-node@${options.version}`;
  const npm = options.npm ?? (process.platform === "win32" ? "npm.cmd" : "npm");
  const args = ["install", "--no-save", "--no-audit", "--no-fund", "--no-package-lock", "--omit=dev", spec];
  const env = { ...process.env, ONNXRUNTIME_NODE_INSTALL: cuda ? "cuda12" : "skip" };
  const { code, output } = await run(npm, args, directory, env);
  if (code !== 0) {
    throw new ConfigurationError(
      `installing onnxruntime-node ${options.version} failed (npm exit code ${code}): ${shorten(output.trim().split("\n").slice(-3).join(" | "), 300)}; check the runner's access to the npm registry (.npmrc)`
    );
  }
  await writeFile(marker, `${(/* @__PURE__ */ new Date()).toISOString()}
`);
  if (options.cache !== void 0) {
    await options.cache.save([directory], key).catch((error2) => {
      options.log(
        `onnxruntime-node: not saved to the Actions cache (${String(error2)}); the next run installs it again`
      );
    });
  }
  return directory;
}
function run(command, args, cwd, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk) => {
      output += chunk;
    });
    child.on(
      "error",
      (error2) => reject(
        new ConfigurationError(`cannot run ${command} to install onnxruntime-node: ${error2.code ?? error2.message}`)
      )
    );
    child.on("close", (code) => resolve({ code, output }));
  });
}
function defaultToolCache(env = process.env) {
  return env.RUNNER_TOOL_CACHE ?? path.join(os.tmpdir(), "mlops-actions-tools");
}

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
    const cache = await import("./cache-QXLPVHEA.js");
    const actionsCache = {
      restore: async (paths, key) => await cache.restoreCache(paths, key) !== void 0,
      save: async (paths, key) => {
        await cache.saveCache(paths, key);
      }
    };
    return installOnnxRuntime({
      version: ONNXRUNTIME_NODE_VERSION,
      executionProviders: getInput("execution-providers").split(/[\s,]+/).filter((provider) => provider !== ""),
      toolCache: defaultToolCache(),
      // Staging and production workflows set MLOPS_ACTIONS_CACHE=false: no cache restore where poisoning matters.
      ...cache.isFeatureAvailable() && actionsCacheEnabled() ? { cache: actionsCache } : {},
      log: (line) => info(line)
    });
  });
  registerRemoteStepCache(() => actionsStepCache());
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
