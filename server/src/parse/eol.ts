// The dominant line ending of a text, which fixes write new lines with.
export function dominantEol(text: string): '\n' | '\r\n' {
  if (!text.includes('\r')) return '\n'; // one native search; most plans have no CR (every keystroke asks)
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}
