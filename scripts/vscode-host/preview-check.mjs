// The preview's message passing, checked through the workbench like a user would: typing
// in the plan updates the preview, clicking in the preview moves the editor's cursor, and
// scrolling either side scrolls the other. Runs the development build of the extension
// in code-server on a copy of test/vscode-fixtures/preview (one plan long enough to scroll).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scratchHome, startCodeServer, workbenchUrl } from './code-server.mjs';
import { REPO } from './setup.mjs';
import { check, goToLine, livePreview, poll, pollUntil, quickOpen, reportFailure, runCommand, shoot, TIMEOUT } from './workbench-ui.mjs';

const PLAN = 'maple-street.rmp.md';
const TABLE_PLAN = 'juniper-table.rmp.md';
/** A YAML plan with an accepted risk and a recorded next review (code lenses are on for YAML only, see the fixture's settings). */
const ACCEPTED_PLAN = 'birch-family-practice.rmp.yaml';
const TODAY = '2026-06-15';

/**
 * Table cells narrower than a word they hold (a word is what the browser may not break:
 * text between spaces, or after a hyphen), measured in the preview's own font.
 */
function cellsNarrowerThanAWord(frame) {
  return frame.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
    document.body.append(probe);
    const narrow = [];
    for (const cell of document.querySelectorAll('#plan td, #plan th')) {
      if (cell.getClientRects().length === 0) continue; // a header hidden when rows show as cards
      const style = getComputedStyle(cell);
      const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      for (const node of [cell, ...cell.querySelectorAll('.badge, .due')]) {
        const own = node === cell ? [...cell.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' ') : node.textContent;
        probe.style.font = getComputedStyle(node).font;
        for (const word of own.split(/\s+|(?<=-)/).filter(Boolean)) {
          probe.textContent = word;
          if (probe.getBoundingClientRect().width > room + 1) narrow.push(`${word} (${Math.round(probe.getBoundingClientRect().width)}px) in a ${Math.round(room)}px cell`);
        }
      }
    }
    probe.remove();
    return narrow;
  });
}

/** 1-based line numbers of the plan as checked in, so expectations come from the file, not from the preview. */
function planLines(workspace) {
  const lines = fs.readFileSync(path.join(workspace, 'plans', PLAN), 'utf8').split('\n');
  const lineOf = (predicate, from = 0) => {
    const index = lines.findIndex((text, i) => i >= from && predicate(text));
    if (index < 0) throw new Error(`the fixture ${PLAN} has changed`);
    return index + 1;
  };
  const heading = (id) => lineOf((text) => text.startsWith(`### ${id}:`));
  return { heading, dueOf: (id) => lineOf((text) => text.startsWith('- **Due:**'), heading(id)) };
}

/**
 * The plan editor's cursor line, read from the gutter's active line number. The status
 * bar's "Ln 12, Col 1" is not used: VS Code hides it while the preview webview has focus,
 * which is exactly when a click in the preview has just moved the cursor.
 */
function cursorLine(page) {
  return page.locator('.part.editor .monaco-editor').first().evaluate((editor) => {
    const active = editor.querySelector('.margin-view-overlays .line-numbers.active-line-number');
    return active && /^\d+$/.test(active.textContent.trim()) ? Number(active.textContent) : undefined;
  });
}

/** The plan editor's top line (1-based; a partly hidden line counts, as in visibleRanges), read from its line-number gutter. */
function editorTopLine(page) {
  return page.locator('.part.editor .monaco-editor').first().evaluate((editor) => {
    const view = editor.querySelector('.lines-content')?.parentElement?.getBoundingClientRect();
    const numbers = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')]
      .filter((element) => /^\d+$/.test(element.textContent.trim()))
      .map((element) => ({ line: Number(element.textContent), box: element.getBoundingClientRect() }))
      .filter((n) => view && n.box.bottom > view.top + 1)
      .sort((a, b) => a.box.top - b.box.top);
    return numbers[0]?.line;
  });
}

/**
 * Where the preview is scrolled to: the source lines (1-based) of the block at the top
 * of its viewport and of the next block below it. Badges carry their finding's line,
 * not their block's, so they are left out.
 */
function previewTop(frame) {
  return frame.evaluate(() => {
    const blocks = [...document.querySelectorAll('#plan [data-line]:not(.badge)')]
      .map((element) => ({ line: Number(element.getAttribute('data-line')) + 1, top: element.getBoundingClientRect().top }))
      .sort((a, b) => a.top - b.top || a.line - b.line);
    const at = blocks.filter((b) => b.top <= 12).pop();
    const next = blocks.find((b) => b.top > 12 && (!at || b.line > at.line));
    return { line: at?.line ?? 1, next: next?.line ?? Infinity, scrollY: window.scrollY };
  });
}

