import { notImplemented } from '../actions/run.js';
import { runAsGitHubAction } from '../github/action.js';

await runAsGitHubAction('evaluate', notImplemented('evaluate'));
