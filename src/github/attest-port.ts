import type {
  AttestationLookup,
  AttestationOutcome,
  AttestationPort,
  AttestationSubject,
  AttestationUnavailable,
} from '../promote/attestation.js';
import { createAttestation, isPlanLimit, listAttestationBundles } from './attestations.js';
import { GithubClient, GithubPermissionError, type Json } from './rest.js';

/** Signs SLSA build provenance for a subject: a Sigstore bundle, not yet stored. */
export type ProvenanceSigner = (
  subject: AttestationSubject,
  token: string,
) => Promise<{ bundle: Json; tlogId?: string }>;

export interface AttestationContext {
  token: string;
  /** `owner/repo` of the workflow run: attestations belong to the repository that built the model. */
  repository: string;
  apiUrl?: string;
  /** The job's environment: the runner sets ACTIONS_ID_TOKEN_REQUEST_URL only for jobs with `id-token: write`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Default: `@actions/attest` (Fulcio certificate from the job's OIDC token; Rekor or GitHub's timestamps). */
  sign?: ProvenanceSigner;
  client?: GithubClient;
}

const PERMISSIONS = '`permissions: id-token: write` and `attestations: write`';

/**
 * Signs with `@actions/attest` but stores through our own client, so a plan that has no attestations reads as
 * such (`skipWrite`: the library's own upload would hide GitHub's answer in a generic error).
 */
async function signWithActionsAttest(
  subject: AttestationSubject,
  token: string,
): Promise<{ bundle: Json; tlogId?: string }> {
  // Loaded on the first attestation only: Sigstore's signer and Octokit are large, and most steps never sign.
  const { attestProvenance } = await import('@actions/attest');
  const attestation = await attestProvenance({ subjects: [subject], token, skipWrite: true });
  const bundle = JSON.parse(JSON.stringify(attestation.bundle)) as Json;
  return { bundle, ...(attestation.tlogID === undefined ? {} : { tlogId: attestation.tlogID }) };
}

/** Attestations through GitHub's REST API (tested against its published contract) and Sigstore. */
export function githubAttestationPort(context: AttestationContext): AttestationPort {
  const [owner = '', repo = ''] = context.repository.split('/');
  const client =
    context.client ??
    new GithubClient({ token: context.token, ...(context.apiUrl === undefined ? {} : { apiUrl: context.apiUrl }) });
  const env = context.env ?? process.env;
  const sign = context.sign ?? signWithActionsAttest;
  const location = `${owner}/${repo}`;
  const planLimit = (githubMessage: string): AttestationUnavailable => ({
    status: 'unavailable',
    reason: `artifact attestations are not available for ${location} (GitHub: "${githubMessage}"): they need a public repository, or a private or internal one owned by an organisation on GitHub Enterprise Cloud; or set attest: false`,
  });
  return {
    location,
    list: async (subjectDigest): Promise<AttestationLookup> => {
      try {
        const bundles = await listAttestationBundles(client, {
          owner,
          repo,
          subjectDigest,
          predicateType: 'provenance',
        });
        return { status: 'listed', bundles };
      } catch (error) {
        if (isPlanLimit(error)) return planLimit(error.githubMessage);
        if (error instanceof GithubPermissionError) {
          return {
            status: 'unavailable',
            reason: `the token may not read the attestations of ${location} (${error.status}: ${error.githubMessage}): give the promote job ${PERMISSIONS}`,
          };
        }
        throw error;
      }
    },
    attest: async (subject): Promise<AttestationOutcome> => {
      if (!env.ACTIONS_ID_TOKEN_REQUEST_URL) {
        return {
          status: 'unavailable',
          reason: `the job cannot request an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set), which Sigstore signing needs: give the promote job ${PERMISSIONS}`,
        };
      }
      const signed = await sign(subject, context.token);
      try {
        const attestationId = await createAttestation(client, { owner, repo, bundle: signed.bundle });
        return {
          status: 'attested',
          bundle: signed.bundle,
          ...(attestationId === undefined ? {} : { attestationId }),
          ...(signed.tlogId === undefined ? {} : { tlogId: signed.tlogId }),
        };
      } catch (error) {
        if (isPlanLimit(error)) return planLimit(error.githubMessage);
        if (error instanceof GithubPermissionError) {
          return {
            status: 'unavailable',
            reason: `the token may not store attestations in ${location} (${error.status}: ${error.githubMessage}): give the promote job ${PERMISSIONS}`,
          };
        }
        throw error;
      }
    },
  };
}
