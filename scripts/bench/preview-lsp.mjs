// The preview over LSP as VS Code drives it, without VS Code (issue 17): the language server
// with its shipped flags, a 1,000-risk heading plan open beside a workspace of 40 plans
// (pulled diagnostics, the workspace pull every 2 s, the history requests answered "no
// repository" as the Git extension does outside one), the preview's page asked for, then 20
// characters typed into a risk's title, each answered by the diagnostics pull and the
// preview's update (`have`). Reports the update's round trip and size, and the server's peak
// RSS before the page, after it and after typing, to tell what the preview adds to memory.
// `node scripts/bench/preview-lsp.mjs [--no-preview]`: as JSON.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generatePlan } from './plans.mjs';
import { quantile, round } from './stats.mjs';

const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = createRequire(import.meta.url)('vscode-jsonrpc/node');

const WORKSPACE_PLANS = 40;
const KEYSTROKES = 20;
/** The pause between keystrokes: about a typist's pace, with room for the answers. */
const KEYSTROKE_GAP_MS = 120;

export async function benchPreviewLsp(repo, { preview = true } = {}) {
  const flags = JSON.parse(fs.readFileSync(path.join(repo, 'server', 'node-flags.json'), 'utf8'));
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'rmplint-bench-preview-'));
  const big = generatePlan('md-heading', 1000, 1);
  const file = path.join(workspace, 'big-1000.rmp.md');
  fs.writeFileSync(file, big);
  for (let i = 0; i < WORKSPACE_PLANS; i++) fs.writeFileSync(path.join(workspace, `site-${i}.rmp.md`), generatePlan('md-heading', 100, i + 1));
  const child = spawn(process.execPath, [...flags, path.join(repo, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest((method, params) => (method === 'workspace/configuration' ? params.items.map(() => ({ today: '2026-06-01' })) : null));
  connection.onNotification(() => undefined);
  connection.listen();
  const peakRssMb = () => Math.round(Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024);
  let pulling = true;
  try {
    const root = pathToFileURL(workspace).href;
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: 'bench' }],
      capabilities: { workspace: { configuration: true, diagnostics: { refreshSupport: true } }, textDocument: { diagnostic: {} } },
      initializationOptions: { gitExtension: true },
    });
    connection.sendNotification('initialized', {});
    const uri = pathToFileURL(file).href;
    let version = 1;
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text: big } });
    await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    // The client pulls the workspace's diagnostics again 2 s after each answer.
    const workspacePulls = (async () => {
      let previous = [];
      while (pulling) {
        const report = await connection.sendRequest('workspace/diagnostic', { previousResultIds: previous }).catch(() => ({ items: [] }));
        previous = report.items.filter((i) => i.resultId).map((i) => ({ uri: i.uri, value: i.resultId }));
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 3000)); // the workspace linted
    const beforePageMb = peakRssMb();
    let keys = [];
    let pageMs;
    if (preview) {
      const start = performance.now();
      const page = await connection.sendRequest('rmplint/renderPlan', { uri, webview: { cspSource: 'bench', styleUri: 'preview.css', scriptUri: 'preview.js', nonce: 'bench', state: {} } });
      pageMs = performance.now() - start;
      keys = page.keys;
    }
    const afterPageMb = peakRssMb();
    const lines = big.split('\n');
    const line = lines.findIndex((l) => l.startsWith('### R-0500:'));
    const samples = [];
    let updateKB = 0;
    for (let i = 0; i < KEYSTROKES; i++) {
      const character = lines[line].length;
      const ch = String.fromCharCode(97 + (i % 26));
      lines[line] += ch;
      version++;
      connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: ch }] });
      const diagnostics = connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
      if (preview) {
        const start = performance.now();
        const update = await connection.sendRequest('rmplint/renderPlan', { uri, have: keys });
        samples.push(performance.now() - start);
        updateKB = JSON.stringify(update).length / 1024;
        keys = [];
        const walk = (block) => (keys.push(block.key), block.children?.forEach(walk));
        walk(update.blocks);
      }
      await diagnostics;
      await new Promise((resolve) => setTimeout(resolve, KEYSTROKE_GAP_MS));
    }
    pulling = false;
    await workspacePulls;
    return {
      risks: 1000,
      workspacePlans: WORKSPACE_PLANS,
      preview,
      ...(preview ? { pageMs: round(pageMs), updateP50: round(quantile(samples, 0.5)), updateP95: round(quantile(samples, 0.95)), updateKB: round(updateKB) } : {}),
      peakRssMb: { beforePage: beforePageMb, afterPage: afterPageMb, afterTyping: peakRssMb() },
    };
  } finally {
    pulling = false;
    await connection.sendRequest('shutdown').catch(() => undefined);
    connection.sendNotification('exit');
    connection.dispose();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  console.log(JSON.stringify({ ...(await benchPreviewLsp(repo, { preview: !process.argv.includes('--no-preview') })), load: fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') }, null, 1));
}
