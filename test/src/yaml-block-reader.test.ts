// The fast reader must build exactly the nodes the `yaml` package composes (kinds, ranges,
// values, sources, data, and the data it makes itself) for every text it accepts, and leave every other text to the
// package: checked on tables of cases, on random plan pieces, and on random edits of them.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { plainDataOf, readBlockYaml } from '../../server/out/parse/yaml/fast-reader';

const OPTIONS = { version: '1.2', schema: 'core', prettyErrors: false } as const;

/** What a node tree is made of, as plain data the test can compare. */
function shapeOf(node: unknown): unknown {
  if (isPair(node)) return { key: shapeOf(node.key), value: shapeOf(node.value) };
  if (isMap(node) || isSeq(node)) return { kind: isMap(node) ? 'map' : 'seq', flow: node.flow, range: node.range, items: node.items.map(shapeOf) };
  if (isScalar(node)) return { value: node.value, source: node.source, type: node.type, range: node.range, tag: node.tag, format: node.format };
  return node;
}

function documentShape(doc: Document.Parsed): unknown {
  return { contents: shapeOf(doc.contents), range: doc.range, data: doc.toJS(), errors: doc.errors.length, warnings: doc.warnings.length };
}

/** The fast reader's verdict on a text: undefined when it declines, else whether it matched the package. */
function assertIdenticalWhenRead(text: string): boolean {
  const fast = readBlockYaml(text, OPTIONS);
  if (!fast) return false;
  const reference = parseDocument(text, OPTIONS);
  assert.deepStrictEqual(documentShape(fast), documentShape(reference), JSON.stringify(text));
  // The data the schema is checked on, made without the package's toJS, is the package's.
  assert.deepStrictEqual(plainDataOf(fast), reference.toJS(), JSON.stringify(text));
  return true;
}

const READ = [
  ['a risk item', '  - id: R-1\n    title: The EHR lacks MFA\n    treatment: mitigate\n'],
  ['a risk with an actions list', '  - id: R-1\n    actions:\n      - action: Enable MFA\n        owner: Dana Whitfield\n        due: 2026-08-01\n      - Buy a UPS\n'],
  ['empty values and blank lines', '  - id: R-1\n    title:\n\n    owner:   \n    acceptance:\n      rationale: Low impact\n\n\n'],
  ['a nested mapping', 'plan:\n  title: Plan\n  riskAnalysis:\n    date: 2026-01-10\n    conductedBy: J. Rivera, Rivera IT\n'],
  ['the risks header alone', 'risks:\n'],
  ['no final line break', '  - id: R-1\n    title: Last risk'],
  ['trailing spaces and inner punctuation', "  - title: Dr. O'Brien's laptop (50%) - see https://x.example/a?b=c  \n    id: R-2\n"],
  ['dates, IDs and words the core schema keeps as strings', '- due: 2026-02-30\n  id: 1-2\n  status: nulls\n  tier: 0x\n'],
  ['a comment after a value', '  - id: R-1 # first\n    title: Room#4 is cold # plain text keeps a # without a space\n'],
  ['comment lines above keys', '  - id: R-1\n    # why this matters\n\n    # and more\n    title: x\n    actions:\n      - action: Buy a UPS\n        # who\n        owner: Dana\n    # back out\n    status: open\n'],
  ['one-line flow sequences of plain strings', '  - scope: [guest Wi-Fi]\n    tags: [ a , b c ,d]  # three\n    none: []\n    last: [x]'],
  ['a key the package reads as an own property, not the prototype', '  - __proto__: polluted\n    id: R-1\n'],
  ['quoted values', '  - title: "Backups: never restored # really"\n    owner: \'Dana O\'\'Brien\' # the owner\n    status: "12"\n    actions:\n      - "Buy a UPS"\n      - \'\'\n'],
] as const;

