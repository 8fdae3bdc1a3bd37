// One answer to "when is the next review?" (issue 14, point 4): the code lens, the status
// bar, the preview's pill and card, the export and stale-review read one schedule.
import * as assert from 'node:assert/strict';
import { analyse } from './lint-with-registry';
import { DEFAULT_SETTINGS, mergeSettings } from '../../server/out/config/settings';
import { renderPlan } from '../../server/out/render/render-plan';
import { reviewCycleDays, reviewIntervalOf, reviewSchedule } from '../../server/out/model/review-dates';
import { summaryOf } from '../../server/out/server/summary';
import { summaryText } from '../../server/out/protocol';
import { mdPlan, TODAY } from './rule-tester';

describe('review dates: one schedule for every screen', () => {
  const interval = 180;
  const settings = mergeSettings(DEFAULT_SETTINGS, { reviewIntervalDays: interval });
  // Recorded next review 301 days out; last review plus the interval would be 2026-09-11.
  const text = mdPlan('', { lastReviewed: '2026-03-15', nextReview: '2027-04-12' });
  const analysis = analyse(text, 'markdown', { today: TODAY, settings });

  it('the plan\'s recorded next review is the next review', () => {
    const meta = analysis.plan.meta;
    assert.deepEqual(reviewSchedule(meta, interval), { last: '2026-03-15', next: '2027-04-12', source: 'recorded' });
    assert.deepEqual(reviewSchedule({ lastReviewed: meta.lastReviewed }, interval), { last: '2026-03-15', next: '2026-09-11', source: 'interval' });
  });

  it('the lens, the preview and the export agree on it', () => {
    const lens = summaryText(summaryOf({ ...analysis, settings: { today: TODAY, lint: settings } } as never));
    assert.match(lens, /next review in 301 days/);
    const html = renderPlan(analysis, { today: TODAY, reviewIntervalDays: interval }).html;
    assert.match(html, /Next review in 301 days \(2027-04-12\)/);
    assert.match(html, /<dt>Next review<\/dt><dd[^>]*>2027-04-12/);
  });

  it('stale-review calls it planned too late, not overdue', () => {
    const review = analysis.findings.filter((f) => f.rule === 'stale-review');
    assert.deepEqual(review.map((f) => [f.messageId, f.severity]), [['nextReviewTooFar', 'warning']]);
    assert.match(review[0].message, /2027-04-12.*393 days after the last review \(2026-03-15\).*180 days.*2026-09-11/);
  });
});

describe('review dates: a plan\'s own review cycle', () => {
  const cycle = (value: string) => reviewCycleDays({ reviewCycle: { value, valueRange: { start: 0, end: value.length } } });
  const cases: [string, number | undefined][] = [
    ['Quarterly', 91],
    ['Annually, and after any significant change', 365],
    ['at least once a year', 365],
    ['Semi-annually', 182],
    ['twice a year', 182],
    ['every 6 months', 182],
    ['Every two years', 730],
    ['biennially', 730],
    ['monthly (high risks), annually (others)', 30],
    ['12 months', 365],
    ['as needed', undefined],
    ['', undefined],
  ];
  for (const [value, days] of cases) it(`"${value}" is ${days ?? 'no'} days`, () => assert.equal(cycle(value), days));

  it('holds the plan to its own cycle only when shorter than the configured interval', () => {
    const meta = (value: string) => ({ reviewCycle: { value, valueRange: { start: 0, end: value.length } }, lastReviewed: { value: '2026-01-01', valueRange: { start: 0, end: 10 } } });
    assert.equal(reviewIntervalOf(meta('quarterly'), 365), 91);
    assert.equal(reviewIntervalOf(meta('every two years'), 365), 365);
    assert.deepEqual(reviewSchedule(meta('quarterly'), 365), { last: '2026-01-01', next: '2026-04-02', source: 'interval' });
  });
});

describe('review dates: a next review written with what may bring it sooner (reader round 28)', () => {
  const nextOf = (line: string) => analyse(`# Incident Response Plan\n\n**Last reviewed**: 2026-04-10\n${line}\n`, 'markdown', { today: TODAY }).plan.meta.nextReview?.value;
  it('reads the date before "or …" as the next review, in the languages plans are written in', () => {
    assert.equal(nextOf('**Next review**: 2027-04-10 or after the next drill'), '2027-04-10');
    assert.equal(nextOf('**Sonraki gözden geçirme**: 2027-04-10 veya tatbikat sonucu'), '2027-04-10');
    assert.equal(nextOf('**Próxima revisão:** 2027-04-10 ou após incidente'), '2027-04-10');
  });
  it('leaves words that are no date as written', () => {
    assert.equal(nextOf('**Next review**: end of June or sooner'), 'end of June or sooner');
  });
});
