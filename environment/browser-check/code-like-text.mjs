// Code-like text in a business report (NAME-business.html): the variant for a marketing reader must not show class,
// method, file or command names, course mechanics or object dumps. check-reports.mjs passes the report's visible
// prose and printed output (tables, charts, scripts and styles removed) and the texts of its <code> elements
// (markdown `backticks`); codeLikeText returns one finding per match. Tables are left out on purpose: their headers
// are the columns of the customer's own data. Leave such a sentence out of the business variant by tagging its cell
// code-reader (see environment/run_notebooks.py), or say it without code.

/** The patterns, each with the name a finding reports. Exported so that their tests and the README can list them. */
export const CODE_LIKE = [
  // Object.method( and name.method( — a call: CustomerData.mallCustomers(, Show.plotlyLibrary(
  { name: 'a method call', pattern: /\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\(/g },
  // describe() — a call without arguments
  { name: 'a method call', pattern: /\b[A-Za-z_]\w*\(\)/g },
  // CustomerData.mallCustomers, KSelection.sweep — a member of a class
  { name: 'a class member', pattern: /\b[A-Z]\w*\.[a-z]\w*/g },
  // ColumnOverview, heightForK, CustomerID — a lower-case letter followed by a capital inside one word
  { name: 'a CamelCase identifier', pattern: /\b[A-Za-z]*[a-z][A-Z]\w*/g },
  // KSelection, KMeans — two capitals followed by lower-case letters (not a plural such as CDs or KPIs)
  { name: 'a CamelCase identifier', pattern: /\b[A-Z]{2,}[a-z]{2,}\w*/g },
  // FeatureMatrix[200 rows …], CleaningRules[dropsDuplicates=…] — an object dump
  { name: 'an object dump', pattern: /\b[A-Z]\w*\[[^\]\s]/g },
  // maxIterations=300, seed=42 — a field of an object dump (people write "k = 5" with spaces)
  { name: 'an object dump', pattern: /\b[A-Za-z_]\w*=\S/g },
  // environment/setup.sh, lib/, ../data — a path in the project
  { name: 'a file path', pattern: /(?:\b(?:environment|lib|cli|bench|notebooks|build|reports)\/|\.\.\/)/g },
  // setup.sh, Show.java, summary.json — a file of code or configuration
  { name: 'a file name', pattern: /\b[\w-]+\.(?:java|sh|py|mjs|js|ipynb|jar|json|xml|tsv)\b/g },
  // bash …, mvn …, --features — a command or its options
  { name: 'a command', pattern: /\b(?:bash|mvn|npm|jupyter|python3?)\s+[-\w./]/g },
  { name: 'a command option', pattern: /(?:^|[\s(])--[a-z][\w-]*/g },
  // Exercise 1 below, Run the cells, the kernel, the classpath — course mechanics
  { name: 'a course mechanic', pattern: /\bExercises?\b/g },
  { name: 'a course mechanic', pattern: /\bRun (?:the|this|these|each|every) cells?\b/gi },
  { name: 'a course mechanic', pattern: /\b(?:kernel|classpath)\b/gi },
];

/**
 * @param {string} text the visible prose and printed output of a business report
 * @param {string[]} codeElements the texts of its <code> elements (markdown backticks)
 * @returns {string[]} one finding per match, e.g. "a method call: …loads Show.plotlyLibrary() first…"
 */
export function codeLikeText(text, codeElements = []) {
  const findings = codeElements.map(code => `code formatting (markdown backticks): \`${code}\``);
  const flagged = [];   // [start, end) of the matches reported so far: one finding per place in the text
  for (const { name, pattern } of CODE_LIKE) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (flagged.some(([s, e]) => start < e && s < end)) {
        continue;
      }
      flagged.push([start, end]);
      const from = Math.max(0, match.index - 30);
      const to = Math.min(text.length, match.index + match[0].length + 30);
      findings.push(`${name}: …${text.slice(from, to).replace(/\s+/g, ' ').trim()}…`);
    }
  }
  return findings;
}
