import { notImplemented } from '../actions/run.js';
import { runAsGitHubAction } from '../github/action.js';

await runAsGitHubAction('check-serving-compat', notImplemented('check-serving-compat'));
