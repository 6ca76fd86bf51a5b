import type { AliasEvent, Stage } from '../registry/types.js';
import type { LineageArtifact, LineageChain, LineageRecord } from './types.js';

/** Text for terminals and step summaries: `mlops lineage <version>` and `mlops history <stage>`. */

/** sha256:0123456789ab…: enough to tell versions apart in a table, the full digest is one lookup away. */
export function shortDigest(digest: string): string {
  return digest.startsWith('sha256:') && digest.length > 19 ? `${digest.slice(0, 19)}…` : digest;
}

export function renderChain(chain: LineageChain): string {
  const lines = [`lineage of ${chain.version}`];
  if (chain.trainingData.length === 0) {
    lines.push('training data: not recorded (no train run in the lineage store produced this version)');
  } else {
    lines.push('training data:');
    for (const data of chain.trainingData) lines.push(`  ${data.digest}  ${data.uri}`);
  }
  if (chain.steps.length === 0) {
    lines.push('no recorded runs used this version');
    return `${lines.join('\n')}\n`;
  }
  lines.push('');
  const rows = chain.steps.map(({ role, record }) => [
    record.execution.startedAt,
    role,
    record.execution.component,
    record.execution.status,
    `${formatSeconds(record.execution.durationSeconds)}`,
    describeRun(record, chain.version),
  ]);
  lines.push(...table(['started', 'role', 'run', 'status', 'took', 'details'], rows));
  return `${lines.join('\n')}\n`;
}

function describeRun(record: LineageRecord, version: string): string {
  const parts: string[] = [];
  const inputs = artifactsOf(record, 'INPUT').filter((artifact) => artifact.digest !== version);
  const outputs = artifactsOf(record, 'OUTPUT');
  if (inputs.length > 0) parts.push(`in: ${inputs.map(describeArtifact).join(', ')}`);
  if (outputs.length > 0) {
    parts.push(
      `out: ${outputs.map((artifact) => (artifact.digest === version ? `${artifact.type} (this version)` : describeArtifact(artifact))).join(', ')}`,
    );
  }
  if (record.previousModel !== undefined) parts.push(`baseline ${shortDigest(record.previousModel)}`);
  if (record.verdicts !== undefined && record.verdicts.length > 0) {
    parts.push(record.verdicts.map((verdict) => `${verdict.kind} ${verdict.passed ? 'passed' : 'FAILED'}`).join(', '));
  }
  if (record.execution.actor !== undefined) parts.push(`by ${record.execution.actor}`);
  if (record.execution.runUrl !== undefined) parts.push(record.execution.runUrl);
  return parts.join('; ');
}

function artifactsOf(record: LineageRecord, type: 'INPUT' | 'OUTPUT'): LineageArtifact[] {
  const ids = new Set(record.events.filter((event) => event.type === type).map((event) => event.artifactId));
  return record.artifacts.filter((artifact) => ids.has(artifact.id));
}

function describeArtifact(artifact: LineageArtifact): string {
  return `${artifact.type} ${shortDigest(artifact.digest)}`;
}

/**
 * What was live when, oldest first: each move's version held the stage from its `at` until the next move's
 * (the last one is live now), with who moved it, why, and the evidence checked.
 */
export function renderStageHistory(events: readonly AliasEvent[], stage?: Stage): string {
  const name = stage ?? events[0]?.stage ?? 'stage';
  if (events.length === 0) return `${name}: no version has been promoted yet\n`;
  const rows = events.map((event, index) => {
    const next = events[index + 1];
    const evidence = event.evidence.map((item) => `${item.kind} ${item.passed ? 'passed' : 'FAILED'}`).join(', ');
    const details = [
      event.reason === '' ? undefined : JSON.stringify(event.reason),
      evidence === '' ? 'no evidence' : evidence,
      event.outcome === 'success' ? undefined : `deployment ${event.outcome}`,
      event.runUrl,
    ].filter((part) => part !== undefined);
    return [
      event.at,
      next?.at ?? 'now (live)',
      shortDigest(event.version),
      event.action,
      event.actor,
      details.join('; '),
    ];
  });
  const live = events[events.length - 1];
  const header = `${name}: ${events.length} move${events.length === 1 ? '' : 's'}, live: ${live?.version ?? 'none'}`;
  return `${[header, '', ...table(['from', 'until', 'version', 'action', 'by', 'why'], rows)].join('\n')}\n`;
}

function formatSeconds(seconds: number): string {
  return seconds < 60 ? `${seconds.toFixed(1)} s` : `${(seconds / 60).toFixed(1)} min`;
}

/** Columns padded to their widest cell; the last column is left ragged so long details do not pad every row. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}
