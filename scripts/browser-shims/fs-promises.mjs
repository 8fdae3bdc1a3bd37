// `fs/promises` in the web worker server: see fs.mjs.
import { promises } from './fs.mjs';

export const { stat, readFile, readdir, writeFile, mkdir } = promises;
export default promises;
