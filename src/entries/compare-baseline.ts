import { notImplemented } from '../actions/run.js';
import { runAsGitHubAction } from '../github/action.js';

await runAsGitHubAction('compare-baseline', notImplemented('compare-baseline'));
