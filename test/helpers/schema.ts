import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv.default({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

/** Validate a JSON report against the shipped schema; returns the error list (empty when valid). */
export function schemaErrors(report: unknown): string[] {
  return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
