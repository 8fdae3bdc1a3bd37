// The preview's page as blocks (issue 17): the server sends each block's key, and its HTML
// only when the client lacks it; the client keeps the blocks it has, moves their lines and
// assembles the page. Held here: for seeded random edit sequences on generated plans and the
// examples, the page a client assembles from the updates equals the full render of each
// version from cold caches (the export and `rmplint render`), and an edit carries little.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { resetCaches } from '../../server/out/caches';
import type { PlanKind } from '../../server/out/parse/detect';
import type { PreviewBlock } from '../../server/out/protocol';
import { blockCacheSize, CHILDREN, keysOf, wireBlocks } from '../../server/out/render/blocks';
import { renderPlan, renderPlanBlocks } from '../../server/out/render/render-plan';
import { analyse } from './lint-with-registry';
import { EXAMPLES, planFilesIn } from './plan-files';
import { RUNS_SCALE } from './random-edits';

const TODAY = '2026-06-15';
const OPTIONS = { today: TODAY, fileName: 'plan' };

/** What the webview keeps of a block: its HTML as shown, at the line it was last moved to. */
interface ClientBlock {
  readonly key: string;
  readonly line: number;
  readonly html: string;
  readonly children?: readonly ClientBlock[];
}

/** The client's own line shift (the webview's does the same on the elements' attributes). */
function moved(html: string, delta: number): string {
  return html.replace(/ data-line="(-?\d+)"/g, (_, n: string) => ` data-line="${Number(n) + delta}"`);
}

function blocksOf(block: ClientBlock | undefined, into = new Map<string, ClientBlock>()): Map<string, ClientBlock> {
  if (!block) return into;
  into.set(block.key, block);
  block.children?.forEach((child) => blocksOf(child, into));
  return into;
}

/** Applies an update: blocks without HTML are taken from what the client has, moved to their line. */
function applied(page: ClientBlock | undefined, update: PreviewBlock): ClientBlock {
  const had = blocksOf(page);
  const build = (wire: PreviewBlock): ClientBlock => {
    const line = wire.line ?? 0;
    let html = wire.html;
    if (html === undefined) {
      const old = had.get(wire.key);
      assert.ok(old, `the update names a block the client does not have: ${wire.key}`);
      html = moved(old.html, line - old.line);
    }
    return { key: wire.key, line, html, ...(wire.children ? { children: wire.children.map(build) } : {}) };
  };
  return build(update);
}

function assembled(block: ClientBlock): string {
  if (!block.children) return block.html;
  const at = block.html.indexOf(CHILDREN);
  return block.html.slice(0, at) + block.children.map(assembled).join('') + block.html.slice(at + CHILDREN.length);
}

/** The update for a client holding `page`, as the server's preview request makes it. */
function update(text: string, kind: PlanKind, page: ClientBlock | undefined): { wire: PreviewBlock; keys: string[] } {
  const { root } = renderPlanBlocks(analyse(text, kind, { today: TODAY }), OPTIONS);
  return { wire: wireBlocks(root, new Set(blocksOf(page).keys())), keys: keysOf(root) };
}

function withHtml(wire: PreviewBlock): PreviewBlock[] {
  return [...(wire.html !== undefined ? [wire] : []), ...(wire.children ?? []).flatMap(withHtml)];
}

function headingPlan(risks: number): string {
  const out = ['# Maple Plan', '', '- **Owner:** Dana', '- **Last reviewed:** 2026-01-01', '', '## This week', ''];
  for (let i = 1; i <= risks; i++) {
    out.push(`### R-${i}: Risk number ${i}`, '- **Priority:** High', `- **Action:** ${i % 7 === 0 ? 'Look into options' : `Encrypt laptop ${i} with BitLocker`}`,
      `- **Owner:** ${i % 5 === 0 ? 'TBD' : 'Office Manager'}`, `- **Due:** 2026-${String((i % 12) + 1).padStart(2, '0')}-10`, '- **Status:** Open', '');
    if (i === 3) out.push('See the [policy][pol] and [the register](register.md).', '');
    // A risk whose action sits under a sub-heading: its heading's state is drawn from the section below.
    if (i === 4) out.splice(out.length - 5, 5, '', '#### Actions', '', '- **Action:** Replace the router', '- **Owner:** Ana', '- **Due:** 2026-02-01', '- **Status:** Done', '- **Validation:** Screenshot', '');
    if (i === 5) out.push('```yaml', '- id: F-1', '  title: Written in a fence', '  owner: TBD', '  due: 2026-07-01', '```', '');
  }
  out.push('[pol]: https://example.org/policy', '');
  return out.join('\n');
}

function tablePlan(risks: number): string {
  const out = ['# Juniper Plan', '', '## Risks', '', '| ID | Risk | Action | Owner | Due | Status |', '|---|---|---|---|---|---|'];
  for (let i = 1; i <= risks; i++) out.push(`| T-${i} | Risk ${i} | ${i % 4 === 0 ? 'TBD' : `Encrypt disk ${i}`} | ${i % 3 === 0 ? '' : 'Ana'} | 2026-0${(i % 9) + 1}-01 | Open |`);
  out.push('', '## Notes', '', 'Reviewed yearly.', '');
  return out.join('\n');
}

function yamlPlan(risks: number): string {
  const out = ['plan:', '  title: Birch', '  lastReviewed: 2026-01-01', 'risks:'];
  for (let i = 1; i <= risks; i++) {
    out.push(`  - id: B-${i}`, `    title: Risk ${i}`, `    tier: ${['this-week', 'vendor', 'budget'][i % 3]}`, '    priority: high', '    treatment: mitigate',
      `    action: ${i % 4 === 0 ? 'Look into options' : `Encrypt laptop ${i}`}`, `    owner: ${i % 5 === 0 ? 'TBD' : 'Office Manager'}`, `    due: 2026-0${(i % 9) + 1}-10`, '    status: open');
  }
  return out.join('\n') + '\n';
}

