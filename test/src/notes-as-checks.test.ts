// A tracker whose Notes column records how finished work was checked (session 26, set 66's network POA&M):
// `| Status | Notes |` with `Complete` and `Jellyfin VM reachable at 192.168.20.20 and playback confirmed`. On a finished row a
// note that reports a check is its validation; a note that restates the goal or what is still to check is not. Fixtures invented.
import * as assert from 'node:assert/strict';
import { analyse } from './lint-with-registry';

const TRACKER = [
  '# Clinic Network POA&M', '',
  '| ID | Item | Description | Planned date | Status | Notes |',
  '|----|------|-------------|--------------|--------|-------|',
  '| NET-1 | Server move | Move the EHR server to the Services VLAN | 2026-04-20 | Complete | EHR reachable at 10.0.20.5 and login confirmed |',
  '| NET-2 | Backup mount | Point the backup job at the new NAS address | 2026-04-20 | Complete | Mount survived reboot and a test restore |',
  '| NET-3 | Admin hardening | Restrict the firewall admin page to the admin VLAN | 2026-04-21 | Complete | End-state goal is a dedicated admin path |',
  '| NET-4 | Printer move | Move the front-desk printers to the IoT VLAN | 2026-04-22 | Complete | Validate printing from every desk after the move |',
  '| NET-5 | Firewall rules | Allow only the needed traffic between VLANs | 2026-06-21 | Planned | Access confirmed for the EHR only so far |',
  '',
].join('\n');

describe('a tracker\'s note that reports a check is the validation of a finished row (session 26)', () => {
  const { plan, findings } = analyse(TRACKER, 'markdown', { today: '2026-06-15' });
  const validation = plan.risks.map((r) => r.actions[0].validation?.value);

  it('reads a finished row\'s note that reports a check as its validation', () => {
    assert.deepEqual(validation.slice(0, 2), ['EHR reachable at 10.0.20.5 and login confirmed', 'Mount survived reboot and a test restore']);
  });

  it('reads no validation from a goal, a check still to make, or an open row', () => {
    assert.deepEqual(validation.slice(2), [undefined, undefined, undefined]);
    const asked = findings.filter((f) => f.rule === 'missing-validation').map((f) => TRACKER.slice(f.range.start, f.range.end).split('|')[1].trim());
    assert.deepEqual(asked, ['NET-3', 'NET-4']);
  });
});
