// The preview stylesheet lives once, in the extension's media folder; the export inlines
// it. Found by walking up from this module, so it works from the compiled tree and from
// the bundles in dist/.
import * as fs from 'fs';
import * as path from 'path';

const RELATIVE = path.join('media', 'preview.css');

export function readStylesheet(from: string = __dirname): string {
  for (let dir = from, depth = 0; depth < 6; dir = path.dirname(dir), depth++) {
    const candidate = path.join(dir, RELATIVE);
    if (fs.existsSync(candidate)) return fs.readFileSync(candidate, 'utf8');
  }
  throw new Error(`rmplint: cannot find ${RELATIVE} next to ${from}`);
}
