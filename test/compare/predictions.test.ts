import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareModels } from '../../src/compare/compare.js';
import { parseComparisonConfig } from '../../src/compare/config.js';
import { alignPredictions, parsePredictionsCsv, readPredictions } from '../../src/compare/predictions.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { withTempDir } from '../temp-dir.js';

// As evaluate writes them, including its `p_"…"` header for a class name that needs quoting.
const CANDIDATE = [
  'row,file,line,label,prediction,p_no,p_"yes, really"',
  '0,data/eval.csv,2,no,no,0.9,0.1',
  '1,"data/a ""quoted"", file.csv",3,"yes, really","yes, really",0.2,0.8',
  '2,"data/multi\nline.csv",4,no,"yes, really",0.4,0.6',
  '',
].join('\r\n');

const BASELINE = [
  'row,file,line,label,prediction,p_"yes, really",p_no',
  '0,data/eval.csv,2,no,no,0.3,0.7',
  '1,"data/a ""quoted"", file.csv",3,"yes, really",no,0.45,0.55',
  '2,"data/multi\nline.csv",4,no,no,0.1,0.9',
  '',
].join('\n');

const REGRESSION = 'row,file,line,label,prediction\n0,d.csv,2,1.5,1.25\n1,d.csv,3,-2,-1\n';

describe('parsePredictionsCsv', () => {
  it('reads quoted file names, quoted class names, embedded newlines and CRLF', () => {
    const table = parsePredictionsCsv(CANDIDATE, 'cand.csv');
    expect(table.kind).toBe('classification');
    expect(table.classes).toEqual(['no', 'yes, really']);
    expect(table.files).toEqual(['data/eval.csv', 'data/a "quoted", file.csv', 'data/multi\nline.csv']);
    expect(Array.from(table.lines)).toEqual([2, 3, 4]);
    expect(table.labels).toEqual(['no', 'yes, really', 'no']);
    expect(table.predicted).toEqual(['no', 'yes, really', 'yes, really']);
    expect(Array.from(table.probabilities ?? [])).toEqual([0.9, 0.1, 0.2, 0.8, 0.4, 0.6]);
  });

  it('reads regression predictions', () => {
    const table = parsePredictionsCsv(REGRESSION, 'r.csv');
    expect(table.kind).toBe('regression');
    expect(Array.from(table.values ?? [])).toEqual([1.25, -1]);
    expect(table.labels).toEqual(['1.5', '-2']);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['empty file', '', /is empty/],
    ['wrong header', 'a,b,c\n1,2,3\n', /does not start with the columns row,file,line,label,prediction/],
    ['foreign column', 'row,file,line,label,prediction,score\n', /must be p_<class>/],
    ['ragged row', 'row,file,line,label,prediction\n0,d.csv,2,1\n', /has 4 fields, the header 5/],
    ['renumbered row', 'row,file,line,label,prediction\n5,d.csv,2,1,1\n', /numbered "5"/],
    ['non-numeric probability', 'row,file,line,label,prediction,p_0,p_1\n0,d,2,0,0,x,0.5\n', /probability "x"/],
    ['non-numeric value', 'row,file,line,label,prediction\n0,d,2,1,\n', /expected a finite number/],
    ['unclosed quote', 'row,file,line,label,prediction\n0,"d,2,1,1\n', /never closed/],
  ];
  it.each(bad)('rejects %s', (_, text, message) => {
    expect(() => parsePredictionsCsv(text, 'p.csv')).toThrow(ConfigurationError);
    expect(() => parsePredictionsCsv(text, 'p.csv')).toThrow(message);
  });

  it('reads a file from disk and names it when missing', async () => {
    await withTempDir('compare-', async (directory) => {
      const file = path.join(directory, 'predictions.csv');
      await writeFile(file, REGRESSION);
      expect((await readPredictions(file)).rows).toBe(2);
      await expect(readPredictions(path.join(directory, 'none.csv'))).rejects.toThrow(/no such file/);
    });
  });
});

describe('alignPredictions', () => {
  it("reorders the baseline's probability columns to the candidate's classes", () => {
    const aligned = alignPredictions(parsePredictionsCsv(CANDIDATE, 'c'), parsePredictionsCsv(BASELINE, 'b'));
    expect(aligned.task).toBe('binary');
    expect(Array.from(aligned.labels ?? [])).toEqual([0, 1, 0]);
    expect(Array.from(aligned.baseline ?? [])).toEqual([0.7, 0.3, 0.55, 0.45, 0.9, 0.1]);
    const result = compareModels(aligned, parseComparisonConfig({ metrics: { accuracy: { lower: 0 } } }), {
      bootstrapSamples: 0,
      seed: 0,
      confidence: 0.95,
      bootstrapPolicy: 'deny',
      candidateVersion: 'c',
    });
    // Predicted: candidate no, yes, yes; baseline no, no, no.
    expect(result.flipRate).toEqual({ rate: 2 / 3, flipped: 2, rows: 3, kind: 'class' });
  });

  it('aligns regression files and works without a baseline', () => {
    const alone = alignPredictions(parsePredictionsCsv(REGRESSION, 'r'));
    expect(alone).toEqual({
      task: 'regression',
      rows: 2,
      classes: [],
      targets: Float64Array.from([1.5, -2]),
      candidate: Float64Array.from([1.25, -1]),
    });
  });

  const candidate = parsePredictionsCsv(CANDIDATE, 'cand.csv');
  const misaligned: Array<[string, string, RegExp]> = [
    ['fewer rows', BASELINE.split('\n').slice(0, 3).join('\n'), /have 3 rows but the baseline's \(base.csv\) 2/],
    [
      'a different label',
      BASELINE.replace('0,data/eval.csv,2,no,', '0,data/eval.csv,2,"yes, really",'),
      /1 of 3 rows differ.*row 0/,
    ],
    ['shifted lines', BASELINE.replace('data/eval.csv,2,', 'data/eval.csv,9,'), /not aligned.*baseline line 9/],
    [
      'other classes',
      BASELINE.replace('p_no', 'p_maybe').replaceAll(',no,', ',maybe,'),
      /differ in data line or label|classes/,
    ],
    ['another task', REGRESSION, /classification but the baseline's \(base.csv\) are regression/],
  ];
  it.each(misaligned)('rejects a baseline with %s', (_, text, message) => {
    const baseline = parsePredictionsCsv(text, 'base.csv');
    expect(() => alignPredictions(candidate, baseline)).toThrow(ConfigurationError);
    expect(() => alignPredictions(candidate, baseline)).toThrow(message);
  });

  it('rejects other classes with the same labels', () => {
    const baseline = parsePredictionsCsv(BASELINE.replace('p_no', 'p_maybe'), 'base.csv');
    expect(() => alignPredictions(candidate, baseline)).toThrow(/differ from the baseline's \(yes, really, maybe\)/);
  });

  it('rejects a label that is not a class', () => {
    const text = 'row,file,line,label,prediction,p_0,p_1\n0,d,2,7,0,0.5,0.5\n';
    expect(() => alignPredictions(parsePredictionsCsv(text, 'c'))).toThrow(
      /label "7", which is not one of the classes 0, 1/,
    );
  });
});
