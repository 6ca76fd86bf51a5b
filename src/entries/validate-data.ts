import { runAsGitHubAction } from '../github/action.js';
import { startProfileWorkerEarly } from '../validate/worker-start.js';

// Boots while the action's code loads: a large CSV file is then profiled by two threads from the start.
startProfileWorkerEarly();
const { runValidateData } = await import('../actions/validate-data.js');
await runAsGitHubAction('validate-data', runValidateData);
