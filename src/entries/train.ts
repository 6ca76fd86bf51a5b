import { runTrain } from '../actions/train.js';
import { runAsGitHubAction } from '../github/action.js';

await runAsGitHubAction('train', runTrain);
