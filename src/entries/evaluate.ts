import { runEvaluate } from '../actions/evaluate.js';
import { runAsGitHubAction } from '../github/action.js';

await runAsGitHubAction('evaluate', runEvaluate);
