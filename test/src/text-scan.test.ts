// parse/text-scan.ts answers "does this pattern occur anywhere?" from its answer for the text
// before, looking again only around the edit: every scanner the engine makes must answer as its
// own pattern does on the whole text, keystroke after keystroke.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { anywhere, everyMatch, LINE_MARGIN, MATCH_SCANNERS, SCANNERS } from '../../server/out/parse/text-scan';
import { resetCaches } from '../../server/out/caches';
import '../../server/out/server/analysis'; // loads every module of the engine, and so every scanner it makes
import { EXAMPLES, FIXTURES } from './plan-files';
import { checkUnderRandomEdits } from './random-edits';

/** Markdown and YAML files under a folder, recursively. */
function textsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textsUnder(path);
    return /\.(?:md|ya?ml|csv)$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

/** The pattern's own answer on the whole text. */
function occurs(pattern: RegExp, text: string): boolean {
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).test(text);
}

/** The pattern's own matches on the whole text, as where each is and what it matched. */
function matchesOf(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((m) => `${m.index}:${m.slice(0).join('\u0000')}`);
}

/** Text that makes or unmakes a match of some scanner when typed into a plan, or cut from one. */
const SNIPPETS = [
  'signature', 'Approvals: ', 'sign-off', '[Owner Name]', '{{owner}}', '<id>', 'effective', 'roadmap', 'remediation plan',
  'recommend', '\n```yaml\nrisks:\n', '(weeks 2', '**Owner:** M = maintainer, SR = reviewer', 'fixes review', 'Retest', 'no issues identified',
  'passed', 'compliant', '\nplan:\n', '\nrisks:\n  - id: R-1\n', '\r', 'plan-of-action-and-milestones:',
  '\n## Control Statement\n', '\n### High Priority Findings\n', "\n## Do's and Don'ts\n", '\n', '\n\n', '| a | b |\n| --- | --- |\n| c | d |\n', 'x',
];

