import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsFileURLToPath(new URL('.', import.meta.url));
import {
  openRegistry
} from "./chunk-LCNFAESY.js";
import {
  ConcurrentUpdateError,
  STAGES
} from "./chunk-SYZIBHDM.js";
import {
  ActionInputs,
  configSection,
  setOutputs
} from "./chunk-3RSZWOQD.js";
import {
  checksLines,
  checksTable
} from "./chunk-5MNTP7TV.js";
import {
  ConfigurationError,
  shorten
} from "./chunk-PUKCIQPK.js";

// src/actions/promote.ts
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

// src/promote/evidence.ts
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
var EVIDENCE_KINDS = ["data", "model", "infra", "perf"];
var EVIDENCE_SOURCES = {
  data: { action: "validate-data", file: ".mlops/validate-data/result.json" },
  model: { action: "compare-baseline", file: ".mlops/compare-baseline/verdict.json" },
  infra: { action: "check-serving-compat", file: ".mlops/check-serving-compat/verdict.json" },
  perf: { action: "load-test", file: ".mlops/load-test/verdict.json" }
};
var DEFAULT_REQUIREMENTS = {
  dev: ["data", "model"],
  staging: ["data", "model", "infra", "perf"],
  production: ["data", "model", "infra", "perf"]
};
async function readVerdictFile(kind, path2) {
  let bytes;
  try {
    bytes = await readFile(path2);
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new ConfigurationError(`cannot read the ${kind} verdict ${path2}: ${error.code}`);
  }
  let document;
  try {
    document = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new ConfigurationError(
      `the ${kind} verdict ${path2} is not valid JSON: ${shorten(bytes.toString("utf8"), 60)}`
    );
  }
  const record = document;
  if (typeof record.verdict?.passed !== "boolean") {
    throw new ConfigurationError(
      `${path2} is not a verdict written by ${EVIDENCE_SOURCES[kind].action} (no verdict.passed)`
    );
  }
  const expectedKind = EVIDENCE_SOURCES[kind].action;
  if (record.verdict.kind !== void 0 && record.verdict.kind !== expectedKind) {
    throw new ConfigurationError(
      `${path2} holds a ${String(record.verdict.kind)} verdict, not the ${expectedKind} verdict the ${kind} evidence needs`
    );
  }
  const version = [record.candidate?.version, record.candidateVersion, record.model?.version].find(
    (value) => typeof value === "string"
  );
  return {
    kind,
    path: path2,
    passed: record.verdict.passed,
    ...version === void 0 ? {} : { version },
    digest: `sha256:${createHash("sha256").update(bytes).digest("hex")}`
  };
}
function evidenceGaps(required, version, fresh, recorded) {
  const gaps = [];
  for (const kind of required) {
    const file = fresh.get(kind);
    const stored = recorded.filter(
      (record) => record.kind === kind && record.passed && (record.version === void 0 || record.version === version)
    );
    if (file === void 0 && stored.length === 0) {
      gaps.push({
        kind,
        problem: "missing",
        message: `no ${kind} verdict: run ${EVIDENCE_SOURCES[kind].action} for ${version.slice(0, 19)}\u2026 (expected at ${EVIDENCE_SOURCES[kind].file} or set promote.evidence.${kind})`
      });
      continue;
    }
    if (file !== void 0 && file.version !== void 0 && file.version !== version) {
      if (stored.length > 0) continue;
      gaps.push({
        kind,
        problem: "other-version",
        message: `the ${kind} verdict ${file.path} judged ${file.version.slice(0, 19)}\u2026, not ${version.slice(0, 19)}\u2026`
      });
      continue;
    }
    if (file !== void 0 && !file.passed && stored.length === 0) {
      gaps.push({
        kind,
        problem: "failed",
        message: `the ${kind} verdict ${file.path} failed: fix what it reports, then re-run ${EVIDENCE_SOURCES[kind].action}`
      });
    }
  }
  return gaps;
}
function toEvidenceRecord(file, version, source, commit) {
  return {
    kind: file.kind,
    passed: file.passed,
    digest: file.digest,
    source,
    version: file.version ?? version,
    ...commit === void 0 ? {} : { commit },
    recordedAt: (/* @__PURE__ */ new Date()).toISOString()
  };
}

