import { createHash } from 'node:crypto';
import type { Check } from '../core/verdict.js';
import type { Stage } from '../registry/types.js';

/**
 * Supply-chain attestation of the model: SLSA build provenance for `model.onnx` (whose sha256 is the version),
 * made on GitHub with Sigstore and checked before production. GitHub and Sigstore sit behind a port, so this
 * module decides only what the attestations found mean for a promotion.
 */

export const ATTEST_MODES = ['auto', 'true', 'false'] as const;
export type AttestMode = (typeof ATTEST_MODES)[number];

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const IN_TOTO_STATEMENT_TYPES: readonly unknown[] = [
  'https://in-toto.io/Statement/v1',
  'https://in-toto.io/Statement/v0.1',
];
/** The package file whose sha256 is the version: the subject every attestation of a model names. */
export const MODEL_SUBJECT_NAME = 'model.onnx';

export interface AttestationSubject {
  name: string;
  digest: { sha256: string };
}

/** Attestations cannot be made or read here: `reason` says what is missing and what to change. */
export interface AttestationUnavailable {
  status: 'unavailable';
  reason: string;
}

export type AttestationLookup = { status: 'listed'; bundles: unknown[] } | AttestationUnavailable;

export type AttestationOutcome =
  | { status: 'attested'; bundle: unknown; attestationId?: number; tlogId?: string }
  | AttestationUnavailable;

/** What promote needs for attestations: GitHub's attestations API and a Sigstore signer (absent locally). */
export interface AttestationPort {
  /** Where attestations are kept, for messages (`owner/repo`). */
  readonly location: string;
  /** The SLSA provenance attestations stored for a subject digest (`sha256:<hex>`), as Sigstore bundles. */
  list(subjectDigest: string): Promise<AttestationLookup>;
  /** Signs SLSA build provenance for the subject and stores it. */
  attest(subject: AttestationSubject): Promise<AttestationOutcome>;
}

export function modelSubject(version: string): AttestationSubject {
  return { name: MODEL_SUBJECT_NAME, digest: { sha256: version.replace(/^sha256:/, '') } };
}

