// The text of eval/results.json. One line per score (an object or list of numbers and strings only), nested objects
// indented: each set, format and rule stays its own line in a diff, and the file stays small as the sets grow.

/** `value` as JSON, leaves on one line, containers one entry per line. */
export function resultsJson(value) {
  return `${render(value, '')}\n`;
}

function render(value, indent) {
  if (value === null || typeof value !== 'object' || isLeaf(value)) return JSON.stringify(value);
  const inner = `${indent} `;
  const entries = Array.isArray(value)
    ? value.map((v) => inner + render(v, inner))
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${render(v, inner)}`);
  if (entries.length === 0) return Array.isArray(value) ? '[]' : '{}';
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${entries.join(',\n')}\n${indent}${close}`;
}

/** A container of scalars only: one line. */
function isLeaf(value) {
  return Object.values(value).every((v) => v === null || typeof v !== 'object');
}