// src/promote/promote.ts
import { stat } from "node:fs/promises";
var DIGEST = /^sha256:[0-9a-f]{64}$/;
async function resolveVersion(registry, model) {
  if (DIGEST.test(model)) {
    if (await registry.get(model) === void 0) {
      throw new ConfigurationError(
        `promote: ${model} is not in the registry ${registry.location}; register its package first (give its directory as \`model\`)`
      );
    }
    return model;
  }
  if (STAGES.includes(model)) {
    const current = await registry.current(model);
    if (current === void 0)
      throw new ConfigurationError(`promote: stage ${model} has no model yet, so there is nothing to promote from it`);
    return current;
  }
  const info = await stat(model).catch(() => void 0);
  if (info?.isDirectory() !== true) {
    throw new ConfigurationError(
      `promote: model "${model}" is neither a version (sha256:<hex>), a stage (${STAGES.join(", ")}) nor a model package directory`
    );
  }
  return (await registry.register(model)).version;
}
function check(check2, passed, value, threshold, message) {
  return { check: check2, status: passed ? "pass" : "fail", value, threshold, message };
}
async function promote(request) {
  const { registry, to } = request;
  const previous = await registry.current(to);
  const checks = [];
  let version;
  if (request.rollback) {
    const history = await registry.history(to);
    const last = history[history.length - 1];
    if (last === void 0 || last.previous === null) {
      throw new ConfigurationError(
        `promote: stage ${to} has no earlier version to roll back to (${history.length} promotions recorded)`
      );
    }
    version = last.previous;
    checks.push(
      check(
        "promote.rollback",
        true,
        version,
        null,
        `rolling ${to} back from ${previous?.slice(0, 19) ?? "nothing"}\u2026 to ${version.slice(0, 19)}\u2026, which was live before`
      )
    );
  } else {
    if (request.model === void 0)
      throw new ConfigurationError(
        "promote: set `model` (a version, a stage to promote from, or a package) or `rollback: true`"
      );
    version = await resolveVersion(registry, request.model);
  }
  if (previous === version && !request.rollback) {
    checks.push(
      check("promote.idempotent", true, version, null, `${to} already runs ${version.slice(0, 19)}\u2026; nothing to do`)
    );
    return { verdict: verdictOf(checks), promoted: true, version, previous, unchanged: true };
  }
  const registered = await registry.get(version);
  if (registered === void 0)
    throw new ConfigurationError(`promote: ${version} is not in the registry ${registry.location}`);
  const fresh = /* @__PURE__ */ new Map();
  for (const [kind, file] of request.evidenceFiles) {
    const verdict = await readVerdictFile(kind, file);
    if (verdict !== void 0) fresh.set(kind, verdict);
  }
  if (!request.rollback) {
    const gaps = evidenceGaps(request.requirements, version, fresh, registered.evidence);
    for (const kind of request.requirements) {
      const gap = gaps.find((item) => item.kind === kind);
      checks.push(
        check(
          `evidence.${kind}`,
          gap === void 0,
          gap === void 0 ? "present" : gap.problem,
          "passed verdict for this version",
          gap?.message ?? `${kind} verdict present and passed`
        )
      );
    }
    if (request.mode === "deploy-code") {
      const trainedAt = registered.manifest.lineage.git?.commit;
      const same = request.commit !== void 0 && trainedAt === request.commit;
      checks.push(
        check(
          "promote.code-commit",
          same,
          trainedAt ?? null,
          request.commit ?? null,
          same ? `the model was trained from this commit (${trainedAt?.slice(0, 12)})` : `deploy-code: the model was trained from ${trainedAt?.slice(0, 12) ?? "an unknown commit"}, not from the commit being deployed (${request.commit?.slice(0, 12) ?? "unknown"}); retrain in this stage from the reviewed code`
        )
      );
    }
    if (to === "production") {
      const stagingRuns = (await registry.history("staging")).filter(
        (event2) => event2.version === version && event2.outcome === "success"
      ).length;
      checks.push(
        check(
          "promote.staging-runs",
          stagingRuns >= request.requiredStagingRuns,
          stagingRuns,
          request.requiredStagingRuns,
          `${version.slice(0, 19)}\u2026 had ${stagingRuns} successful staging deployment(s); production needs ${request.requiredStagingRuns}`
        )
      );
    }
  }
  if (to === "production") {
    if (request.deployments === void 0) {
      checks.push({
        check: "promote.environment-protection",
        status: request.allowUnprotectedProduction ? "warn" : "fail",
        value: "not on GitHub",
        threshold: "protected environment",
        message: request.allowUnprotectedProduction ? "not running on GitHub: the production environment protection could not be checked (allowed by allow-unprotected-production)" : "not running on GitHub, so the production environment protection cannot be checked: promote to production from the production workflow, or set allow-unprotected-production: true"
      });
    } else {
      const protection = await request.deployments.protection("production");
      checks.push({
        check: "promote.environment-protection",
        status: protection.protected ? "pass" : request.allowUnprotectedProduction ? "warn" : "fail",
        value: protection.protected,
        threshold: "protected",
        message: protection.protected || !request.allowUnprotectedProduction ? protection.message : `${protection.message} (allowed by allow-unprotected-production)`
      });
    }
  }
  if (checks.some((item) => item.status === "fail")) {
    return { verdict: verdictOf(checks), promoted: false, version, previous, unchanged: false };
  }
  const evidence = [...fresh.values()].map(
    (file) => toEvidenceRecord(file, version, request.runUrl ?? file.path, request.commit)
  );
  for (const record of evidence.filter((item) => item.version === version)) await registry.addEvidence(version, record);
  const event = {
    stage: to,
    version,
    previous: previous ?? null,
    action: request.rollback ? "rollback" : "promote",
    reason: request.reason,
    actor: request.actor,
    at: (/* @__PURE__ */ new Date()).toISOString(),
    ...request.runUrl === void 0 ? {} : { runUrl: request.runUrl },
    evidence: evidence.map((record) => ({ kind: record.kind, digest: record.digest, passed: record.passed })),
    outcome: "success"
  };
  const deploymentId = await request.deployments?.record(event, request.environmentUrl);
  if (deploymentId !== void 0) event.deploymentId = deploymentId;
  try {
    await registry.moveAlias(event);
  } catch (error) {
    if (error instanceof ConcurrentUpdateError) {
      checks.push(
        check(
          "promote.concurrent",
          false,
          null,
          null,
          `${error.message}: another promotion of ${to} finished first; re-run to promote on top of it`
        )
      );
      return { verdict: verdictOf(checks), promoted: false, version, previous, unchanged: false };
    }
    throw error;
  }
  checks.push(
    check(
      "promote.moved",
      true,
      version,
      null,
      `${to} now runs ${version.slice(0, 19)}\u2026 (was ${previous?.slice(0, 19) ?? "nothing"}${previous === void 0 ? "" : "\u2026"})`
    )
  );
  return {
    verdict: verdictOf(checks),
    promoted: true,
    version,
    previous,
    unchanged: false,
    event,
    ...event.deploymentId === void 0 ? {} : { deploymentId: event.deploymentId }
  };
}
function verdictOf(checks) {
  return {
    kind: "promote",
    passed: checks.every((item) => item.status !== "fail"),
    checks,
    createdAt: (/* @__PURE__ */ new Date()).toISOString()
  };
}

