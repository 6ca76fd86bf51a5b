import { runCompareBaseline } from '../actions/compare-baseline.js';
import { runAsGitHubAction } from '../github/action.js';

await runAsGitHubAction('compare-baseline', runCompareBaseline);
