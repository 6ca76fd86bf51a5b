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
import "./chunk-NUEQ5RRT.js";

// src/promote/promote.ts
import { stat } from "node:fs/promises";

// src/promote/attestation.ts
import { createHash } from "node:crypto";
var SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
var IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
var IN_TOTO_STATEMENT_TYPES = [
  "https://in-toto.io/Statement/v1",
  "https://in-toto.io/Statement/v0.1"
];
var MODEL_SUBJECT_NAME = "model.onnx";
function modelSubject(version) {
  return { name: MODEL_SUBJECT_NAME, digest: { sha256: version.replace(/^sha256:/, "") } };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function readBundleStatement(bundle) {
  const unreadable = (problem, payloadDigest2) => ({
    predicateType: void 0,
    subjects: [],
    payloadDigest: payloadDigest2,
    builderId: void 0,
    problem
  });
  const envelope = isRecord(bundle) ? bundle.dsseEnvelope : void 0;
  if (!isRecord(envelope)) return unreadable("the bundle has no DSSE envelope");
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    return unreadable(`its DSSE payload type is ${JSON.stringify(envelope.payloadType)}, not ${IN_TOTO_PAYLOAD_TYPE}`);
  const payload = envelope.payload;
  if (typeof payload !== "string" || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(payload))
    return unreadable("its DSSE payload is not base64");
  const bytes = Buffer.from(payload, "base64");
  const payloadDigest = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
  let statement;
  try {
    statement = JSON.parse(bytes.toString("utf8"));
  } catch {
    return unreadable("its DSSE payload is not JSON", payloadDigest);
  }
  if (!isRecord(statement) || !IN_TOTO_STATEMENT_TYPES.includes(statement._type))
    return unreadable("its payload is not an in-toto Statement", payloadDigest);
  if (!Array.isArray(envelope.signatures) || envelope.signatures.length === 0)
    return unreadable("its DSSE envelope carries no signature", payloadDigest);
  const subjects = (Array.isArray(statement.subject) ? statement.subject : []).filter(isRecord).map((subject) => ({
    name: typeof subject.name === "string" ? subject.name : "(unnamed)",
    sha256: isRecord(subject.digest) && typeof subject.digest.sha256 === "string" ? subject.digest.sha256 : void 0
  }));
  if (subjects.length === 0) return unreadable("its statement names no subject", payloadDigest);
  const runDetails = isRecord(statement.predicate) ? statement.predicate.runDetails : void 0;
  const builder = isRecord(runDetails) ? runDetails.builder : void 0;
  return {
    predicateType: typeof statement.predicateType === "string" ? statement.predicateType : void 0,
    subjects,
    payloadDigest,
    builderId: isRecord(builder) && typeof builder.id === "string" ? builder.id : void 0,
    problem: void 0
  };
}
function judgeAttestations(bundles, version) {
  if (bundles.length === 0) return { status: "absent" };
  const hex = version.replace(/^sha256:/, "");
  const problems = [];
  let foreign = false;
  let verified;
  for (const [index, bundle] of bundles.entries()) {
    const label = `attestation ${index + 1} of ${bundles.length}`;
    const reading = readBundleStatement(bundle);
    if (reading.problem !== void 0) {
      foreign = true;
      problems.push(`${label} cannot be read: ${reading.problem}`);
      continue;
    }
    const subject = reading.subjects.find((candidate) => candidate.sha256 === hex);
    if (subject === void 0) {
      foreign = true;
      const named = reading.subjects.map((candidate) => `${candidate.name} (sha256:${candidate.sha256?.slice(0, 12) ?? "none"}\u2026)`).join(", ");
      problems.push(`${label} names ${named}, not ${version.slice(0, 19)}\u2026`);
      continue;
    }
    if (reading.predicateType !== SLSA_PROVENANCE_V1) {
      problems.push(
        `${label} is a ${reading.predicateType ?? "typeless"} statement, not SLSA build provenance (${SLSA_PROVENANCE_V1})`
      );
      continue;
    }
    verified ??= {
      payloadDigest: reading.payloadDigest ?? "",
      subjectName: subject.name,
      builderId: reading.builderId
    };
  }
  if (verified !== void 0 && !foreign) return { status: "verified", ...verified, count: bundles.length };
  return { status: "mismatch", problems, count: bundles.length };
}
function signerWorkflow(builderId) {
  const match = /^https:\/\/([^/]+)\/([^@]+)/.exec(builderId ?? "");
  if (match === null) return void 0;
  return match[1] === "github.com" ? match[2] : `${match[1]}/${match[2]}`;
}
var HOW_TO_ENABLE = "give the promote job `permissions: id-token: write` and `attestations: write` (artifact attestations need a public repository, or GitHub Enterprise Cloud for private and internal ones)";
var SupplyChain = class {
  constructor(options) {
    this.options = options;
  }
  options;
  lookup;
  /** The verify check already reported why attestations are out of reach: attest() need not repeat it. */
  reportedUnavailable = false;
  get short() {
    return `${this.options.version.slice(0, 19)}\u2026`;
  }
  list() {
    const port = this.options.port;
    if (port === void 0) throw new Error("no attestation port");
    this.lookup ??= port.list(this.options.version);
    return this.lookup;
  }
  verifyCommand(location, builderId) {
    const signer = signerWorkflow(builderId);
    const foreign = signer !== void 0 && !signer.toLowerCase().startsWith(`${location.toLowerCase()}/`);
    return `\`gh attestation verify ${MODEL_SUBJECT_NAME} --repo ${location}${foreign ? ` --signer-workflow ${signer}` : ""}\``;
  }
  /** The `attestation.verify` check of a production promotion. */
  async verify() {
    const { mode, port, version } = this.options;
    const required = mode === "true";
    const threshold = required ? "a verified SLSA provenance attestation of this digest (attest: true)" : "no attestation of this digest that fails to match it (attest: auto)";
    const result = (status, value, message) => ({
      check: "attestation.verify",
      status,
      value,
      threshold: mode === "false" ? null : threshold,
      message
    });
    if (mode === "false")
      return result("skip", "off", `attest: false: the provenance attestation of ${this.short} is not checked`);
    if (port === void 0) {
      return required ? result(
        "fail",
        "not on GitHub",
        `attest: true, but this run is not on GitHub Actions with a token, so no attestation of ${this.short} can be checked: promote to production from a GitHub workflow, or set attest: auto`
      ) : result(
        "skip",
        "not on GitHub",
        `not running on GitHub: the provenance attestation of ${this.short} was not checked`
      );
    }
    let lookup;
    try {
      lookup = await this.list();
    } catch (error) {
      return result(
        "fail",
        "error",
        `could not list the attestations of ${this.short} in ${port.location}: ${error.message}; re-run the promotion`
      );
    }
    if (lookup.status === "unavailable") {
      this.reportedUnavailable = true;
      return required ? result("fail", "unavailable", `attest: true, but ${lookup.reason}`) : result("skip", "unavailable", `${lookup.reason}; the provenance attestation was not checked`);
    }
    const judgement = judgeAttestations(lookup.bundles, version);
    if (judgement.status === "verified") {
      return result(
        "pass",
        "verified",
        `${port.location} holds SLSA build provenance naming ${judgement.subjectName} with exactly ${this.short} (statement ${judgement.payloadDigest.slice(0, 19)}\u2026). Checked here: the statement's subject digest and predicate type; not checked here: its Sigstore signature and certificate, which need Sigstore's trust root: verify those with ${this.verifyCommand(port.location, judgement.builderId)}`
      );
    }
    if (judgement.status === "mismatch") {
      return result(
        "fail",
        "mismatch",
        `${judgement.count} attestation(s) listed for ${this.short} in ${port.location} do not attest this model: ${judgement.problems.join("; ")}. Do not deploy it until you know why (the package or the attestation may have been swapped); check with ${this.verifyCommand(port.location)}`
      );
    }
    return required ? result(
      "fail",
      "absent",
      `attest: true, but ${port.location} holds no SLSA provenance attestation of ${this.short}: promote it to dev or staging with attestation on first (${HOW_TO_ENABLE}), or set attest: auto`
    ) : result(
      "skip",
      "absent",
      `${port.location} holds no provenance attestation of ${this.short} yet (it is attested now if possible); set attest: true to require one before production`
    );
  }
  /** The `attestation.provenance` check and audit evidence, for a promotion that passed every other gate. */
  async attest() {
    const { mode, port, version } = this.options;
    const required = mode === "true";
    const result = (status, value, message) => ({
      check: "attestation.provenance",
      status,
      value,
      threshold: required ? "attested (attest: true)" : "attested where possible (attest: auto)",
      message
    });
    if (mode === "false") return { check: void 0 };
    if (port === void 0) {
      return {
        check: required ? result(
          "fail",
          "not on GitHub",
          `attest: true, but this run is not on GitHub Actions with a token, so ${MODEL_SUBJECT_NAME} cannot be attested: promote from a GitHub workflow (${HOW_TO_ENABLE}), or set attest: auto`
        ) : void 0
      };
    }
    let lookup;
    try {
      lookup = await this.list();
    } catch (error) {
      return {
        check: result(
          required ? "fail" : "warn",
          "error",
          `could not list the attestations of ${this.short} in ${port.location}: ${error.message}`
        )
      };
    }
    if (lookup.status === "unavailable") {
      if (this.reportedUnavailable) return { check: void 0 };
      return {
        check: required ? result("fail", "unavailable", `attest: true, but ${lookup.reason}`) : result("skip", "unavailable", `${lookup.reason}; ${MODEL_SUBJECT_NAME} was not attested`)
      };
    }
    const judgement = judgeAttestations(lookup.bundles, version);
    if (judgement.status === "verified") {
      return {
        check: result(
          "pass",
          "present",
          `${port.location} already holds SLSA build provenance of ${MODEL_SUBJECT_NAME} ${this.short}; no new attestation`
        ),
        evidence: { kind: "provenance", digest: judgement.payloadDigest, passed: true }
      };
    }
    let outcome;
    try {
      outcome = await port.attest(modelSubject(version));
    } catch (error) {
      return {
        check: result(
          required ? "fail" : "warn",
          "error",
          `attesting ${MODEL_SUBJECT_NAME} ${this.short} failed: ${error.message}`
        )
      };
    }
    if (outcome.status === "unavailable") {
      return {
        check: required ? result("fail", "unavailable", `attest: true, but ${outcome.reason}`) : result("skip", "unavailable", `${outcome.reason}; ${MODEL_SUBJECT_NAME} was not attested`)
      };
    }
    const statement = readBundleStatement(outcome.bundle);
    const noted = judgement.status === "mismatch" ? `; note: the attestations listed for it before did not match (${judgement.problems.join("; ")})` : "";
    return {
      check: result(
        judgement.status === "mismatch" ? "warn" : "pass",
        outcome.attestationId ?? "attested",
        `attested the SLSA build provenance of ${MODEL_SUBJECT_NAME} ${this.short} in ${port.location}${outcome.attestationId === void 0 ? "" : ` (attestation ${outcome.attestationId})`}${outcome.tlogId === void 0 ? "" : `, transparency log entry ${outcome.tlogId}`}${noted}; verify it with ${this.verifyCommand(port.location, statement.builderId)}`
      ),
      ...statement.payloadDigest === void 0 ? {} : { evidence: { kind: "provenance", digest: statement.payloadDigest, passed: true } }
    };
  }
};

// src/promote/promote.ts
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
  const supplyChain = new SupplyChain({
    mode: request.attest ?? "auto",
    port: request.attestations,
    version,
    to
  });
  if (to === "production" && !request.rollback) checks.push(await supplyChain.verify());
  if (checks.some((item) => item.status === "fail")) {
    return { verdict: verdictOf(checks), promoted: false, version, previous, unchanged: false };
  }
  const provenance = request.rollback ? void 0 : await supplyChain.attest();
  if (provenance?.check !== void 0) checks.push(provenance.check);
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
    evidence: [
      ...evidence.map((record) => ({ kind: record.kind, digest: record.digest, passed: record.passed })),
      ...provenance?.evidence === void 0 ? [] : [provenance.evidence]
    ],
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