describe('text scans: a pattern looked for around the edit answers as on the whole text', () => {
  const texts = [...textsUnder(EXAMPLES), ...textsUnder(FIXTURES)].filter((t) => t.length > 0 && t.length < 200_000);

  it('the engine makes scanners, and the fixtures hold texts to try them on', () => {
    assert.ok(SCANNERS.length >= 12, `${SCANNERS.length} scanners`);
    assert.ok(texts.length > 100, `${texts.length} texts`);
  });

  it('a window around an edit ends after its last line break: a lone carriage return is told from a CRLF line end', () => {
    resetCaches();
    const loneCr = anywhere(/\r(?!\n)/);
    const crlf = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\r\n');
    assert.equal(loneCr(crlf), false);
    // Typed at the start: the window ends LINE_MARGIN lines below, at a CRLF line end.
    assert.equal(loneCr(`signature${crlf}`), false);
    assert.equal(loneCr(`signaturesignature${crlf}`), false);
    assert.equal(loneCr(`signature\r${crlf}`), true);
  });

  it('every scanner answers as its pattern on random edits of the fixture plans', () => {
    resetCaches();
    checkUnderRandomEdits(
      texts,
      SNIPPETS,
      (text) => {
        for (const scan of SCANNERS) assert.equal(scan(text), occurs(scan.pattern, text), `${scan.pattern} on a text of ${text.length} characters`);
      },
      { numRuns: 1000, seed: 22 },
    );
  });

  it('every scanner answers as its pattern when each keystroke\'s text is asked about two ways in turn (as written, and as read)', () => {
    resetCaches();
    // As written with a no-break space near each end, and as the reader reads it with spaces: two texts a keystroke, each following its own.
    const written = (text: string) => {
      const first = text.indexOf(' ');
      const last = text.lastIndexOf(' ');
      return first < 0 || first === last ? text : `${text.slice(0, first)}\u00a0${text.slice(first + 1, last)}\u00a0${text.slice(last + 1)}`;
    };
    checkUnderRandomEdits(
      texts,
      SNIPPETS,
      (text) => {
        for (const way of [written(text), text]) {
          for (const scan of SCANNERS) assert.equal(scan(way), occurs(scan.pattern, way), `${scan.pattern} on a text of ${way.length} characters`);
          for (const scan of MATCH_SCANNERS) assert.deepEqual(scan(way).map((m) => `${m.index}:${m.slice(0).join('\u0000')}`), matchesOf(scan.pattern, way), `${scan.pattern}`);
        }
      },
      { numRuns: 300, seed: 26 },
    );
  });

  it('every match scanner finds the matches its pattern finds on random edits of the fixture plans, where it finds them', () => {
    assert.ok(MATCH_SCANNERS.length >= 4, `${MATCH_SCANNERS.length} match scanners`);
    resetCaches();
    checkUnderRandomEdits(
      texts,
      [...SNIPPETS, '\n**R-9 closed.** Done.\n', '\n- R-12: Unpatched server\n', '| Priority | Target |\n|---|---|\n| High | 30 days |\n', '|---|---|\n'],
      (text) => {
        for (const scan of MATCH_SCANNERS) assert.deepEqual(scan(text).map((m) => `${m.index}:${m.slice(0).join('\u0000')}`), matchesOf(scan.pattern, text), `${scan.pattern}`);
      },
      { numRuns: 1000, seed: 23 },
    );
  });

  it('keeps the matches an edit did not reach, moves those after it, and finds those it made', () => {
    resetCaches();
    const ids = everyMatch(/^- (R-\d+)/gm);
    const plan = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? `- R-${i}: risk ${i}` : `text ${i}`)).join('\n');
    const at = (text: string) => ids(text).map((m) => [m.index, m[1]]);
    assert.deepEqual(at(plan), matchesOf(/^- (R-\d+)/gm, plan).map((k) => [Number(k.split(':')[0]), k.split('\u0000')[1]]));
    const typed = plan.replace('text 31', '- R-99: typed');
    assert.deepEqual(at(typed).map(([, id]) => id).slice(10, 12), ['R-30', 'R-99']);
    assert.deepEqual(at(typed).at(-1), [typed.lastIndexOf('- R-57'), 'R-57']);
    assert.throws(() => everyMatch(/R-\d+/g), /must be global, multiline and start at a line start/);
  });

  it('a match typed in the middle is found, and its deletion seen, with matches elsewhere kept across edits', () => {
    resetCaches();
    const says = anywhere(/\bquokka\b/i);
    const filler = Array.from({ length: 200 }, (_, i) => `line ${i} of a plan`).join('\n');
    const middle = filler.length >> 1;
    assert.equal(says(filler), false);
    const typed = `${filler.slice(0, middle)} quokka ${filler.slice(middle)}`;
    assert.equal(says(typed), true);
    assert.equal(says(filler), false);
    // A match at the top stays found while the bottom is edited, and is lost when it is edited away.
    const top = `Quokka\n${filler}`;
    assert.equal(says(top), true);
    assert.equal(says(`${top}\nmore`), true);
    assert.equal(says(`Quokkas\n${filler}\nmore`), false);
  });

  it('a match spanning lines is found when an edit within the margin completes it', () => {
    resetCaches();
    const table = anywhere(/^\|[^\n]*\|\n\|[ -|]*-{3,}[ -|]*$/m);
    const lines = Array.from({ length: 40 }, (_, i) => `text ${i}`);
    lines[20] = '| A | B |';
    lines[21] = '| -- | -- |';
    const before = lines.join('\n');
    assert.equal(table(before), false);
    assert.equal(table(before.replace('| -- | -- |', '| --- | --- |')), true);
    assert.ok(LINE_MARGIN >= 2);
  });

  it('past the edit, goes on searching while a match of the text before reached over where it stands, and jumps once none does', () => {
    resetCaches();
    // Each match takes its line and the next three whatever they hold: a line cut shifts which lines start a match,
    // to the end of the text; one typed in place of another shifts nothing past the edit.
    const pattern = /^[a-z][^\n]*(?:\n[^\n]*){0,3}/gm;
    const blocks = everyMatch(pattern);
    const lines = Array.from({ length: 120 }, (_, i) => (i % 40 === 39 ? 'X' : `l${i}`));
    const texts = [
      lines.join('\n'),
      lines.filter((_, i) => i !== 50).join('\n'),
      lines.join('\n'),
      lines.map((line, i) => (i === 60 ? 'X' : line)).join('\n'),
      lines.map((line, i) => (i === 60 ? 'X' : i === 20 ? 'yy' : line)).join('\n'),
      lines.join('\n').replace('l100', 'X100'),
    ];
    for (const text of texts) assert.deepEqual(blocks(text).map((m) => `${m.index}:${m[0]}`), matchesOf(pattern, text), JSON.stringify(text.slice(0, 40)));
  });

  it('refuses a pattern anchored to the start of the text', () => {
    assert.throws(() => anywhere(/^# Title/), /anchored to the text's start/);
  });
});
