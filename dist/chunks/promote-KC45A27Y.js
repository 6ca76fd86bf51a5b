import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  evidenceGaps,
  readVerdictFile,
  toEvidenceRecord
} from "./chunk-WODD43Q5.js";
import {
  ConcurrentUpdateError,
  STAGES
} from "./chunk-KO3WFQKK.js";
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";
import "./chunk-37BDC4YX.js";

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
export {
  promote
};
