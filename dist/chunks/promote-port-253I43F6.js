import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  createDeployment,
  createDeploymentStatus
} from "./chunk-P25H7Y3L.js";
import {
  GithubClient,
  isNotFound,
  numberField,
  objectOf,
  optionalBoolean,
  stringField
} from "./chunk-OOAZJM7Z.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";

// src/github/environments.ts
async function checkEnvironmentProtection(client, owner, repo, environment) {
  let data;
  try {
    ({ data } = await client.request("GET /repos/{owner}/{repo}/environments/{environment_name}", {
      params: { owner, repo, environment_name: environment },
      permission: "actions: read"
    }));
  } catch (error) {
    if (!isNotFound(error)) throw error;
    return {
      environment,
      exists: false,
      requiredReviewers: 0,
      preventSelfReview: false,
      waitTimer: 0,
      branchPolicy: "none",
      customRules: 0,
      protected: false,
      message: `environment \`${environment}\` does not exist in ${owner}/${repo} (or the token cannot read the repository): GitHub creates a missing environment, without any protection rule, the first time a job names it, so nobody would approve this deployment; create it under Settings \u2192 Environments and add required reviewers`
    };
  }
  const record = objectOf(data, "environment");
  let requiredReviewers = 0;
  let preventSelfReview = false;
  let waitTimer = 0;
  let customRules = 0;
  const rules = Array.isArray(record.protection_rules) ? record.protection_rules : [];
  for (const [index, item] of rules.entries()) {
    const rule = objectOf(item, `environment.protection_rules[${index}]`);
    const type = stringField(rule, "type", "protection rule");
    if (type === "required_reviewers") {
      requiredReviewers += Array.isArray(rule.reviewers) ? rule.reviewers.length : 0;
      preventSelfReview ||= optionalBoolean(rule, "prevent_self_review") === true;
    } else if (type === "wait_timer") {
      waitTimer = typeof rule.wait_timer === "number" ? rule.wait_timer : 0;
    } else if (type !== "branch_policy") {
      customRules += 1;
    }
  }
  const policy = record.deployment_branch_policy;
  const branchPolicy = policy === null || policy === void 0 ? "none" : objectOf(policy, "deployment_branch_policy").protected_branches === true ? "protected-branches" : "custom";
  const isProtected = requiredReviewers > 0 || customRules > 0;
  const parts = [
    requiredReviewers > 0 ? `${requiredReviewers} required reviewer${requiredReviewers === 1 ? "" : "s"}${preventSelfReview ? " (no self-review)" : ""}` : "no required reviewers",
    ...customRules > 0 ? [`${customRules} custom protection rule${customRules === 1 ? "" : "s"}`] : [],
    ...waitTimer > 0 ? [`a ${waitTimer}-minute wait timer`] : [],
    branchPolicy === "none" ? "any branch may deploy" : branchPolicy === "protected-branches" ? "only protected branches may deploy" : "only selected branches may deploy"
  ];
  numberField(record, "id", "environment");
  return {
    environment,
    exists: true,
    requiredReviewers,
    preventSelfReview,
    waitTimer,
    branchPolicy,
    customRules,
    protected: isProtected,
    message: `environment \`${environment}\` ${isProtected ? "is protected" : "is not protected"}: ${parts.join(", ")}${isProtected ? "" : "; add required reviewers under Settings \u2192 Environments so a person approves each deployment"}`
  };
}

// src/github/promote-port.ts
function githubDeploymentPort(context) {
  const [owner = "", repo = ""] = context.repository.split("/");
  const client = new GithubClient({
    token: context.token,
    ...context.apiUrl === void 0 ? {} : { apiUrl: context.apiUrl }
  });
  return {
    protection: async (stage) => {
      const protection = await checkEnvironmentProtection(client, owner, repo, stage);
      return { exists: protection.exists, protected: protection.protected, message: protection.message };
    },
    record: async (event, environmentUrl) => {
      if (context.registryRecordsDeployments) return void 0;
      const deployment = await createDeployment(client, {
        owner,
        repo,
        ref: context.ref,
        environment: event.stage,
        task: "deploy:mlops-model",
        payload: { modelVersion: event.version, previous: event.previous, reason: event.reason, actor: event.actor },
        description: `${event.action} ${event.version.slice(0, 19)}\u2026: ${event.reason}`.slice(0, 140),
        productionEnvironment: event.stage === "production",
        transientEnvironment: false
      });
      await createDeploymentStatus(client, {
        owner,
        repo,
        deploymentId: deployment.id,
        state: "success",
        ...environmentUrl === void 0 ? {} : { environmentUrl },
        ...event.runUrl === void 0 ? {} : { logUrl: event.runUrl },
        description: event.reason.slice(0, 140)
      });
      return deployment.id;
    }
  };
}
export {
  githubDeploymentPort
};
