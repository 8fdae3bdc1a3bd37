// Whole HTML documents around a rendered plan: the self-contained export (styles inlined,
// no script, a CSP that allows nothing but that one stylesheet) and the webview page
// (stylesheet and script from the extension's media folder, script only by nonce).
import type { WebviewResources } from '../protocol';
import { createHash } from 'crypto';
import { attrs, escapeHtml } from './html';
import type { RenderedPlan } from './render-plan';

/** A standalone HTML file an auditor can open or print; `css` is the preview stylesheet. */
export function exportDocument(plan: RenderedPlan, css: string): string {
  const style = `\n${css}\n`;
  const hash = createHash('sha256').update(style, 'utf8').digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"${attrs({ content: csp })}>
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(plan.title)}</title>
<style>${style}</style>
</head>
<body class="export">
${plan.html}
</body>
</html>
`;
}


export function webviewCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `img-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The preview page: the plan in `#plan` (`plan.html` with the block markers of `pageHtml`),
 * patched block by block on updates by the script.
 */
export function webviewDocument(plan: RenderedPlan, resources: WebviewResources): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"${attrs({ content: webviewCsp(resources.cspSource, resources.nonce) })}>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta id="rmplint-state"${attrs({ 'data-state': JSON.stringify(resources.state) })}>
<link rel="stylesheet"${attrs({ href: resources.styleUri })}>
<title>${escapeHtml(plan.title)}</title>
</head>
<body class="webview">
<div id="plan"><!--(-->${plan.html}<!--)--></div>
<script${attrs({ nonce: resources.nonce, src: resources.scriptUri })}></script>
</body>
</html>
`;
}
