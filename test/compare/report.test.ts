import { describe, expect, it } from 'vitest';
import { type ComparisonOptions, compareModels } from '../../src/compare/compare.js';
import { parseComparisonConfig } from '../../src/compare/config.js';
import { renderComparisonMarkdown, renderComparisonTerminal, shortDigest } from '../../src/compare/report.js';
import { binaryScenario } from './helpers.js';

const scenario = binaryScenario(600, 3);
const OPTIONS: ComparisonOptions = {
  bootstrapSamples: 100,
  seed: 1,
  confidence: 0.9,
  bootstrapPolicy: 'allow',
  candidateVersion: `sha256:${'a'.repeat(64)}`,
  baselineVersion: `sha256:${'b'.repeat(64)}`,
};
const config = parseComparisonConfig({
  metrics: { rocAuc: { lower: 0.6, nonInferiority: { margin: 0.02 } }, logLoss: { change: { absolute: 0.05 } } },
  slices: { specs: ['plan'], change: { absolute: 0.05 }, minSize: 10 },
});
const input = (candidate: Float64Array) => ({
  task: 'binary' as const,
  classes: ['0', '1'],
  labels: scenario.labels,
  candidate,
  baseline: scenario.baseline,
  sliceColumns: new Map([['plan', scenario.plan]]),
});

describe('renderComparisonMarkdown', () => {
  it('puts the verdict first, then digests, metrics with Δ and the paired CI, checks, slices and flip rate', () => {
    const text = renderComparisonMarkdown(compareModels(input(scenario.equal), config, OPTIONS));
    const lines = text.split('\n');
    expect(lines[0]).toBe(`## ✅ blessed: candidate \`sha256:aaaaaaaaaaaa…\` vs baseline \`sha256:bbbbbbbbbbbb…\``);
    expect(text).toContain(`Candidate \`sha256:${'a'.repeat(64)}\`, baseline \`sha256:${'b'.repeat(64)}\``);
    expect(text).toContain(
      '| metric | candidate | baseline | Δ (candidate − baseline) | 90% CI of Δ (paired bootstrap, 100 resamples) | better |',
    );
    expect(text).toMatch(
      /\| rocAuc \| 0\.\d{4} \| 0\.\d{4} \| [+−]?[\d.e-]+ \| \[[−+]?[\d.e-]+, [−+]?[\d.e-]+\] \| higher \|/,
    );
    expect(text.indexOf('| rocAuc |')).toBeLessThan(text.indexOf('| accuracy |'));
    expect(text).toContain('### Checks');
    expect(text).toContain('| ✅ | metric.rocAuc.non-inferiority |');
    expect(text).toContain('### Worst slices by rocAuc change');
    expect(text).toMatch(/\*\*Flip rate:\*\* [\d.]+% of rows \(\d+ of 600\)/);
  });

  it('says not blessed and names the failed checks', () => {
    const text = renderComparisonMarkdown(compareModels(input(scenario.worse), config, OPTIONS));
    expect(text.startsWith('## ❌ not blessed')).toBe(true);
    expect(text).toContain('**Failed:** `metric.rocAuc.non-inferiority`');
    expect(text).toContain('`slice.change (plan=');
  });

  it('records a first run blessed by bootstrap: allow', () => {
    const result = compareModels({ ...input(scenario.equal), baseline: undefined }, config, {
      ...OPTIONS,
      baselineVersion: undefined,
    });
    const text = renderComparisonMarkdown(result);
    expect(text.split('\n')[0]).toBe('## ✅ blessed: candidate `sha256:aaaaaaaaaaaa…` vs baseline none (first run)');
    expect(text).toContain('First run: there is no baseline');
    expect(text).toContain('| metric | candidate | better |');
  });
});

describe('renderComparisonTerminal', () => {
  it('prints the verdict, metrics with CI, flip rate, checks and worst slices', () => {
    const text = renderComparisonTerminal(compareModels(input(scenario.worse), config, OPTIONS));
    expect(text.split('\n')[0]).toMatch(
      /^compare-baseline: NOT BLESSED — candidate sha256:aaaaaaaaaaaa… vs baseline sha256:bbbbbbbbbbbb… on 600 rows$/,
    );
    expect(text).toMatch(/ {2}rocAuc +0\.\d{4} {2}baseline 0\.\d{4} {2}Δ −0\.\d{4} {2}90% CI \[/);
    expect(text).toContain('  flip rate: ');
    expect(text).toContain('  FAIL metric.rocAuc.non-inferiority: ');
    expect(text).toContain('  worst slices by rocAuc change:');
  });
});

it('shortens digests', () => {
  expect(shortDigest('sha256:0123456789abcdef')).toBe('sha256:0123456789ab…');
  expect(shortDigest('abc')).toBe('abc');
  expect(shortDigest(null)).toBe('none');
});
