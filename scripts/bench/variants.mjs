// Plans written as people write them, not only as the generator does: the 1,000-risk
// synthetic plans with a comment line or a quoted value in every YAML risk, a disable
// comment in every Markdown risk, Windows line breaks, and nested bullets. Each is a text
// the fast readers must still read (or fall back from without losing their speed).

/** A CSV risk analysis listing every risk of a plan (rated High), so the cross-file check runs and reports nothing. */
function analysisFor(text) {
  const ids = [...text.matchAll(/^### (R-\d+):/gm)].map((m) => m[1]);
  return `Risk ID,Threat,Likelihood,Impact,Risk Rating\n${ids.map((id) => `${id},Threat ${id},High,High,High`).join('\n')}\n`;
}

/** name, the generated form it starts from, how it rewrites that plan, and files written beside it. */
export const VARIANTS = [
  { name: 'yaml, a comment line in each risk', form: 'yaml', rewrite: (text) => text.replace(/\n {4}priority:/g, '\n    # reviewed at the March meeting\n    priority:') },
  { name: 'yaml, quoted titles', form: 'yaml', rewrite: (text) => text.replace(/^( {4}title: )(.*)$/gm, '$1"$2"') },
  { name: 'md-heading, a disable comment in each risk', form: 'md-heading', rewrite: (text) => text.replace(/\n- \*\*Priority:\*\*/g, '\n<!-- rmplint-disable-next-line missing-owner -->\n- **Priority:**') },
  { name: 'md-heading, CRLF line breaks', form: 'md-heading', rewrite: (text) => text.replace(/\n/g, '\r\n') },
  { name: 'md-heading, nested owner bullets', form: 'md-heading', rewrite: (text) => text.replace(/\n- \*\*Owner:\*\*/g, '\n  - **Owner:**') },
  // Issue 15: the cost of checking the plan against its risk analysis on every keystroke.
  {
    name: 'md-heading, checked against its 1,000-risk CSV risk analysis',
    form: 'md-heading',
    rewrite: (text) => text.replace('- **Risk analysis:** 2026-01-10, J. Rivera, Rivera IT Consulting', '- **Risk analysis:** 2026-01-10, J. Rivera, Rivera IT Consulting, [register](analysis.csv)'),
    files: (text) => ({ 'analysis.csv': analysisFor(text) }),
    // Also timed: typing in the register open beside the plan, to the plan's diagnostics.
    editRegister: 'analysis.csv',
  },
];
