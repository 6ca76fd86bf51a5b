import { type GithubClient, isNotFound, numberField, objectOf, optionalBoolean, stringField } from './rest.js';

export interface EnvironmentProtection {
  environment: string;
  exists: boolean;
  /** Reviewers (users or teams) of the `required_reviewers` rule; 0 when there is none. */
  requiredReviewers: number;
  preventSelfReview: boolean;
  /** Minutes a job waits before it may deploy; 0 when there is no wait timer. */
  waitTimer: number;
  branchPolicy: 'none' | 'protected-branches' | 'custom';
  /** Custom deployment protection rules (GitHub Apps that approve or reject deployments). */
  customRules: number;
  /** A person or an app must approve each deployment: the protection promote demands for production. */
  protected: boolean;
  message: string;
}

/**
 * Reads an environment's protection rules (repos/get-environment). A wait timer or a branch policy alone does
 * not count as protected: neither puts a person (or an approving app) between a workflow and the stage.
 */
export async function checkEnvironmentProtection(
  client: GithubClient,
  owner: string,
  repo: string,
  environment: string,
): Promise<EnvironmentProtection> {
  let data: unknown;
  try {
    ({ data } = await client.request('GET /repos/{owner}/{repo}/environments/{environment_name}', {
      params: { owner, repo, environment_name: environment },
      permission: 'actions: read',
    }));
  } catch (error) {
    if (!isNotFound(error)) throw error;
    return {
      environment,
      exists: false,
      requiredReviewers: 0,
      preventSelfReview: false,
      waitTimer: 0,
      branchPolicy: 'none',
      customRules: 0,
      protected: false,
      message:
        `environment \`${environment}\` does not exist in ${owner}/${repo} (or the token cannot read the repository): GitHub creates a missing environment, ` +
        'without any protection rule, the first time a job names it, so nobody would approve this deployment; ' +
        'create it under Settings → Environments and add required reviewers',
    };
  }
  const record = objectOf(data, 'environment');
  let requiredReviewers = 0;
  let preventSelfReview = false;
  let waitTimer = 0;
  let customRules = 0;
  const rules = Array.isArray(record.protection_rules) ? record.protection_rules : [];
  for (const [index, item] of rules.entries()) {
    const rule = objectOf(item, `environment.protection_rules[${index}]`);
    const type = stringField(rule, 'type', 'protection rule');
    if (type === 'required_reviewers') {
      requiredReviewers += Array.isArray(rule.reviewers) ? rule.reviewers.length : 0;
      preventSelfReview ||= optionalBoolean(rule, 'prevent_self_review') === true;
    } else if (type === 'wait_timer') {
      waitTimer = typeof rule.wait_timer === 'number' ? rule.wait_timer : 0;
    } else if (type !== 'branch_policy') {
      customRules += 1;
    }
  }
  const policy = record.deployment_branch_policy;
  const branchPolicy =
    policy === null || policy === undefined
      ? 'none'
      : objectOf(policy, 'deployment_branch_policy').protected_branches === true
        ? 'protected-branches'
        : 'custom';
  const isProtected = requiredReviewers > 0 || customRules > 0;
  const parts = [
    requiredReviewers > 0
      ? `${requiredReviewers} required reviewer${requiredReviewers === 1 ? '' : 's'}${preventSelfReview ? ' (no self-review)' : ''}`
      : 'no required reviewers',
    ...(customRules > 0 ? [`${customRules} custom protection rule${customRules === 1 ? '' : 's'}`] : []),
    ...(waitTimer > 0 ? [`a ${waitTimer}-minute wait timer`] : []),
    branchPolicy === 'none'
      ? 'any branch may deploy'
      : branchPolicy === 'protected-branches'
        ? 'only protected branches may deploy'
        : 'only selected branches may deploy',
  ];
  numberField(record, 'id', 'environment');
  return {
    environment,
    exists: true,
    requiredReviewers,
    preventSelfReview,
    waitTimer,
    branchPolicy,
    customRules,
    protected: isProtected,
    message: `environment \`${environment}\` ${isProtected ? 'is protected' : 'is not protected'}: ${parts.join(', ')}${
      isProtected ? '' : '; add required reviewers under Settings → Environments so a person approves each deployment'
    }`,
  };
}
