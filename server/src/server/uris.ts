// Document URIs and file paths: the server speaks URIs, the engine file names.
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The local file path of a `file:` URI, or undefined for other schemes (untitled, git...). */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The name used to decide whether a document is a plan: its path, or the URI's path part. */
export function fileNameOf(uri: string): string {
  return filePathOf(uri) ?? decodeURIComponent(uri.replace(/^[a-z][\w+.-]*:/i, '').replace(/[?#].*$/, ''));
}

export function uriOf(filePath: string): string {
  return pathToFileURL(filePath).href;
}
