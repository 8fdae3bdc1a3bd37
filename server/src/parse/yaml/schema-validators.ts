// The plan schema's validators. Compiled here with ajv on first use (the compiled server
// and the tests); the bundles replace this module with the same validators precompiled at
// build time by ajv's standalone code (scripts/bundle.mjs), so the first YAML plan an
// editor opens does not wait for ajv to load and compile the schema.
import type { ValidateFunction } from 'ajv';

export interface Validators {
  readonly plan: ValidateFunction;
  /** One item of `risks:`, for plans read piece by piece. */
  readonly risk: ValidateFunction;
}

// The schema sits outside the server's sources (editors read it too); `require` lets both
// the compiled server and the bundle find it.
const PLAN_SCHEMA: { $id: string } = require('../../../../schemas/risk-management-plan.schema.json');

/** The options the validators are compiled with, here and in the bundle. */
export const AJV_OPTIONS = { allErrors: true, verbose: true, allowUnionTypes: true } as const;
/** The schema references of the two validators. */
export const VALIDATOR_REFS = { plan: PLAN_SCHEMA.$id, risk: `${PLAN_SCHEMA.$id}#/definitions/risk` } as const;

let compiled: Validators | undefined;

export function validators(): Validators {
  if (compiled) return compiled;
  const Ajv = (require('ajv') as typeof import('ajv')).default;
  const ajv = new Ajv(AJV_OPTIONS);
  ajv.addSchema(PLAN_SCHEMA);
  compiled = { plan: ajv.getSchema(VALIDATOR_REFS.plan)!, risk: ajv.getSchema(VALIDATOR_REFS.risk)! };
  return compiled;
}
