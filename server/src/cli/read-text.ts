// Reads a file as UTF-8 text, refusing binary content. Text that is not valid UTF-8 is read as
// Windows-1252, the encoding of text saved from Word and Excel on Windows, so the plan is still
// linted (the editor lints what it shows, too); the caller says so, and --fix never writes it.
import * as fs from 'fs';
import { reason } from './discover';

export interface TextFile {
  /** The decoded text, without a byte order mark. */
  readonly text: string;
  /** The file began with a UTF-8 byte order mark (kept when the file is rewritten). */
  readonly bom: boolean;
  /** The bytes as read, to notice a change on disk before writing. */
  readonly bytes: Buffer;
  /** How the bytes were read: UTF-8, or Windows-1252 when they are not valid UTF-8. */
  readonly encoding: 'utf-8' | 'windows-1252';
}

/** A file that cannot be read or written; the message names it and is printed as is (exit 2). */
export class FileProblem extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Decodes every byte (the five it leaves undefined become C1 controls): never fails. */
const windows1252 = new TextDecoder('windows-1252');

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
    return { text: windows1252.decode(bytes), bom: false, bytes, encoding: 'windows-1252' };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom, bytes, encoding: 'utf-8' };
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
