// The caches of caches.ts: one owner, the list in docs/architecture.md, and a reset after
// which every plan lints exactly as before (a cache may make a lint faster, never different).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheNames, resetCaches } from '../../server/out/caches';
import { analyse } from './lint-with-registry';
import { EXAMPLES, FIXTURES, REPO, planFilesIn } from './plan-files';
import '../../server/out/server/analysis'; // loads every module of the engine that owns a cache
import '../../server/out/render/render-plan'; // and the preview's (the suite passed alone only after other tests had loaded them)

describe('caches: one owner, one story, a reset', () => {
  it('docs/architecture.md lists exactly the caches the engine makes', () => {
    const doc = readFileSync(join(REPO, 'docs', 'architecture.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Caches'));
    const documented = [...section.matchAll(/^\| ([^|]+?) \| `/gm)].map((m) => m[1]);
    assert.deepEqual([...documented].sort(), cacheNames().sort());
  });

  it('a plan lints the same from cold caches as from warm ones', () => {
    const plans = [...planFilesIn(EXAMPLES), ...planFilesIn(join(FIXTURES, 'plans')), ...planFilesIn(join(FIXTURES, 'unseen'))];
    assert.ok(plans.length > 10);
    const lint = () => plans.map((p) => analyse(p.text, p.kind, { today: '2026-06-15' }).findings.map((f) => `${f.rule}@${f.range.start}-${f.range.end} ${f.message}`));
    const warm = (lint(), lint());
    resetCaches();
    assert.deepEqual(lint(), warm);
  });
});
