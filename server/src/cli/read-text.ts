// Reads a file as UTF-8 text, refusing binary content and invalid UTF-8 so a plan is
// never linted (or rewritten by --fix) from a garbled decoding.
import * as fs from 'fs';
import { reason } from './discover';

export interface TextFile {
  /** The decoded text, without a byte order mark. */
  readonly text: string;
  /** The file began with a UTF-8 byte order mark (kept when the file is rewritten). */
  readonly bom: boolean;
  /** The bytes as read, to notice a change on disk before writing. */
  readonly bytes: Buffer;
}

/** A file that cannot be read or written; the message names it and is printed as is (exit 2). */
export class FileProblem extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readTextFile(file: string, display: string): TextFile {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new FileProblem(`${display}: ${reason(error)}`);
  }
  return decodeText(bytes, display);
}

/** Standard input, whole, with the same checks as a file. */
export function readStdinText(display: string, read: () => Buffer = () => fs.readFileSync(0)): TextFile {
  let bytes: Buffer;
  try {
    bytes = read();
  } catch (error) {
    throw new FileProblem(`${display} (stdin): ${reason(error)}`);
  }
  return decodeText(bytes, display);
}

function decodeText(bytes: Buffer, display: string): TextFile {
  if (bytes.includes(0)) throw new FileProblem(`${display}: is not a text file (it contains NUL bytes)`);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new FileProblem(`${display}: is not valid UTF-8 text`);
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom, bytes };
}

/** The first bytes of a file as text (a cheap look before reading a large file whole); '' when unreadable. */
export function readHead(file: string, bytes: number): string {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buffer = Buffer.alloc(bytes);
    const read = fs.readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