const PLANS: { text: string; kind: PlanKind }[] = [
  { text: headingPlan(12), kind: 'markdown' },
  { text: tablePlan(10), kind: 'markdown' },
  { text: yamlPlan(10), kind: 'yaml' },
  ...planFilesIn(EXAMPLES).map((p) => ({ text: p.text, kind: p.kind })),
];

/** What people type, and what moves a section boundary: headings, fences, lines, tiers, references. */
const SNIPPETS = ['x', 'Z', 'Open', '### R-1: Again\n', '### R-4: Again\n', '\n', '\n\n', '### R-99: New risk\n', '## Later\n', '```\n', '~~~\n', '- **Owner:** TBD\n', '- **Due:** 2025-01-01\n',
  '| T-9 | New | TBD | | 2026-01-01 | Open |\n', '[pol]: https://example.org/other\n', '    tier: vendor\n', '  - id: B-99\n', '# ', '\r\n'];

describe('the preview page as blocks (issue 17)', function () {
  this.timeout(120_000);

  it('assembles, from updates carrying only what the client lacks, the full render of every version', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLANS),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(fc.constantFrom(...SNIPPETS), fc.nat({ max: 40 }))), { minLength: 1, maxLength: 8 }),
        ({ text: start, kind }, edits) => {
          resetCaches();
          const versions = [start];
          let page = applied(undefined, update(start, kind, undefined).wire);
          const pages = [assembled(page)];
          for (const [where, edit] of edits) {
            const text = versions[versions.length - 1];
            const at = Math.floor(where * text.length);
            const next = typeof edit === 'string' ? text.slice(0, at) + edit + text.slice(at) : text.slice(0, at) + text.slice(at + edit);
            const { wire, keys } = update(next, kind, page);
            page = applied(page, wire);
            assert.deepEqual([...blocksOf(page).keys()].sort(), [...new Set(keys)].sort());
            versions.push(next);
            pages.push(assembled(page));
          }
          // Every version again from cold caches: what the export and the CLI write.
          versions.forEach((text, i) => {
            resetCaches();
            assert.equal(pages[i], renderPlan(analyse(text, kind, { today: TODAY }), OPTIONS).html, `version ${i}`);
          });
        },
      ),
      { numRuns: 60 * RUNS_SCALE, seed: 17 },
    );
  });

  it('sends the HTML of the one section a keystroke in a risk title changed, and lines only for the sections it moved', () => {
    resetCaches();
    const text = headingPlan(40);
    const first = update(text, 'markdown', undefined);
    let page = applied(undefined, first.wire);
    const title = text.indexOf('Risk number 20') + 'Risk number 20'.length;
    const typed = `${text.slice(0, title)}x${text.slice(title)}`;
    const keystroke = update(typed, 'markdown', page);
    const changed = withHtml(keystroke.wire);
    assert.equal(changed.length, 1);
    assert.match(changed[0].html!, /^<h3 data-line="\d+" class="risk risk-open"><span class="nobr">R-20<\/span>: Risk number 20x/);
    page = applied(page, keystroke.wire);
    // A line break above risk 20: its section and those below move; only the edited one is sent.
    const at = typed.indexOf('### R-10:');
    const broken = `${typed.slice(0, at)}\n${typed.slice(at)}`;
    const enter = update(broken, 'markdown', page);
    const sent = withHtml(enter.wire);
    assert.ok(sent.length <= 2 && sent.every((b) => b.html!.length < 2000), `sent ${sent.map((b) => b.html!.slice(0, 60)).join(' | ')}`);
    assert.equal(assembled(applied(page, enter.wire)), renderPlan(analyse(broken, 'markdown', { today: TODAY }), OPTIONS).html);
  });

  it('redraws a card whose findings changed though its text did not (a duplicate ID renamed elsewhere)', () => {
    resetCaches();
    const text = yamlPlan(6).replace('id: B-5', 'id: B-2');
    const before = renderPlan(analyse(text, 'yaml', { today: TODAY }), OPTIONS).html;
    assert.match(before, /data-rule="duplicate-risk-id"/);
    const page = applied(undefined, update(text, 'yaml', undefined).wire);
    const renamed = text.replace('id: B-2', 'id: B-7');
    const after = assembled(applied(page, update(renamed, 'yaml', page).wire));
    resetCaches();
    assert.equal(after, renderPlan(analyse(renamed, 'yaml', { today: TODAY }), OPTIONS).html);
    assert.doesNotMatch(after, /data-rule="duplicate-risk-id"/);
  });

  it('keeps the blocks and sections of the last two pages only', () => {
    resetCaches();
    const big = headingPlan(40);
    renderPlan(analyse(big, 'markdown', { today: TODAY }), OPTIONS);
    renderPlan(analyse(big.replace('Risk number 7', 'Risk number 7x'), 'markdown', { today: TODAY }), OPTIONS);
    const small = yamlPlan(3);
    renderPlan(analyse(small, 'yaml', { today: TODAY }), OPTIONS);
    renderPlan(analyse(small, 'yaml', { today: TODAY }), OPTIONS);
    const { root } = renderPlanBlocks(analyse(small, 'yaml', { today: TODAY }), OPTIONS);
    assert.equal(blockCacheSize(), new Set(keysOf(root)).size);
  });
});
