import { checksLines, checksTable, formatNumber, mermaidLineChart } from '../report/markdown.js';
import type { TrainResult } from './run.js';

/** The job summary: verdict, the package (version, backend, hardware), checks, then the loss curve. */
export function renderTrainMarkdown(result: TrainResult): string {
  const manifest = result.package?.manifest;
  const passed = result.verdict.passed && manifest !== undefined;
  const lines = [`## ${passed ? '✅' : '❌'} train: ${passed ? 'model packaged' : 'failed'}`, ''];
  if (manifest !== undefined) {
    const gpu = manifest.lineage.hardware.gpus[0];
    lines.push(
      `| | |`,
      `|---|---|`,
      `| model | \`${manifest.name}\` ${manifest.task}${manifest.label === undefined ? '' : `, label \`${manifest.label}\``} |`,
      `| version | \`${manifest.version}\` |`,
      `| trained with | ${manifest.framework.name} ${manifest.framework.version ?? ''} on ${manifest.framework.backend}${result.usedGpu && gpu !== undefined ? ` (${gpu.name})` : ''} |`,
      `| data | ${manifest.training.data.rows} rows, digest \`${manifest.training.data.digest.slice(0, 19)}…\` |`,
      `| final loss | ${formatNumber(result.finalLoss ?? null)} |`,
      `| duration | ${manifest.training.durationSeconds.toFixed(1)} s |`,
      '',
    );
  }
  lines.push(...checksTable(result.verdict.checks), '');
  const curve = manifest?.training.lossCurve ?? [];
  const chart = mermaidLineChart(
    'Loss per epoch (training, then validation)',
    'epoch',
    'loss',
    curve.map((point) => point.epoch),
    [
      curve.map((point) => point.loss),
      ...(curve.some((p) => p.validationLoss !== undefined) ? [curve.map((p) => p.validationLoss ?? Number.NaN)] : []),
    ],
  );
  if (chart.length > 0) lines.push(...chart, '');
  for (const note of result.notes) lines.push(`- ${note}`);
  return lines.join('\n');
}

export function renderTrainTerminal(result: TrainResult, manifestPath: string | undefined): string {
  const manifest = result.package?.manifest;
  const lines = [
    `train: ${result.verdict.passed && manifest !== undefined ? 'PASSED' : 'FAILED'} (backend ${result.backend}${result.usedGpu ? ', GPU' : ''})`,
    ...checksLines(result.verdict.checks),
    ...result.notes.map((note) => `  note: ${note}`),
  ];
  if (manifest !== undefined) {
    lines.push(
      `  model ${manifest.version}`,
      `  package ${result.package?.directory}${manifestPath === undefined ? '' : ` (manifest ${manifestPath})`}`,
    );
  }
  return lines.join('\n');
}
