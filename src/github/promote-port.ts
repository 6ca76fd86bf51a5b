import type { DeploymentPort } from '../promote/promote.js';
import { createDeployment, createDeploymentStatus } from './deployments.js';
import { checkEnvironmentProtection } from './environments.js';
import { GithubClient } from './rest.js';

export interface GithubContext {
  token: string;
  repository: string;
  ref: string;
  apiUrl?: string;
  /** When the registry itself is GitHub-backed, its alias moves already are deployments: do not record twice. */
  registryRecordsDeployments: boolean;
}

/** Environment protection and deployment records through GitHub's REST API (tested against its published contract). */
export function githubDeploymentPort(context: GithubContext): DeploymentPort {
  const [owner = '', repo = ''] = context.repository.split('/');
  const client = new GithubClient({
    token: context.token,
    ...(context.apiUrl === undefined ? {} : { apiUrl: context.apiUrl }),
  });
  return {
    protection: async (stage) => {
      const protection = await checkEnvironmentProtection(client, owner, repo, stage);
      return { exists: protection.exists, protected: protection.protected, message: protection.message };
    },
    record: async (event, environmentUrl) => {
      if (context.registryRecordsDeployments) return undefined;
      const deployment = await createDeployment(client, {
        owner,
        repo,
        ref: context.ref,
        environment: event.stage,
        task: 'deploy:mlops-model',
        payload: { modelVersion: event.version, previous: event.previous, reason: event.reason, actor: event.actor },
        description: `${event.action} ${event.version.slice(0, 19)}…: ${event.reason}`.slice(0, 140),
        productionEnvironment: event.stage === 'production',
        transientEnvironment: false,
      });
      await createDeploymentStatus(client, {
        owner,
        repo,
        deploymentId: deployment.id,
        state: 'success',
        ...(environmentUrl === undefined ? {} : { environmentUrl }),
        ...(event.runUrl === undefined ? {} : { logUrl: event.runUrl }),
        description: event.reason.slice(0, 140),
      });
      return deployment.id;
    },
  };
}
