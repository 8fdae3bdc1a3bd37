// Which link targets a rendered plan may carry: http(s), mailto and relative paths.
// Anything else (javascript:, data:, vbscript:, file:, protocol-relative) stays text.
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED = new Set(['http', 'https', 'mailto']);

export function isSafeLink(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (compact.startsWith('//') || compact.startsWith('\\\\') || compact.startsWith('/\\') || compact.startsWith('\\/')) return false;
  const scheme = SCHEME.exec(compact);
  return !scheme || ALLOWED.has(scheme[1].toLowerCase());
}
