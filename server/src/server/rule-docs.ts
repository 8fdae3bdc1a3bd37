// Where the editor opens a rule's documentation: the page bundled with the server (the
// extension ships docs/rules/), so it opens offline and matches the installed version; the
// web address only when the server runs without its docs beside it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleDocsUrl } from '../protocol';
import { uriOf } from './uris';

/** docs/rules beside the bundle (dist/rmplint.js), or beside the compiled sources (server/out/server). */
const FOLDERS = [path.join(__dirname, '..', 'docs', 'rules'), path.join(__dirname, '..', '..', '..', 'docs', 'rules')];

const known = new Map<string, string | undefined>();

/** The bundled page of a rule as a file URI, or undefined when it is not there. */
export function bundledRuleDoc(id: string): string | undefined {
  if (!/^[a-z][a-z-]*$/.test(id)) return undefined;
  if (!known.has(id)) {
    const file = FOLDERS.map((folder) => path.join(folder, `${id}.md`)).find((f) => fs.existsSync(f));
    known.set(id, file && uriOf(file));
  }
  return known.get(id);
}

/** The link for a rule's documentation in diagnostics and hovers. */
export function ruleDocLink(id: string): string {
  return bundledRuleDoc(id) ?? ruleDocsUrl(id);
}
