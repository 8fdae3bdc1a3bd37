// The package version, read from rmplint's package.json wherever the code runs from
// (the dist bundle or the compiled server/out tree sit at different depths).
import * as fs from 'fs';
import * as path from 'path';

export function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'rmplint' && pkg.version) return pkg.version;
    } catch {
      // no package.json here; keep looking upwards
    }
    if (path.dirname(dir) === dir) return '0.0.0';
  }
}
