import { runValidateData } from '../actions/validate-data.js';
import { runAsGitHubAction } from '../github/action.js';

await runAsGitHubAction('validate-data', runValidateData);
