// Tests of the code-like-text patterns of business reports: node --test environment/browser-check/
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeLikeText } from './code-like-text.mjs';

// Each sentence is one the issue found in a business report (or one of its kind): it must be flagged.
const CODE = [
  'CustomerData.mallCustomers reads the file and checks the columns we rely on.',
  'ColumnOverview then gives one row per column.',
  'Show.plotlyLibrary() first loads the plotting library into the page.',
  'KSelection runs k-means for every k from 1 to 10.',
  'heightForK finds the height that gives a chosen k.',
  'describe() records each step.',
  'environment/setup.sh put them there.',
  'Run the cells from top to bottom.',
  '(Exercise 1 below asks what changes when we standardise them.)',
  'FeatureMatrix[200 rows × 2 features [Annual Income (k$), Spending Score (1-100)], scaling NONE]',
  '{k=5, initialisation=k-means++ (greedy), restarts=10, seed=42, maxIterations=300, tolerance=1.0E-4}',
  'CleaningRules[dropsDuplicates=false, dropsCancellations=true]',
  'the report of the segment command (bash environment/segment.sh --input your_customers.csv)',
  'every number in summary.json can be traced to a step',
  'Try another method (--method ward).',
  'the kernel\'s classpath',
  'the file Show.java',
];

// Sentences a marketer reads in the chapters: they must pass.
const PROSE = [
  'Income runs from 15 to 137 thousand dollars and the spending score from 1 to 99.',
  'k-means++ seeds spread the starting points; WCSS = 44448.46 with k = 5.',
  'Segment sizes: [81, 39, 35, 23, 22]',
  'The silhouette is (b − a) / max(a, b): near 1 means clearly in the right segment.',
  'Annual Income (k$) and Spending Score (1-100), e.g. the high-income low spenders.',
  'r(Age, Score) = -0.33 — older customers score a little lower — and the exercise of judgement stays ours.',
  'Calinski–Harabasz prefers k = 9; the gap rule prefers k = 1 (no segments).',
  'Segment 1 (81 customers) is highly stable: mean Jaccard 0.98 over 100 resamples (Hennig, 2007).',
  'Each line holds a customer, a date, the number of CDs and the amount; the KPIs come later.',
];

test('code, file names, commands, course mechanics and object dumps are flagged', () => {
  for (const sentence of CODE) {
    assert.notEqual(codeLikeText(sentence).length, 0, `not flagged: ${sentence}`);
  }
});

test('plain prose and printed results pass', () => {
  for (const sentence of PROSE) {
    assert.deepEqual(codeLikeText(sentence), [], `flagged: ${sentence}`);
  }
});

test('markdown backticks are flagged whatever they hold', () => {
  assert.deepEqual(codeLikeText('plain text', ['segment_name']),
    ['code formatting (markdown backticks): `segment_name`']);
});

test('a finding quotes the text around the match', () => {
  const [finding] = codeLikeText('The curve bends where heightForK finds the height for five segments.');
  assert.match(finding, /^a CamelCase identifier: …/);
  assert.match(finding, /heightForK/);
});

test('one finding per place, however many patterns match it', () => {
  assert.equal(codeLikeText('Show.plotlyLibrary() loads the library.').length, 1);
});