const DECLINED = [
  ['a comment line before the piece', '# risks\n  - id: R-1\n'],
  ['a comment line at the end of the piece', '  - id: R-1\n    # done\n'],
  ['a comment line deeper than the key below it', '  - actions:\n      - action: X\n      # note\n    id: R-1\n'],
  ['a comment line above a list item', '  - actions:\n      # first\n      - action: X\n'],
  ['a comment where a value would be', '  - id: # none yet\n'],
  ['an escape in double quotes', '  - title: "a\\tb"\n'],
  ['a quoted value that goes on to the next line', '  - title: "Backups\n      never"\n'],
  ['text after a closing quote', '  - title: "a" b\n'],
  ['a quoted key', '  - "id": R-1\n'],
  // Found by an adversarial fuzz: the package reports implicit keys of about 1,024 characters.
  ['a key of a thousand characters', `${'k'.repeat(1025)}: v\n`],
  ['a long key in a list item', `- b:\n  ${'k'.repeat(1022)}: v\n`],
  ['a number', '  - id: 12\n'],
  ['a boolean key', '  - true: yes\n'],
  ['null written out', '  - owner: ~\n'],
  ['a flow sequence as a list item', '  - actions:\n      - [a, b]\n'],
  ['a flow sequence with a quoted item', '  - scope: ["a", b]\n'],
  ['a flow sequence with an empty item', '  - scope: [a, , b]\n'],
  ['a flow sequence with a trailing comma', '  - scope: [a, ]\n'],
  ['a flow sequence holding a pair', '  - scope: [a: b]\n'],
  ['a nested flow sequence', '  - scope: [a, [b]]\n'],
  ['a flow sequence over two lines', '  - scope: [a,\n      b]\n'],
  ['a flow sequence with a number', '  - scope: [a, 12]\n'],
  ['text after a flow sequence', '  - scope: [a] b\n'],
  ['a flow mapping', '  - scope: {a: b}\n'],
  ['a block scalar', '  - title: |\n      text\n'],
  ['a multi-line plain scalar', '  - title: The EHR\n      lacks MFA\n'],
  ['a sequence at its key\'s column', '  - actions:\n    - do it\n'],
  ['a duplicate key', '  - id: R-1\n    id: R-2\n'],
  ['an anchor', '  - id: &a R-1\n'],
  ['a tab', '  - id:\tR-1\n'],
  ['CRLF line breaks', '  - id: R-1\r\n'],
  ['a value with ": "', '  - title: Backups: never\n'],
  ['an item indented oddly', '  - id: R-1\n   title: x\n'],
] as const;

const KEYS = ['id', 'title', 'tier', 'priority', 'treatment', 'owner', 'due', 'status', 'action', 'validation', 'evidence', 'rationale'];
/** Values mostly in the subset, now and then one the package must read. */
const WORDS = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom('R-0001', 'Enable MFA', 'Dana Whitfield, Security Officer', '2026-08-01', 'open', 'done', 'x', "O'Brien", 'a-b', 'TBD', 'http://a.b/c') },
  { weight: 4, arbitrary: fc.constantFrom('[EHR portal]', '[a, b c]', '[ x ,y ]', '[]', '[a] # n', '"Backups: never"', "'O''Brien'", '"a # b"', 'x # note', 'Room#4', "''", '""') },
  { weight: 1, arbitrary: fc.constantFrom('see: notes', '1', 'true', '~', '"q\\"', '[a]', '"a" b', '# c') },
);

/** A random risk item in the plain subset (and, through the word list, a little beyond it). */
const riskItem = fc
  .record({
    fields: fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), fc.oneof(WORDS, fc.constant(''))), { selector: ([k]) => k, minLength: 1, maxLength: 6 }),
    actions: fc.array(fc.array(fc.tuple(fc.constantFrom(...KEYS), WORDS), { minLength: 1, maxLength: 4 }), { maxLength: 3 }),
    blank: fc.constantFrom('', '\n', '\n  \n'),
    comment: fc.constantFrom('', '', '# note'),
  })
  .map(({ fields, actions, blank, comment }) => {
    const lines = fields.map(([k, v], i) => `${i > 0 && comment ? `${comment}\n    ` : ''}${k}:${v ? ' ' + v : ''}`);
    if (actions.length) {
      lines.push('actions:');
      for (const action of actions) {
        const unique = [...new Map(action).entries()];
        lines.push(...unique.map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`));
      }
    }
    return `  - ${lines.join('\n    ')}\n${blank}`;
  });

const SNIPPETS = ['\n', '- ', ' ', ':', ': ', '#', '"', "'", '&a ', '*a', '[', '{', '|\n', '~', '1', 'true', '  x\n', '-', '\r\n', '\t'];

describe('the fast reader of plain YAML pieces', () => {
  for (const [name, text] of READ) {
    it(`reads ${name} exactly as the yaml package does`, () => assert.ok(assertIdenticalWhenRead(text), 'declined'));
  }
  for (const [name, text] of DECLINED) {
    it(`leaves ${name} to the yaml package`, () => assert.equal(readBlockYaml(text, OPTIONS), undefined));
  }

  it('reads random risk items exactly as the yaml package does, and over a third of them at all (seeded)', () => {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(riskItem, (text) => {
        runs++;
        if (assertIdenticalWhenRead(text)) read++;
      }),
      { numRuns: 400, seed: 20261203 },
    );
    assert.ok(read > runs / 3, `read ${read} of ${runs}`);
  });

  it('reads random edits of risk items exactly as the yaml package does, whenever it reads them', () => {
    fc.assert(
      fc.property(riskItem, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SNIPPETS), fc.nat(3)), { minLength: 1, maxLength: 3 }), (text, edits) => {
        let edited = text;
        for (const [at, snippet, removed] of edits) {
          const i = at % (edited.length + 1);
          edited = edited.slice(0, i) + snippet + edited.slice(i + removed);
        }
        assertIdenticalWhenRead(edited);
      }),
      { numRuns: 1500, seed: 20261203 },
    );
  });
});
