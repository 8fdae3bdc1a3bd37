// The fixture workspace's plans and the findings rmplint reports on them as checked in
// (`rule@line`, 1-based, with today = 2026-06-15 from the workspace settings).
export const MARKDOWN_PLAN = 'plans/lakeview-clinic.rmp.md';
export const YAML_PLAN = 'plans/harbor-pharmacy.rmp.yaml';
export const ORDINARY_MARKDOWN = 'meeting-notes.md';
export const SETTINGS_FILE = '.vscode/settings.json';

export const MARKDOWN_FINDINGS = ['missing-owner@19', 'missing-due-date@26'];
export const YAML_FINDINGS = ['missing-owner@13', 'vague-action@26'];
