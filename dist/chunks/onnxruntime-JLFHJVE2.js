import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  ConfigurationError,
  shorten
} from "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";

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
    await options.cache.save([directory], key).catch((error) => {
      options.log(
        `onnxruntime-node: not saved to the Actions cache (${String(error)}); the next run installs it again`
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
      (error) => reject(
        new ConfigurationError(`cannot run ${command} to install onnxruntime-node: ${error.code ?? error.message}`)
      )
    );
    child.on("close", (code) => resolve({ code, output }));
  });
}
function defaultToolCache(env = process.env) {
  return env.RUNNER_TOOL_CACHE ?? path.join(os.tmpdir(), "mlops-actions-tools");
}
export {
  defaultToolCache,
  installOnnxRuntime,
  runtimeCacheKey
};
