import { runCheckServingCompat } from '../actions/check-serving-compat.js';
import { runAsGitHubAction } from '../github/action.js';

await runAsGitHubAction('check-serving-compat', runCheckServingCompat);
