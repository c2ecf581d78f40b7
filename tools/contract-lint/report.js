// Prints the diagnostics that `asyncapi validate -s` or `spectral lint -o` wrote as JSON (Spectral's format:
// severity 0 error, 1 warning, 2 information, 3 hint), one line each, then the counts for the document.
// Usage: node report.js <label> <document> <diagnostics.json>
// Exit status: 0 when there is no error and no warning, 1 when there is one, 2 when the file cannot be read.
'use strict';

const fs = require('fs');
const path = require('path');

const [label, documentPath, diagnosticsPath] = process.argv.slice(2);
if (!label || !documentPath || !diagnosticsPath) {
  console.error('usage: node report.js <label> <document> <diagnostics.json>');
  process.exit(2);
}

let diagnostics;
try {
  diagnostics = JSON.parse(fs.readFileSync(diagnosticsPath, 'utf8'));
} catch (e) {
  console.error(`${label}: cannot read the diagnostics of ${documentPath} from ${diagnosticsPath}: ${e.message}`);
  process.exit(2);
}
if (!Array.isArray(diagnostics)) {
  console.error(`${label}: ${diagnosticsPath} is not a list of diagnostics`);
  process.exit(2);
}

const names = ['error', 'warning', 'info', 'hint'];
const counts = [0, 0, 0, 0];
for (const d of diagnostics) {
  const severity = Number.isInteger(d.severity) && d.severity >= 0 && d.severity <= 3 ? d.severity : 0;
  counts[severity]++;
  const start = d.range && d.range.start ? `${d.range.start.line + 1}:${d.range.start.character + 1}` : '-';
  const where = Array.isArray(d.path) && d.path.length ? ` at ${d.path.join('.')}` : '';
  const source = d.source && path.resolve(d.source) !== path.resolve(documentPath) ? ` (in ${d.source})` : '';
  console.log(`  ${names[severity].padEnd(7)} ${start.padEnd(8)} ${d.code}: ${d.message}${where}${source}`);
}
console.log(`${label}: ${documentPath}: ${counts[0]} errors, ${counts[1]} warnings, ${counts[2]} infos, ${counts[3]} hints`);
process.exit(counts[0] + counts[1] > 0 ? 1 : 0);
