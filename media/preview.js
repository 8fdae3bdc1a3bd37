// The plan preview's script (loaded by nonce). It only talks to the extension:
// reveal a line on click, report the top line on scroll, follow the editor's scroll,
// and patch the plan in place when it changes: the server sends the page as blocks (header,
// summary, each section or risk card) with HTML only for the blocks this page lacks, and
// only those elements are replaced, inserted or removed, so scrolling, a selection and the
// find widget's highlights in the rest of the page stay.
// Lines in messages and data-line attributes are zero-based.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const stateElement = document.getElementById('rmplint-state');
  const initial = JSON.parse((stateElement && stateElement.getAttribute('data-state')) || '{}');
  const state = Object.assign({}, initial, vscode.getState() || {});
  if (initial.uri && state.uri !== initial.uri) state.line = initial.line;
  const container = document.getElementById('plan');

  /** Elements with a source line, by position on the page; rebuilt when next needed after an update. */
  let marks = [];
  let marksStale = false;
  function currentMarks() {
    if (marksStale) collectMarks();
    return marks;
  }
  function collectMarks() {
    marksStale = false;
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
    for (const m of currentMarks()) {
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
    if (currentMarks().length === 0 || marks.every((m) => m.line >= line)) return 0;
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

  // The page's blocks, read from the comments the server writes before each block
  // (`b KEY LINE`) and around each container's children (`(` and `)`): a block is its
  // marker and the nodes up to the next marker; a container's children sit in its region.
  function readRegion(start) {
    const region = { start, blocks: [] };
    let block = null;
    for (let node = start.nextSibling; node; node = node.nextSibling) {
      if (node.nodeType === Node.COMMENT_NODE) {
        if (node.data === ')') break;
        const marker = /^b (\S+) (-?\d+)$/.exec(node.data);
        if (marker) {
          block = { key: marker[1], line: Number(marker[2]), marker: node, nodes: [] };
          region.blocks.push(block);
          continue;
        }
      }
      if (block) block.nodes.push(node);
    }
    for (const b of region.blocks) {
      const open = regionStartIn(b.nodes);
      if (open) b.region = readRegion(open);
    }
    return region;
  }

  /** The first `(` comment in these nodes: a container's own region comes before its children's. */
  function regionStartIn(nodes) {
    for (const node of nodes) {
      if (node.nodeType === Node.COMMENT_NODE && node.data === '(') return node;
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_COMMENT);
      for (let c = walker.nextNode(); c; c = walker.nextNode()) if (c.data === '(') return c;
    }
    return null;
  }

  const rootStart = Array.from(container.childNodes).find((n) => n.nodeType === Node.COMMENT_NODE && n.data === '(');
  let page = rootStart ? readRegion(rootStart) : null;

  function keysOf(region, into) {
    for (const b of region.blocks) {
      into.push(b.key);
      if (b.region) keysOf(b.region, into);
    }
    return into;
  }

  /** A block of the update whose HTML this page lacks: the extension is asked for the whole page. */
  class Missing extends Error {}

  function createBlock(wire) {
    const template = document.createElement('template');
    template.innerHTML = wire.html;
    const nodes = Array.from(template.content.childNodes);
    const block = { key: wire.key, line: wire.line || 0, marker: document.createComment(`b ${wire.key} ${wire.line || 0}`), nodes };
    if (wire.children) {
      const open = regionStartIn(nodes);
      if (!open) throw new Missing();
      block.region = { start: open, blocks: [] };
    }
    return block;
  }

  function cloneBlock(block) {
    return { key: block.key, line: block.line, marker: document.createComment(block.marker.data), nodes: block.nodes.map((n) => n.cloneNode(true)) };
  }

  /** Pairs each block of the update with a block of the page (same key) or a new one; what is left in `pool` goes. */
  function match(wires, pool, seen) {
    return wires.map((wire) => {
      const reusable = pool.get(wire.key);
      let block = reusable && reusable.shift();
      if (!block) {
        if (typeof wire.html === 'string') block = createBlock(wire);
        else if (seen.has(wire.key) && !wire.children) block = cloneBlock(seen.get(wire.key));
        else throw new Missing();
      }
      seen.set(wire.key, block);
      if (wire.children && !block.region) throw new Missing();
      return { wire, block, children: wire.children ? match(wire.children, pool, seen) : null };
    });
  }

  function pool(region, into) {
    for (const b of region.blocks) {
      const list = into.get(b.key);
      if (list) list.push(b);
      else into.set(b.key, [b]);
      if (b.region) pool(b.region, into);
    }
    return into;
  }

  /** Moves a block's `data-line` numbers to its new first line (a line was added or removed above it). */
  function shiftBlock(block, line) {
    const delta = line - block.line;
    for (const node of block.nodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      for (const element of [node, ...node.querySelectorAll('[data-line]')]) {
        if (element.hasAttribute('data-line')) element.setAttribute('data-line', String(Number(element.getAttribute('data-line')) + delta));
      }
    }
    block.line = line;
    block.marker.data = `b ${block.key} ${line}`;
  }

  /** Puts the blocks in order after the region's start, moving only those not already in place. */
  function place(region, planned) {
    let after = region.start;
    for (const { wire, block, children } of planned) {
      const line = wire.line || 0;
      if (block.line !== line) shiftBlock(block, line);
      if (after.nextSibling !== block.marker) {
        const fragment = document.createDocumentFragment();
        fragment.append(block.marker, ...block.nodes);
        after.parentNode.insertBefore(fragment, after.nextSibling);
      }
      if (children) place(block.region, children);
      after = block.nodes.length > 0 ? block.nodes[block.nodes.length - 1] : block.marker;
    }
    region.blocks = planned.map((p) => p.block);
  }

  function patch(root) {
    if (!page) throw new Missing();
    const old = pool(page, new Map());
    const planned = match([root], old, new Map());
    for (const list of old.values()) {
      for (const b of list) {
        b.marker.remove();
        for (const node of b.nodes) node.remove();
      }
    }
    place(page, planned);
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'patch' && message.blocks && typeof message.blocks === 'object') {
      try {
        patch(message.blocks);
      } catch (error) {
        if (!(error instanceof Missing)) throw error;
        // The update was made for another page (this one was reloaded meanwhile); nothing was
        // changed yet (blocks are matched before any is moved): ask for every block's HTML.
        vscode.postMessage({ type: 'resync' });
        return;
      }
      if (typeof message.title === 'string') document.title = message.title;
      marksStale = true;
      ignoreScrollUntil = Date.now() + 150;
    } else if (message.type === 'scrollTo' && typeof message.line === 'number') {
      scrollToLine(message.line);
    }
  });
  window.addEventListener('resize', () => {
    marksStale = true;
  });

  collectMarks();
  if (typeof state.line === 'number' && state.line > 0) scrollToLine(state.line);
  vscode.setState(state);
  vscode.postMessage({ type: 'ready', keys: page ? keysOf(page, []) : [] });
})();
