// The plan preview's script (loaded by nonce). It only talks to the extension:
// reveal a line on click, report the top line on scroll, follow the editor's scroll,
// and swap in re-rendered plan HTML without losing the scroll position.
// Lines in messages and data-line attributes are zero-based.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const stateElement = document.getElementById('rmplint-state');
  const initial = JSON.parse((stateElement && stateElement.getAttribute('data-state')) || '{}');
  const state = Object.assign({}, initial, vscode.getState() || {});
  if (initial.uri && state.uri !== initial.uri) state.line = initial.line;
  const container = document.getElementById('plan');

  /** Elements with a source line, by position on the page; rebuilt after each update. */
  let marks = [];
  function collectMarks() {
    marks = Array.from(container.querySelectorAll('[data-line]'))
      .map((element) => ({ line: Number(element.getAttribute('data-line')), top: element.getBoundingClientRect().top + window.scrollY }))
      .filter((m) => Number.isFinite(m.line))
      .sort((a, b) => a.top - b.top || a.line - b.line);
  }

  /**
   * The block shown at the top sits this far below the window's edge, and the top line
   * is read at the same depth, so a line scrolled to reads back as that line.
   */
  const TOP_GAP = 8;

  function lineAtTop() {
    const y = window.scrollY + TOP_GAP;
    let before;
    let after;
    for (const m of marks) {
      if (m.top <= y + 1) before = m;
      else if (!after && before && m.line > before.line) after = m;
    }
    if (!before) return 0;
    if (!after || after.top === before.top) return before.line;
    return before.line + ((y - before.top) / (after.top - before.top)) * (after.line - before.line);
  }

  function topOfLine(line) {
    // The plan's first block (often its H1 on line 0) sits below the summary and the plan's
    // details: a line at or above it shows the page from the top, summary first.
    if (marks.length === 0 || marks.every((m) => m.line >= line)) return 0;
    let before;
    let after;
    for (const m of marks) {
      if (m.line <= line && (!before || m.line >= before.line)) before = m;
      if (m.line > line && (!after || m.line < after.line)) after = m;
    }
    if (!before) return 0;
    if (!after || after.line === before.line) return before.top;
    return before.top + ((line - before.line) / (after.line - before.line)) * (after.top - before.top);
  }

  /** Scrolls caused by the editor are not echoed back to it. */
  let ignoreScrollUntil = 0;
  /**
   * The source line of the plan's first tier or risk: above it (title, details, introduction)
   * the page stays at its top, where the header and the summary are.
   */
  function firstSectionLine() {
    const first = container.querySelector('.plan-body h2[data-line], .plan-body .risk[data-line], .plan-body .risk-card[data-line]');
    return first ? Number(first.getAttribute('data-line')) : Infinity;
  }

  function scrollToLine(line) {
    ignoreScrollUntil = Date.now() + 150;
    window.scrollTo(0, line < firstSectionLine() ? 0 : Math.max(0, topOfLine(line) - TOP_GAP));
  }

  let scrollPending = false;
  window.addEventListener('scroll', () => {
    if (scrollPending) return;
    scrollPending = true;
    requestAnimationFrame(() => {
      scrollPending = false;
      const line = lineAtTop();
      state.line = line;
      vscode.setState(state);
      if (Date.now() >= ignoreScrollUntil) vscode.postMessage({ type: 'scroll', line: Math.floor(line) });
    });
  });

  function reveal(element) {
    const line = Number(element.getAttribute('data-line'));
    if (Number.isFinite(line)) vscode.postMessage({ type: 'reveal', line });
  }

  container.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const link = target.closest('a');
    if (link) {
      // Links never navigate the webview; the extension decides what to open.
      event.preventDefault();
      vscode.postMessage({ type: 'openLink', href: link.getAttribute('href') || '' });
      return;
    }
    const clickable = target.closest('.badge, .risk, .risk [data-line]');
    if (clickable && !window.getSelection().toString()) reveal(target.closest('.badge') || target.closest('[data-line]'));
  });
  container.addEventListener('dblclick', (event) => {
    const element = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    if (element) reveal(element);
  });
  container.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target instanceof Element && event.target.classList.contains('badge')) reveal(event.target);
  });

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'update' && typeof message.html === 'string') {
      const y = window.scrollY;
      container.innerHTML = message.html;
      if (typeof message.title === 'string') document.title = message.title;
      collectMarks();
      ignoreScrollUntil = Date.now() + 150;
      window.scrollTo(0, y);
    } else if (message.type === 'scrollTo' && typeof message.line === 'number') {
      scrollToLine(message.line);
    }
  });
  window.addEventListener('resize', collectMarks);

  collectMarks();
  if (typeof state.line === 'number' && state.line > 0) scrollToLine(state.line);
  vscode.setState(state);
  vscode.postMessage({ type: 'ready' });
})();
