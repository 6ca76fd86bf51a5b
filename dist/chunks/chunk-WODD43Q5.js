import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  ConfigurationError,
  shorten
} from "./chunk-FCHSJP6A.js";

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
async function readVerdictFile(kind, path) {
  let bytes;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new ConfigurationError(`cannot read the ${kind} verdict ${path}: ${error.code}`);
  }
  let document;
  try {
    document = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new ConfigurationError(
      `the ${kind} verdict ${path} is not valid JSON: ${shorten(bytes.toString("utf8"), 60)}`
    );
  }
  const record = document;
  if (typeof record.verdict?.passed !== "boolean") {
    throw new ConfigurationError(
      `${path} is not a verdict written by ${EVIDENCE_SOURCES[kind].action} (no verdict.passed)`
    );
  }
  const expectedKind = EVIDENCE_SOURCES[kind].action;
  if (record.verdict.kind !== void 0 && record.verdict.kind !== expectedKind) {
    throw new ConfigurationError(
      `${path} holds a ${String(record.verdict.kind)} verdict, not the ${expectedKind} verdict the ${kind} evidence needs`
    );
  }
  const version = [record.candidate?.version, record.candidateVersion, record.model?.version].find(
    (value) => typeof value === "string"
  );
  return {
    kind,
    path,
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

export {
  EVIDENCE_KINDS,
  EVIDENCE_SOURCES,
  DEFAULT_REQUIREMENTS,
  readVerdictFile,
  evidenceGaps,
  toEvidenceRecord
};