export interface StatementReading {
  predicateType: string | undefined;
  subjects: Array<{ name: string; sha256: string | undefined }>;
  /** sha256 of the DSSE payload (the signed statement): names this very attestation in the audit log. */
  payloadDigest: string | undefined;
  /** SLSA `runDetails.builder.id`: on GitHub, the workflow that signed (a reusable one lives in another repository). */
  builderId: string | undefined;
  problem: string | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the in-toto statement a Sigstore bundle signs (its DSSE envelope's base64 payload). Only the structure
 * is read: the signature and certificate chain need Sigstore's trust root, which this step does not fetch.
 */
export function readBundleStatement(bundle: unknown): StatementReading {
  const unreadable = (problem: string, payloadDigest?: string): StatementReading => ({
    predicateType: undefined,
    subjects: [],
    payloadDigest,
    builderId: undefined,
    problem,
  });
  const envelope = isRecord(bundle) ? bundle.dsseEnvelope : undefined;
  if (!isRecord(envelope)) return unreadable('the bundle has no DSSE envelope');
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    return unreadable(`its DSSE payload type is ${JSON.stringify(envelope.payloadType)}, not ${IN_TOTO_PAYLOAD_TYPE}`);
  const payload = envelope.payload;
  if (typeof payload !== 'string' || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(payload))
    return unreadable('its DSSE payload is not base64');
  const bytes = Buffer.from(payload, 'base64');
  const payloadDigest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  let statement: unknown;
  try {
    statement = JSON.parse(bytes.toString('utf8'));
  } catch {
    return unreadable('its DSSE payload is not JSON', payloadDigest);
  }
  if (!isRecord(statement) || !IN_TOTO_STATEMENT_TYPES.includes(statement._type))
    return unreadable('its payload is not an in-toto Statement', payloadDigest);
  if (!Array.isArray(envelope.signatures) || envelope.signatures.length === 0)
    return unreadable('its DSSE envelope carries no signature', payloadDigest);
  const subjects = (Array.isArray(statement.subject) ? statement.subject : []).filter(isRecord).map((subject) => ({
    name: typeof subject.name === 'string' ? subject.name : '(unnamed)',
    sha256: isRecord(subject.digest) && typeof subject.digest.sha256 === 'string' ? subject.digest.sha256 : undefined,
  }));
  if (subjects.length === 0) return unreadable('its statement names no subject', payloadDigest);
  const runDetails = isRecord(statement.predicate) ? statement.predicate.runDetails : undefined;
  const builder = isRecord(runDetails) ? runDetails.builder : undefined;
  return {
    predicateType: typeof statement.predicateType === 'string' ? statement.predicateType : undefined,
    subjects,
    payloadDigest,
    builderId: isRecord(builder) && typeof builder.id === 'string' ? builder.id : undefined,
    problem: undefined,
  };
}

export type AttestationJudgement =
  | { status: 'verified'; payloadDigest: string; subjectName: string; builderId: string | undefined; count: number }
  | { status: 'mismatch'; problems: string[]; count: number }
  | { status: 'absent' };

/**
 * What the attestations GitHub lists for a digest say about that version. One that does not name the digest, or
 * cannot be read, means the answer cannot be trusted (a swapped model, a wrong upload): it refuses, even beside a
 * good one. Otherwise one SLSA v1 provenance statement naming the digest verifies.
 */
export function judgeAttestations(bundles: readonly unknown[], version: string): AttestationJudgement {
  if (bundles.length === 0) return { status: 'absent' };
  const hex = version.replace(/^sha256:/, '');
  const problems: string[] = [];
  let foreign = false;
  let verified: { payloadDigest: string; subjectName: string; builderId: string | undefined } | undefined;
  for (const [index, bundle] of bundles.entries()) {
    const label = `attestation ${index + 1} of ${bundles.length}`;
    const reading = readBundleStatement(bundle);
    if (reading.problem !== undefined) {
      foreign = true;
      problems.push(`${label} cannot be read: ${reading.problem}`);
      continue;
    }
    const subject = reading.subjects.find((candidate) => candidate.sha256 === hex);
    if (subject === undefined) {
      foreign = true;
      const named = reading.subjects
        .map((candidate) => `${candidate.name} (sha256:${candidate.sha256?.slice(0, 12) ?? 'none'}…)`)
        .join(', ');
      problems.push(`${label} names ${named}, not ${version.slice(0, 19)}…`);
      continue;
    }
    if (reading.predicateType !== SLSA_PROVENANCE_V1) {
      problems.push(
        `${label} is a ${reading.predicateType ?? 'typeless'} statement, not SLSA build provenance (${SLSA_PROVENANCE_V1})`,
      );
      continue;
    }
    verified ??= {
      payloadDigest: reading.payloadDigest ?? '',
      subjectName: subject.name,
      builderId: reading.builderId,
    };
  }
  if (verified !== undefined && !foreign) return { status: 'verified', ...verified, count: bundles.length };
  return { status: 'mismatch', problems, count: bundles.length };
}

/**
 * `gh attestation verify --signer-workflow` for a builder id (`https://github.com/o/r/.github/workflows/x.yml@ref`):
 * gh trusts a signer only in the `--repo` it is given, so an attestation signed by a reusable workflow of another
 * repository (mlops-deploy.yml) needs it named.
 */
function signerWorkflow(builderId: string | undefined): string | undefined {
  const match = /^https:\/\/([^/]+)\/([^@]+)/.exec(builderId ?? '');
  if (match === null) return undefined;
  return match[1] === 'github.com' ? match[2] : `${match[1]}/${match[2]}`;
}

export interface ProvenanceEvidence {
  kind: 'provenance';
  digest: string;
  passed: boolean;
}

export interface SupplyChainOptions {
  mode: AttestMode;
  port: AttestationPort | undefined;
  version: string;
  to: Stage;
}

const HOW_TO_ENABLE =
  'give the promote job `permissions: id-token: write` and `attestations: write` (artifact attestations need a public repository, or GitHub Enterprise Cloud for private and internal ones)';

/**
 * The attestation side of one promotion: `verify()` before production (what is already attested for the digest),
 * then `attest()` once every other gate passed (attest the model unless it already is, so production can verify).
 */
export class SupplyChain {
  private lookup: Promise<AttestationLookup> | undefined;
  /** The verify check already reported why attestations are out of reach: attest() need not repeat it. */
  private reportedUnavailable = false;

  constructor(private readonly options: SupplyChainOptions) {}

  private get short(): string {
    return `${this.options.version.slice(0, 19)}…`;
  }

  private list(): Promise<AttestationLookup> {
    const port = this.options.port;
    if (port === undefined) throw new Error('no attestation port');
    this.lookup ??= port.list(this.options.version);
    return this.lookup;
  }

  private verifyCommand(location: string, builderId?: string): string {
    const signer = signerWorkflow(builderId);
    const foreign = signer !== undefined && !signer.toLowerCase().startsWith(`${location.toLowerCase()}/`);
    return `\`gh attestation verify ${MODEL_SUBJECT_NAME} --repo ${location}${foreign ? ` --signer-workflow ${signer}` : ''}\``;
  }

  /** The `attestation.verify` check of a production promotion. */
  async verify(): Promise<Check> {
    const { mode, port, version } = this.options;
    const required = mode === 'true';
    const threshold = required
      ? 'a verified SLSA provenance attestation of this digest (attest: true)'
      : 'no attestation of this digest that fails to match it (attest: auto)';
    const result = (status: Check['status'], value: Check['value'], message: string): Check => ({
      check: 'attestation.verify',
      status,
      value,
      threshold: mode === 'false' ? null : threshold,
      message,
    });
    if (mode === 'false')
      return result('skip', 'off', `attest: false: the provenance attestation of ${this.short} is not checked`);
    if (port === undefined) {
      return required
        ? result(
            'fail',
            'not on GitHub',
            `attest: true, but this run is not on GitHub Actions with a token, so no attestation of ${this.short} can be checked: promote to production from a GitHub workflow, or set attest: auto`,
          )
        : result(
            'skip',
            'not on GitHub',
            `not running on GitHub: the provenance attestation of ${this.short} was not checked`,
          );
    }
    let lookup: AttestationLookup;
    try {
      lookup = await this.list();
    } catch (error) {
      return result(
        'fail',
        'error',
        `could not list the attestations of ${this.short} in ${port.location}: ${(error as Error).message}; re-run the promotion`,
      );
    }
    if (lookup.status === 'unavailable') {
      this.reportedUnavailable = true;
      return required
        ? result('fail', 'unavailable', `attest: true, but ${lookup.reason}`)
        : result('skip', 'unavailable', `${lookup.reason}; the provenance attestation was not checked`);
    }
    const judgement = judgeAttestations(lookup.bundles, version);
    if (judgement.status === 'verified') {
      return result(
        'pass',
        'verified',
        `${port.location} holds SLSA build provenance naming ${judgement.subjectName} with exactly ${this.short} ` +
          `(statement ${judgement.payloadDigest.slice(0, 19)}…). Checked here: the statement's subject digest and predicate type; ` +
          `not checked here: its Sigstore signature and certificate, which need Sigstore's trust root: verify those with ${this.verifyCommand(port.location, judgement.builderId)}`,
      );
    }
    if (judgement.status === 'mismatch') {
      return result(
        'fail',
        'mismatch',
        `${judgement.count} attestation(s) listed for ${this.short} in ${port.location} do not attest this model: ${judgement.problems.join('; ')}. Do not deploy it until you know why (the package or the attestation may have been swapped); check with ${this.verifyCommand(port.location)}`,
      );
    }
    return required
      ? result(
          'fail',
          'absent',
          `attest: true, but ${port.location} holds no SLSA provenance attestation of ${this.short}: promote it to dev or staging with attestation on first (${HOW_TO_ENABLE}), or set attest: auto`,
        )
      : result(
          'skip',
          'absent',
          `${port.location} holds no provenance attestation of ${this.short} yet (it is attested now if possible); set attest: true to require one before production`,
        );
  }

  /** The `attestation.provenance` check and audit evidence, for a promotion that passed every other gate. */
  async attest(): Promise<{ check: Check | undefined; evidence?: ProvenanceEvidence }> {
    const { mode, port, version } = this.options;
    const required = mode === 'true';
    const result = (status: Check['status'], value: Check['value'], message: string): Check => ({
      check: 'attestation.provenance',
      status,
      value,
      threshold: required ? 'attested (attest: true)' : 'attested where possible (attest: auto)',
      message,
    });
    if (mode === 'false') return { check: undefined };
    if (port === undefined) {
      return {
        check: required
          ? result(
              'fail',
              'not on GitHub',
              `attest: true, but this run is not on GitHub Actions with a token, so ${MODEL_SUBJECT_NAME} cannot be attested: promote from a GitHub workflow (${HOW_TO_ENABLE}), or set attest: auto`,
            )
          : undefined,
      };
    }
    let lookup: AttestationLookup;
    try {
      lookup = await this.list();
    } catch (error) {
      return {
        check: result(
          required ? 'fail' : 'warn',
          'error',
          `could not list the attestations of ${this.short} in ${port.location}: ${(error as Error).message}`,
        ),
      };
    }
    if (lookup.status === 'unavailable') {
      if (this.reportedUnavailable) return { check: undefined };
      return {
        check: required
          ? result('fail', 'unavailable', `attest: true, but ${lookup.reason}`)
          : result('skip', 'unavailable', `${lookup.reason}; ${MODEL_SUBJECT_NAME} was not attested`),
      };
    }
    const judgement = judgeAttestations(lookup.bundles, version);
    if (judgement.status === 'verified') {
      return {
        check: result(
          'pass',
          'present',
          `${port.location} already holds SLSA build provenance of ${MODEL_SUBJECT_NAME} ${this.short}; no new attestation`,
        ),
        evidence: { kind: 'provenance', digest: judgement.payloadDigest, passed: true },
      };
    }
    let outcome: AttestationOutcome;
    try {
      outcome = await port.attest(modelSubject(version));
    } catch (error) {
      return {
        check: result(
          required ? 'fail' : 'warn',
          'error',
          `attesting ${MODEL_SUBJECT_NAME} ${this.short} failed: ${(error as Error).message}`,
        ),
      };
    }
    if (outcome.status === 'unavailable') {
      return {
        check: required
          ? result('fail', 'unavailable', `attest: true, but ${outcome.reason}`)
          : result('skip', 'unavailable', `${outcome.reason}; ${MODEL_SUBJECT_NAME} was not attested`),
      };
    }
    const statement = readBundleStatement(outcome.bundle);
    const noted =
      judgement.status === 'mismatch'
        ? `; note: the attestations listed for it before did not match (${judgement.problems.join('; ')})`
        : '';
    return {
      check: result(
        judgement.status === 'mismatch' ? 'warn' : 'pass',
        outcome.attestationId ?? 'attested',
        `attested the SLSA build provenance of ${MODEL_SUBJECT_NAME} ${this.short} in ${port.location}` +
          `${outcome.attestationId === undefined ? '' : ` (attestation ${outcome.attestationId})`}` +
          `${outcome.tlogId === undefined ? '' : `, transparency log entry ${outcome.tlogId}`}${noted}; verify it with ${this.verifyCommand(port.location, statement.builderId)}`,
      ),
      ...(statement.payloadDigest === undefined
        ? {}
        : { evidence: { kind: 'provenance' as const, digest: statement.payloadDigest, passed: true } }),
    };
  }
}