// src/actions/promote.ts
var ACTION = "promote";
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
  const to = inputs.oneOf("to", [...STAGES, ""], "");
  if (to === "") throw new ConfigurationError(`${ACTION}: set \`to\` (${STAGES.join(", ")})`);
  const registryLocation = inputs.string("registry") ?? path.join(".mlops", "registry");
  const registry = openRegistry(registryLocation);
  const relative = (file) => inputs.config === void 0 || path.isAbsolute(file) ? file : path.join(inputs.config.directory, file);
  const configuredEvidence = section.evidence ?? {};
  const evidenceFiles = new Map(
    EVIDENCE_KINDS.map((kind) => [
      kind,
      configuredEvidence[kind] === void 0 ? EVIDENCE_SOURCES[kind].file : relative(configuredEvidence[kind])
    ])
  );
  const configuredRequirements = section.requirements ?? {};
  const requirements = configuredRequirements[to] === void 0 ? DEFAULT_REQUIREMENTS[to] : kindList(configuredRequirements[to], to);
  const env = process.env;
  const token = inputs.string("github-token");
  const onGitHub = env.GITHUB_ACTIONS === "true" && token !== void 0 && env.GITHUB_REPOSITORY !== void 0;
  let deployments;
  if (onGitHub) {
    const { githubDeploymentPort } = await import("./promote-port-MOY7Q7HQ.js");
    deployments = githubDeploymentPort({
      token,
      repository: env.GITHUB_REPOSITORY,
      ref: env.GITHUB_SHA ?? "HEAD",
      ...env.GITHUB_API_URL === void 0 ? {} : { apiUrl: env.GITHUB_API_URL },
      registryRecordsDeployments: registryLocation.startsWith("github")
    });
  }
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const commit = await currentCommit();
  const model = inputs.string("model");
  const environmentUrl = inputs.string("environment-url");
  const result = await promote({
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
    ...environmentUrl === void 0 ? {} : { environmentUrl }
  });
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
  for (const check2 of result.verdict.checks.filter((c) => c.status === "fail").slice(0, 9))
    io.annotate("error", `${check2.check}: ${check2.message}`);
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
        mode: inputs.oneOf("mode", ["deploy-models", "deploy-code"], "deploy-models")
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
