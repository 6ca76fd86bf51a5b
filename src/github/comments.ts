import { ConfigurationError } from '../core/errors.js';
import {
  type GithubClient,
  GithubPermissionError,
  isNotFound,
  loginOf,
  numberField,
  objectOf,
  optionalString,
} from './rest.js';

/**
 * One comment per marker on an issue or pull request, edited in place on every run: a PR shows the latest
 * result instead of a comment per push.
 */

export interface UpsertCommentInput {
  owner: string;
  repo: string;
  issueNumber: number;
  /** The hidden first line that identifies the comment; prepended to `body` when it does not start with it. */
  marker: string;
  body: string;
  /**
   * Login whose comment to update. Default: the token's own user (`GET /user`) when the token can say;
   * an installation token (GITHUB_TOKEN) cannot, and then the first comment with the marker is taken.
   */
  author?: string;
}

export interface UpsertCommentResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string | undefined;
}

/** GitHub's limit on a comment body; beyond it the API answers 422. */
export const MAX_COMMENT_BODY = 65_536;

const READ = 'issues: read or pull-requests: read';
const WRITE = 'issues: write or pull-requests: write';

interface ExistingComment {
  id: number;
  body: string;
  author: string | undefined;
  url: string | undefined;
}

export async function upsertComment(client: GithubClient, input: UpsertCommentInput): Promise<UpsertCommentResult> {
  if (!input.marker.startsWith('<!--') || input.marker.includes('\n')) {
    throw new ConfigurationError(
      `the comment marker must be one HTML comment line, got ${JSON.stringify(input.marker)}`,
    );
  }
  const body = input.body.trimStart().startsWith(input.marker) ? input.body : `${input.marker}\n${input.body}`;
  if (body.length > MAX_COMMENT_BODY) {
    throw new ConfigurationError(
      `the comment has ${body.length} characters, more than GitHub's ${MAX_COMMENT_BODY}: render it with a lower limit`,
    );
  }
  const params = { owner: input.owner, repo: input.repo };
  const matches: ExistingComment[] = [];
  try {
    for await (const item of client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      params: { ...params, issue_number: input.issueNumber },
      permission: READ,
    })) {
      const comment = objectOf(item, 'issue comment');
      const text = optionalString(comment, 'body') ?? '';
      if (!text.trimStart().startsWith(input.marker)) continue;
      matches.push({
        id: numberField(comment, 'id', 'issue comment'),
        body: text,
        author: loginOf(comment.user),
        url: optionalString(comment, 'html_url'),
      });
    }
  } catch (error) {
    if (isNotFound(error)) {
      throw new ConfigurationError(
        `${input.owner}/${input.repo}#${input.issueNumber} does not exist or the token cannot see it: check the repository and the pull request number`,
      );
    }
    throw error;
  }

  const author = matches.length === 0 ? undefined : (input.author ?? (await tokenLogin(client)));
  const existing = author === undefined ? matches[0] : matches.find((comment) => comment.author === author);
  if (existing !== undefined) {
    if (existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.url };
    const response = await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      params: { ...params, comment_id: existing.id },
      body: { body },
      permission: WRITE,
    });
    const updated = objectOf(response.data, 'issue comment');
    return { action: 'updated', id: existing.id, url: optionalString(updated, 'html_url') ?? existing.url };
  }
  const response = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    params: { ...params, issue_number: input.issueNumber },
    body: { body },
    permission: WRITE,
  });
  const created = objectOf(response.data, 'issue comment');
  return {
    action: 'created',
    id: numberField(created, 'id', 'issue comment'),
    url: optionalString(created, 'html_url'),
  };
}

/** The token's login, or undefined for tokens without a user (an app installation's, as GITHUB_TOKEN is). */
async function tokenLogin(client: GithubClient): Promise<string | undefined> {
  try {
    const response = await client.request('GET /user');
    return loginOf(response.data);
  } catch (error) {
    // Installation tokens get 403 "Resource not accessible by integration" here; that is an answer, not a failure.
    if (error instanceof GithubPermissionError || isNotFound(error)) return undefined;
    throw error;
  }
}
