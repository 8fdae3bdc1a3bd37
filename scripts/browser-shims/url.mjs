// `url` in the web worker server: file: URIs only convert to and from POSIX paths.
export function fileURLToPath(url) {
  const parsed = new URL(String(url));
  if (parsed.protocol !== 'file:') throw new TypeError('The URL must be of scheme file');
  return decodeURIComponent(parsed.pathname);
}

export function pathToFileURL(path) {
  return new URL(`file://${encodeURI(path).replace(/[?#]/g, encodeURIComponent)}`);
}

export default { fileURLToPath, pathToFileURL };
