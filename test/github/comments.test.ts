import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { upsertComment } from '../../src/github/comments.js';
import { GithubClient } from '../../src/github/rest.js';
import { commentMarker } from '../../src/report/pr-comment.js';
import { ContractServer } from './contract-server.js';

let server: ContractServer;

beforeAll(async () => {
  server = await ContractServer.start();
  // GITHUB_TOKEN: an installation token, no user behind it (GET /user answers 403).
  server.tokens.set('actions-token', { pull_requests: 'write', contents: 'read' });
  // A personal token: its comments are written by its own user, who can be asked for.
  server.tokens.set('personal-token', { issues: 'write', user: 'read' });
  server.logins.set('personal-token', 'octocat');
  server.tokens.set('read-only', { issues: 'read', pull_requests: 'read' });
});

beforeEach(() => {
  server.comments.length = 0;
  server.pageSizeCap = 100;
});

afterAll(async () => {
  // Every request the comment code sent, and every answer the fake gave, is one GitHub documents.
  expect(server.violations).toEqual([]);
  await server.close();
});

function client(token: string): GithubClient {
  return new GithubClient({ token, apiUrl: server.url, retry: { attempts: 1 } });
}

const marker = commentMarker('ci', 'churn');
const target = { owner: 'octo-org', repo: 'models', issueNumber: 7, marker };

describe('upsertComment against the contract server', () => {
  it('creates the comment on the first run and edits it in place on the second', async () => {
    const first = await upsertComment(client('actions-token'), { ...target, body: `${marker}\nrun 1` });
    expect(first.action).toBe('created');
    const second = await upsertComment(client('actions-token'), { ...target, body: `${marker}\nrun 2` });
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(server.comments).toHaveLength(1);
    expect(server.comments[0]?.body).toBe(`${marker}\nrun 2`);
    expect(server.requestsFor('issues/update-comment')).toHaveLength(1);
    // The same body again is not sent again.
    const third = await upsertComment(client('actions-token'), { ...target, body: `${marker}\nrun 2` });
    expect(third).toMatchObject({ action: 'unchanged', id: first.id });
    expect(server.requestsFor('issues/update-comment')).toHaveLength(1);
  });

  it('prepends the marker when the body lacks it, and keeps comments of other workflows and models apart', async () => {
    await upsertComment(client('actions-token'), { ...target, body: 'no marker here' });
    expect(server.comments[0]?.body).toBe(`${marker}\nno marker here`);
    const other = commentMarker('nightly', 'churn');
    await upsertComment(client('actions-token'), { ...target, marker: other, body: `${other}\nnightly` });
    await upsertComment(client('actions-token'), { ...target, body: `${marker}\nagain` });
    expect(server.comments.map((comment) => comment.body)).toEqual([`${marker}\nagain`, `${other}\nnightly`]);
  });

  it('finds its comment on a later page', async () => {
    server.pageSizeCap = 2;
    for (let index = 0; index < 7; index++) server.addComment(7, `comment ${index}`, 'someone');
    const created = await upsertComment(client('actions-token'), { ...target, body: `${marker}\nfirst` });
    for (let index = 0; index < 3; index++) server.addComment(7, `later ${index}`, 'someone');
    const updated = await upsertComment(client('actions-token'), { ...target, body: `${marker}\nsecond` });
    expect(updated).toMatchObject({ action: 'updated', id: created.id });
    expect(server.comments.filter((comment) => comment.body.startsWith(marker))).toHaveLength(1);
    const pages = server.requestsFor('issues/list-comments').slice(-6);
    expect(pages.map((request) => request.query.page ?? '1')).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it("updates the token user's own comment when someone else's also starts with the marker", async () => {
    server.addComment(7, `${marker}\nquoted by a person`, 'someone');
    const result = await upsertComment(client('personal-token'), { ...target, body: `${marker}\nmine` });
    expect(result.action).toBe('created');
    await upsertComment(client('personal-token'), { ...target, body: `${marker}\nmine, updated` });
    expect(server.comments.map((comment) => [comment.login, comment.body])).toEqual([
      ['someone', `${marker}\nquoted by a person`],
      ['octocat', `${marker}\nmine, updated`],
    ]);
    expect(server.requestsFor('users/get-authenticated').length).toBeGreaterThan(0);
  });

  it('takes the first match when the token cannot name its user (GITHUB_TOKEN)', async () => {
    const first = server.addComment(7, `${marker}\nold`, 'github-actions[bot]');
    server.addComment(7, `${marker}\nduplicate`, 'github-actions[bot]');
    const result = await upsertComment(client('actions-token'), { ...target, body: `${marker}\nnew` });
    expect(result).toMatchObject({ action: 'updated', id: first });
    expect(server.requestsFor('users/get-authenticated').at(-1)?.status).toBe(403);
  });

  it('turns a missing issues/pull-requests write permission into a ConfigurationError naming it', async () => {
    const error = await upsertComment(client('read-only'), { ...target, body: `${marker}\nx` }).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(String(error)).toMatch(/issues: write or pull_requests: write/);
    const unknown = await upsertComment(client('wrong-token'), { ...target, body: 'x' }).catch(
      (thrown: unknown) => thrown,
    );
    expect(unknown).toBeInstanceOf(ConfigurationError);
    expect(String(unknown)).toMatch(/401/);
  });

  it('says which pull request does not exist, and refuses bodies over the limit before sending', async () => {
    await expect(upsertComment(client('actions-token'), { ...target, issueNumber: 4242, body: 'x' })).rejects.toThrow(
      /octo-org\/models#4242 does not exist/,
    );
    await expect(
      upsertComment(client('actions-token'), { ...target, body: `${marker}\n${'x'.repeat(70_000)}` }),
    ).rejects.toBeInstanceOf(ConfigurationError);
  });
});
