// `rmplint render <plan> [-o out.html]`: placeholder until the renderer lands.
import { EXIT_USAGE, type Output } from './lint-command';

export function runRender(_args: readonly string[], _cwd: string, out: Output): number {
  out.stderr('rmplint: render is not yet available in this version\n');
  return EXIT_USAGE;
}
