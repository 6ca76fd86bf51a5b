import { notImplemented } from '../actions/run.js';
import { runAsGitHubAction } from '../github/action.js';

await runAsGitHubAction('promote', notImplemented('promote'));
