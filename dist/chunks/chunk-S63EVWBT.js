import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  DEFAULT_REQUIREMENTS,
  EVIDENCE_KINDS,
  EVIDENCE_SOURCES
} from "./chunk-WODD43Q5.js";
import {
  STAGES
} from "./chunk-KO3WFQKK.js";
import {
  checksLines,
  checksTable
} from "./chunk-UZ3AVPPC.js";
import {
  ActionInputs,
  configSection,
  setOutputs
} from "./chunk-SC2UPTYI.js";
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";

// src/actions/promote.ts
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
var ACTION = "promote";
var ATTEST_MODES = ["auto", "true", "false"];
async function currentCommit() {
  if (process.env.GITHUB_SHA) return process.env.GITHUB_SHA;
  try {
    return (await promisify(execFile)("git", ["rev-parse", "HEAD"], { timeout: 5e3 })).stdout.trim();
  } catch {
    return void 0;
  }
}
function kindList(value, key) {
  if (!Array.isArray(value) || !value.every((item) => EVIDENCE_KINDS.includes(item))) {
    throw new ConfigurationError(
      `mlops.yml: \`promote.requirements.${key}\` must be a list of ${EVIDENCE_KINDS.join(", ")}`
    );
  }
  return value;
}
async function runPromote(io) {
  const inputs = await ActionInputs.load(ACTION, io);
  const section = configSection(inputs.config, ACTION);
  const output = inputs.string("output") ?? path.join(".mlops", ACTION);
  const requested = inputs.string("to");
  if (requested === void 0) throw new ConfigurationError(`${ACTION}: set \`to\` (${STAGES.join(", ")})`);
  const to = inputs.oneOf("to", STAGES, requested);
  const registryLocation = inputs.string("registry") ?? path.join(".mlops", "registry");
  const registry = (await import("./open-6RZG7JAT.js")).openRegistry(registryLocation);
  const configuredEvidence = section.evidence ?? {};
  const evidenceFiles = new Map(
    EVIDENCE_KINDS.map((kind) => [
      kind,
      configuredEvidence[kind] === void 0 ? EVIDENCE_SOURCES[kind].file : inputs.configPath(configuredEvidence[kind])
    ])
  );
  const configuredRequirements = section.requirements ?? {};
  const requirements = configuredRequirements[to] === void 0 ? DEFAULT_REQUIREMENTS[to] : kindList(configuredRequirements[to], to);
  const env = process.env;
  const token = inputs.string("github-token");
  const onGitHub = env.GITHUB_ACTIONS === "true" && token !== void 0 && env.GITHUB_REPOSITORY !== void 0;
  const attest = inputs.oneOf("attest", ATTEST_MODES, "auto");
  let deployments;
  let attestations;
  if (onGitHub) {
    const { githubDeploymentPort } = await import("./promote-port-253I43F6.js");
    deployments = githubDeploymentPort({
      token,
      repository: env.GITHUB_REPOSITORY,
      ref: env.GITHUB_SHA ?? "HEAD",
      ...env.GITHUB_API_URL === void 0 ? {} : { apiUrl: env.GITHUB_API_URL },
      registryRecordsDeployments: registryLocation.startsWith("github")
    });
    if (attest !== "false") {
      const { githubAttestationPort } = await import("./attest-port-3P25RBWO.js");
      attestations = githubAttestationPort({
        token,
        repository: env.GITHUB_REPOSITORY,
        ...env.GITHUB_API_URL === void 0 ? {} : { apiUrl: env.GITHUB_API_URL }
      });
    }
  }
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const commit = await currentCommit();
  const model = inputs.string("model");
  const environmentUrl = inputs.string("environment-url");
  const request = {
    registry,
    ...model === void 0 ? {} : { model },
    to,
    rollback: inputs.boolean("rollback", false),
    reason: inputs.string("reason") ?? "no reason given",
    actor: env.GITHUB_ACTOR ?? os.userInfo().username,
    ...runUrl === void 0 ? {} : { runUrl },
    requirements,
    evidenceFiles,
    requiredStagingRuns: inputs.number("required-staging-runs", 1, { min: 0, max: 1e3 }),
    mode: inputs.oneOf("mode", ["deploy-models", "deploy-code"], "deploy-models"),
    ...commit === void 0 ? {} : { commit },
    ...deployments === void 0 ? {} : { deployments },
    allowUnprotectedProduction: inputs.boolean("allow-unprotected-production", false),
    ...environmentUrl === void 0 ? {} : { environmentUrl },
    attest,
    ...attestations === void 0 ? {} : { attestations }
  };
  const result = await (await import("./promote-CNZM7PVM.js")).promote(request);
  await mkdir(output, { recursive: true });
  const auditPath = path.join(output, "audit-entry.json");
  const document = { format: "mlops-actions/promotion", formatVersion: 1, registry: registry.location, ...result };
  await writeFile(auditPath, `${JSON.stringify(document, null, 2)}
`);
  setOutputs(io, ACTION, {
    promoted: String(result.promoted),
    version: result.promoted ? result.version ?? "" : result.previous ?? "",
    "previous-version": result.previous ?? "",
    "deployment-id": result.deploymentId === void 0 ? "" : String(result.deploymentId),
    "audit-entry": auditPath
  });
  for (const check of result.verdict.checks.filter((c) => c.status === "fail").slice(0, 9))
    io.annotate("error", `${check.check}: ${check.message}`);
  const heading = result.promoted ? `## \u2705 promote: ${to} ${result.unchanged ? "already runs" : "now runs"} \`${result.version?.slice(0, 19)}\u2026\`` : `## \u274C promote: ${to} refused for \`${result.version?.slice(0, 19) ?? "?"}\u2026\``;
  await io.summary([heading, "", ...checksTable(result.verdict.checks), ""].join("\n"));
  io.report(
    [
      `promote: ${result.promoted ? "PROMOTED" : "REFUSED"} (${to}, registry ${registry.location})`,
      ...checksLines(result.verdict.checks)
    ].join("\n")
  );
  io.result(document);
  return {
    passed: result.promoted,
    lineage: {
      registry: registryLocation,
      parameters: {
        to,
        rollback: inputs.boolean("rollback", false),
        mode: inputs.oneOf("mode", ["deploy-models", "deploy-code"], "deploy-models"),
        attest
      },
      ...result.version === void 0 ? {} : {
        inputs: [
          {
            id: "model",
            type: "Model",
            uri: `${registry.location}#${result.version}`,
            digest: result.version,
            properties: { stage: to }
          }
        ]
      },
      ...result.previous === void 0 ? {} : { previousModel: result.previous },
      verdicts: [{ kind: "promote", passed: result.promoted }]
    }
  };
}

export {
  runPromote
};