/** The code lenses' texts in the active editor, top to bottom. */
function codeLensTexts(page) {
  return page.locator('.part.editor .monaco-editor').first().evaluate((editor) =>
    [...editor.querySelectorAll('.codelens-decoration')]
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      .map((lens) => lens.textContent.trim()),
  );
}

/** Whole days from `from` to `to` (ISO dates). */
function daysFrom(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Go to Line, then the cursor seen on that line. */
async function goToCursorLine(page, line) {
  await goToLine(page, line);
  await poll(`the cursor on line ${line}`, async () => (await cursorLine(page)) === line);
}

/**
 * An empty line above `line`, with the cursor on it, made by one command: Home, Enter and
 * ArrowUp typed in the editor went to a suggestion list the extension had just opened (in 2
 * of 9 runs: ArrowUp moved in the list, and the owner was typed onto the start of the Due line).
 */
async function newLineAbove(page, line) {
  await goToCursorLine(page, line);
  await runCommand(page, 'Insert Line Above');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/** Turns a mouse wheel over the middle of `box`, one notch at a time. */
async function wheel(page, box, notches) {
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < Math.abs(notches); i++) await page.mouse.wheel(0, Math.sign(notches) * 100);
}

/** The editor's top line lies within the block at the preview's top (a line of slack for a block that straddles the edge). */
function inStep(editorTop, preview) {
  return editorTop !== undefined && preview.line - 1 <= editorTop && editorTop <= preview.next;
}

/**
 * Waits until neither side has moved for three reads in a row (a user's pause: longer than
 * the preview's echo guard) in a state that passes `accept`; returns the editor's top line
 * and the preview's position.
 */
async function whenSettled(page, preview, what, accept = () => true) {
  const reads = [];
  let seen;
  try {
    return await poll(what, async () => {
      seen = [await editorTopLine(page), await previewTop(await preview())];
      reads.push(JSON.stringify(seen));
      const still = reads.length >= 3 && reads.slice(-3).every((r) => r === reads[reads.length - 1]);
      return still && accept(...seen) && seen;
    });
  } catch (error) {
    throw new Error(`${error.message}; last seen editor top line ${seen?.[0]}, preview ${JSON.stringify(seen?.[1])}`);
  }
}

export async function checkPreviewMessages(browser, workspace) {
  const lines = planLines(workspace);
  const home = scratchHome('preview');
  const server = await startCodeServer(home, (line) => console.log(`  ${line}`));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(workbenchUrl(server, workspace, [['extensionDevelopmentPath', server.remote(REPO)]]));
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: TIMEOUT });
    await quickOpen(page, PLAN);
    // The status bar summary shows once the extension has activated and linted the plan.
    await page.locator('.statusbar-item', { hasText: '24/24 open' }).waitFor({ timeout: TIMEOUT });
    await runCommand(page, 'rmplint: Open Plan Preview to the Side');
    const previewFrame = livePreview(page, 'the preview webview to show the plan', (text) => text.includes('Maple Street Dental') && text.includes('R-024'));
    await previewFrame();
    const editor = page.locator('.part.editor .monaco-editor').first();
    // Null while an element is not laid out yet: read again until both are on screen.
    const editorBox = await poll('the plan editor on screen', () => editor.boundingBox());
    const previewBox = await poll('the preview on screen', async () => (await (await previewFrame()).frameElement()).boundingBox());

    await check('reveal: clicking a risk heading in the preview puts the editor cursor on it', async () => {
      const want = lines.heading('R-020');
      await (await previewFrame()).locator('h3.risk', { hasText: 'R-020' }).click();
      await poll(`the editor's cursor on line ${want}`, async () => (await cursorLine(page)) === want);
      return `Ln ${want}`;
    });

    await check("reveal: clicking a finding badge puts the cursor on the finding's line", async () => {
      const want = lines.dueOf('R-015');
      await (await previewFrame()).locator('.badge[data-rule="invalid-date"]').click();
      await poll(`the editor's cursor on line ${want}`, async () => (await cursorLine(page)) === want);
      return `Ln ${want}`;
    });

    await check('scroll sync: scrolling the editor scrolls the preview to the same block', async () => {
      await whenSettled(page, previewFrame, 'the reveal to finish');
      await editor.click({ position: { x: 200, y: 20 } });
      await page.keyboard.press('Control+Home');
      await poll('the editor and the preview at the top', async () => (await editorTopLine(page)) === 1 && (await previewTop(await previewFrame())).scrollY < 50);
      await wheel(page, editorBox, 30);
      const [top, preview] = await whenSettled(page, previewFrame, 'the preview to follow the editor', (top, preview) => top > 40 && inStep(top, preview));
      return `editor from line 1 to ${top}, preview block at its top: line ${preview.line}`;
    });

    await check('scroll sync: scrolling the preview scrolls the editor to the same block', async () => {
      const start = await editorTopLine(page);
      await wheel(page, previewBox, -15);
      const [top, preview] = await whenSettled(page, previewFrame, 'the editor to follow the preview', (top, preview) => start - top > 20 && inStep(top, preview));
      return `editor from line ${start} to ${top}, preview block at its top: line ${preview.line}`;
    });

    await check('update: retitling a risk in the editor retitles it in the preview', async () => {
      await goToCursorLine(page, lines.heading('R-003'));
      await page.keyboard.press('End');
      await page.keyboard.type(' at night');
      await poll('the new title in the preview', async () => (await previewFrame()).locator('h3.risk', { hasText: 'R-003' }).innerText({ timeout: 1000 }).then((t) => t.includes('login at night')));
    });

    await check("update: adding the missing owner removes the preview's missing-owner badge", async () => {
      const risk006 = async () => (await previewFrame()).locator('h3.risk', { hasText: 'R-006' });
      const missingOwner = async () => (await previewFrame()).locator('.badge[data-rule="missing-owner"]');
      await (await risk006()).locator('.badge[data-rule="missing-owner"]').waitFor({ timeout: TIMEOUT });
      const before = await (await missingOwner()).count();
      // A new line above the Due line, so no list continuation or indentation gets in the way.
      await newLineAbove(page, lines.dueOf('R-006'));
      await page.keyboard.type('- **Owner:** Front Desk Lead');
      // Renders while typing may show the half-typed line; the last one shows the owner and one badge fewer.
      await poll(`${before - 1} missing-owner badges and R-006's owner in the preview`, async () => {
        const owner = await (await previewFrame()).locator('h3.risk:has-text("R-006") + ul li', { hasText: 'Owner: Front Desk Lead' }).count();
        return owner > 0 && (await (await missingOwner()).count()) === before - 1 && (await (await risk006()).locator('.badge').count()) === 0;
      });
      return `${before} missing-owner badges, then ${before - 1}`;
    });

    await check('half width: the preview beside a table-form plan keeps every column at least a word wide', async () => {
      await quickOpen(page, TABLE_PLAN);
      const tables = livePreview(page, 'the preview to follow the table-form plan', (text) => text.includes('Juniper Street') && text.includes('T-06'));
      let narrow = [];
      await poll('every table column at least a word wide', async () => (narrow = await cellsNarrowerThanAWord(await tables())).length === 0).catch((error) => {
        throw new Error(`${error.message}: ${narrow.slice(0, 5).join('; ')}`);
      });
      const box = await poll('the preview on screen', async () => (await (await tables()).frameElement()).boundingBox());
      const cells = await (await tables()).locator('#plan td').count();
      return `${cells} cells in a ${Math.round(box.width)}px preview of a 1280px window; ${path.relative(REPO, await shoot(page, 'vscode-preview-table-half-width.png'))}`;
    });

    await quickOpen(page, ACCEPTED_PLAN);
    const birch = livePreview(page, 'the preview to follow the YAML plan', (text) => text.includes('Birch Family Practice') && text.includes('B-002'));
    await birch();

    await check('accepted: an accepted risk shows as accepted, not done, in the preview, the lens and the status bar', async () => {
      const { state } = await pollUntil(
        "B-002 accepted in the preview's card and summary",
        async () => ({
          state: (await (await birch()).locator('article.risk-card', { hasText: 'B-002' }).locator('.state').innerText({ timeout: 1000 })).trim(),
          figures: (await (await birch()).locator('.plan-summary .figures').innerText({ timeout: 1000 })).replace(/\s+/g, ' '),
        }),
        ({ state, figures }) => state.toLowerCase() === 'accepted' && /\b1 Accepted\b/.test(figures) && /\b0 Done\b/.test(figures),
      );
      const want = 'accepted · review by 2026-12-31';
      const lens = await pollUntil('the lens on B-002', async () => (await codeLensTexts(page)).find((t) => t.startsWith('accepted')), (lens) => lens === want);
      const status = await page.locator('.statusbar-item', { hasText: '1 accepted' }).first().innerText({ timeout: TIMEOUT });
      return `preview "${state.trim()}", lens "${lens}", status bar "${status.trim()}"`;
    });

    await check('review dates: the code lens and the preview give the same next review', async () => {
      const { lens, pill, recorded } = await pollUntil(
        `the summary lens, the preview's review line and its plan card giving one next review (today ${TODAY})`,
        async () => ({
          lens: (await codeLensTexts(page)).find((t) => /next review in \d+ days?|review overdue|review due today/.test(t)),
          pill: await (await birch()).locator('.review-state').innerText({ timeout: 1000 }),
          recorded: await (await birch()).locator('.plan-meta .meta-row', { hasText: 'Next review' }).locator('dd').innerText({ timeout: 1000 }),
        }),
        ({ lens, pill, recorded }) => {
          const lensDays = Number(/next review in (\d+) days?/.exec(lens ?? '')?.[1]);
          const [, pillDays, pillDate] = /Next review in (\d+) days? \((\d{4}-\d\d-\d\d)\)/.exec(pill) ?? [];
          return pillDate !== undefined && lensDays === Number(pillDays) && daysFrom(TODAY, pillDate) === lensDays && recorded.includes(pillDate);
        },
      );
      return `lens "${lens.split(' · ').pop()}", preview "${pill}", plan card "${recorded.trim()}"`;
    });

    await check('completion: starting a field line in a Markdown plan opens suggestions without Ctrl+Space', async () => {
      await quickOpen(page, PLAN);
      await newLineAbove(page, lines.dueOf('R-010'));
      // The space after the bullet asks for suggestions; the rest is typed once they are shown,
      // as a person reads them (typed at once, a loaded machine's answer could come after the
      // keystrokes that follow, which the editor then drops).
      await page.keyboard.type('- ');
      const widget = page.locator('.part.editor .suggest-widget.visible');
      await widget.locator('.monaco-list-row').first().waitFor({ timeout: TIMEOUT });
      await page.keyboard.type('**O');
      await widget.locator('.monaco-list-row', { hasText: 'Owner' }).first().waitFor({ timeout: TIMEOUT });
      const rows = await widget.locator('.monaco-list-row').allInnerTexts();
      await page.keyboard.press('Escape');
      return `${rows.length} suggestions, first "${rows[0]?.split('\n')[0]}"`;
    });

    await check('actions view: the Explorer lists open actions by when they are due, with the overdue count as its badge, and goes to an action', async () => {
      // Saved, so the Explorer's unsaved-files count does not stand in the place of the view's badge.
      await runCommand(page, 'File: Save All Files');
      const header = page.locator('.pane-header', { hasText: 'Risk Plan Actions' });
      await header.waitFor({ timeout: TIMEOUT });
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      const pane = page.locator('.pane', { has: header });
      const overdue = pane.locator('.monaco-list-row', { hasText: 'T-04' });
      await overdue.waitFor({ timeout: TIMEOUT });
      // The view is asked again whenever diagnostics change (the save above re-lints): read until it shows the whole workspace.
      const { groups } = await pollUntil(
        "T-04's row and the groups",
        async () => ({
          text: (await overdue.innerText({ timeout: 1000 })).replace(/\s+/g, ' '),
          groups: (await pane.locator('.monaco-list-row[aria-level="1"]').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()),
        }),
        ({ text, groups }) => text.includes('Dr. Mateo Cruz · overdue by 45 days') && /^Overdue\s*1$/.test(groups[0] ?? ''),
      );
      const badge = await poll('the overdue badge', async () => {
        const badges = await page.locator('.activitybar .action-item .badge .badge-content').allInnerTexts();
        return badges.find((b) => b.trim() === '1');
      });
      await overdue.click();
      const want = fs.readFileSync(path.join(workspace, 'plans', TABLE_PLAN), 'utf8').split('\n').findIndex((l) => l.includes('T-04')) + 1;
      await page.locator('.editor-group-container.active .tabs-container .tab.active', { hasText: TABLE_PLAN }).waitFor({ timeout: TIMEOUT });
      await poll(`the cursor on T-04's line ${want}`, async () => (await cursorLine(page)) === want);
      return `groups ${groups.join(', ')}; badge ${badge}; Ln ${want}; ${path.relative(REPO, await shoot(page, 'vscode-actions-view.png'))}`;
    });
    return 0;
  } catch (error) {
    reportFailure('preview check', error);
    console.error(`  last screen: ${path.relative(REPO, await shoot(page, 'vscode-preview-failure.png').catch(() => '?'))}`);
    return 1;
  } finally {
    await context.close();
    await server.stop();
  }
}
