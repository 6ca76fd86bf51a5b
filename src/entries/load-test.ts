import { runLoadTestAction } from '../actions/load-test.js';
import { runAsGitHubAction } from '../github/action.js';

await runAsGitHubAction('load-test', runLoadTestAction);
