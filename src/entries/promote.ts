import { runPromote } from '../actions/promote.js';
import { runAsGitHubAction } from '../github/action.js';

await runAsGitHubAction('promote', runPromote);
