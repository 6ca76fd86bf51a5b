import { uncompress } from 'snappyjs';
import {
  GithubApiError,
  type GithubClient,
  GithubPermissionError,
  isNotFound,
  type Json,
  objectOf,
  optionalString,
} from './rest.js';

export interface Repository {
  owner: string;
  repo: string;
}

export interface ListAttestationsInput extends Repository {
  /** `sha256:<hex>`. */
  subjectDigest: string;
  /** GitHub's filter: `provenance`, `sbom`, `release`, or a predicate type URI. */
  predicateType?: string;
  /** Stop after this many: a promotion needs one good one, not a repository's whole history. */
  limit?: number;
}

/**
 * repos/list-attestations: the Sigstore bundles stored for a subject digest. GitHub gives a bundle inline or only
 * a `bundle_url` to signed storage (snappy-compressed JSON, as `gh attestation` reads it). No attestation is an
 * empty list, whether GitHub answers 200 with none or 404.
 */
export async function listAttestationBundles(client: GithubClient, input: ListAttestationsInput): Promise<unknown[]> {
  const limit = input.limit ?? 100;
  const bundles: unknown[] = [];
  try {
    for await (const item of client.paginate(
      'GET /repos/{owner}/{repo}/attestations/{subject_digest}',
      {
        params: { owner: input.owner, repo: input.repo, subject_digest: input.subjectDigest },
        query: { predicate_type: input.predicateType },
        permission: 'attestations: read',
      },
      (data) => objectOf(data, 'attestations answer').attestations,
    )) {
      const record = objectOf(item, 'attestation');
      if (record.bundle !== undefined && record.bundle !== null) {
        bundles.push(record.bundle);
      } else {
        const url = optionalString(record, 'bundle_url');
        if (url === undefined) throw new Error('GitHub API: an attestation has neither `bundle` nor `bundle_url`');
        bundles.push(await fetchBundle(client, url));
      }
      if (bundles.length >= limit) break;
    }
  } catch (error) {
    if (isNotFound(error) && !isPlanLimit(error)) return [];
    throw error;
  }
  return bundles;
}

const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;

async function fetchBundle(client: GithubClient, url: string): Promise<unknown> {
  const bytes = await client.downloadSigned(url, 'an attestation bundle');
  // Stored compressed today; plain JSON is accepted too, should GitHub ever serve it that way.
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    try {
      // A bundle is a few kilobytes: the cap keeps a hostile length prefix from allocating gigabytes.
      return JSON.parse(Buffer.from(uncompress(Uint8Array.from(bytes), MAX_BUNDLE_BYTES)).toString('utf8'));
    } catch {
      throw new Error('GitHub: an attestation bundle from bundle_url is neither JSON nor snappy-compressed JSON');
    }
  }
}

/** repos/create-attestation: stores a signed Sigstore bundle; returns the attestation's id. */
export async function createAttestation(
  client: GithubClient,
  input: Repository & { bundle: Json },
): Promise<number | undefined> {
  const response = await client.request('POST /repos/{owner}/{repo}/attestations', {
    params: { owner: input.owner, repo: input.repo },
    body: { bundle: input.bundle },
    permission: 'attestations: write',
  });
  const id = objectOf(response.data, 'attestation').id;
  return typeof id === 'number' ? id : undefined;
}

/**
 * GitHub refuses attestations on plans without them (user-owned private repositories, organisations without
 * GitHub Enterprise Cloud) with 403 or 404 and "Feature not available …": a setting to change, not a bug.
 */
export function isPlanLimit(error: unknown): error is GithubApiError | GithubPermissionError {
  return (
    (error instanceof GithubApiError || error instanceof GithubPermissionError) &&
    (error.status === 403 || error.status === 404) &&
    /feature not available|upgrade the billing plan/i.test(error.githubMessage)
  );
}
