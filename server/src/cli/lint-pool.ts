// Linting many plans on every core: the main thread and worker threads, each with its own
// CandidateLinter (the same engine, the same settings), take candidates in small batches as
// they finish the last; the main thread writes the report from the outcomes in the order of
// the candidates, so the output is the one a single thread gives. The main thread lints too
// rather than wait: on two cores one worker's start is paid, not two. Node only: the engine never
// imports this (the browser build has no worker_threads).
import * as os from 'os';
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';
import type { LintCommandOptions } from './args';
import type { Candidate } from './discover';
import { CandidateLinter, expandTargets, runLint, uniqueCandidates, type CandidateOutcome, type Output } from './lint-command';

/** A worker's start costs about what linting this many typical plans does: fewer per thread, and one thread is faster. */
export const FILES_PER_THREAD = 150;
/** Candidates handed to a worker at a time: small enough to balance plans of unequal size, large enough that messages cost little. */
const BATCH = 16;

/**
 * How many threads lint a run (the main thread and the workers), by `concurrency` (a number,
 * "auto" or "off"), the cores and the files; 1: the main thread alone, no worker. "auto" leaves
 * one core to V8's own threads (concurrent marking, compiling) on four cores or more; on two it
 * takes both: a plan's lint now outweighs V8's own work there (1,000 plans of 20 risks, four
 * alternated pairs: one thread 2.49-2.86 s wall, two 1.96-2.14 s, ratio 0.79; an earlier, lighter
 * lint had found a second thread only added its warm-up).
 */
export function threadCount(concurrency: number | 'auto' | 'off', files: number, cores = os.availableParallelism()): number {
  if (concurrency === 'off') return 1;
  const most = concurrency === 'auto' ? (cores === 2 ? 2 : cores - 1) : concurrency;
  return Math.max(1, Math.min(most, Math.floor(files / FILES_PER_THREAD)));
}

/** Set in a worker's data, so the CLI's entry knows it runs as a lint worker. */
const WORKER_MARK = 'rmplintLintWorker';

interface WorkerSetup {
  readonly [WORKER_MARK]: true;
  readonly options: LintCommandOptions;
  readonly cwd: string;
}

type ToWorker = { readonly batch: readonly { readonly index: number; readonly candidate: Candidate }[] };
type FromWorker = { readonly outcomes: readonly { readonly index: number; readonly outcome: CandidateOutcome }[] };

/**
 * The lint command, on worker threads when there are files enough and nothing that must stay
 * on one thread: rules given in code (they cannot be sent to a worker), `--fix` (a plan fixed
 * and written may be read by the next as its risk analysis) and standard input.
 */
export async function runLintOnWorkers(options: LintCommandOptions, cwd: string, out: Output, concurrency: number | 'auto' | 'off', script: string): Promise<number> {
  if (options.rules || options.fix || options.targets.includes('-')) return runLint(options, cwd, out);
  const expanded = expandTargets(options, cwd);
  const candidates = uniqueCandidates(expanded);
  const threads = threadCount(concurrency, candidates.length);
  if (threads === 1) return runLint(options, cwd, out, { expanded });
  const outcomes = await lintOnThreads(options, cwd, candidates, threads - 1, script);
  return runLint(options, cwd, out, { expanded, outcomes: new Map(candidates.map((c, i) => [c.absolute, outcomes[i]])) });
}

/** Lints the candidates on this thread and `workers` worker threads; the outcomes in candidate order. */
async function lintOnThreads(options: LintCommandOptions, cwd: string, candidates: readonly Candidate[], workers: number, script: string): Promise<CandidateOutcome[]> {
  const outcomes: CandidateOutcome[] = new Array(candidates.length);
  let next = 0;
  let received = 0;
  const pool: Worker[] = [];
  const take = () => {
    const batch = candidates.slice(next, next + BATCH).map((candidate, i) => ({ index: next + i, candidate }));
    next += batch.length;
    return batch;
  };
  const done = new Promise<void>((resolve, reject) => {
    const finish = (error?: unknown) => {
      for (const worker of pool) void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const give = (worker: Worker) => {
      const batch = take();
      if (batch.length > 0) worker.postMessage({ batch } satisfies ToWorker);
    };
    for (let i = 0; i < workers; i++) {
      const setup: WorkerSetup = { [WORKER_MARK]: true, options, cwd };
      const worker = new Worker(script, { workerData: setup, stdout: false, stderr: false });
      pool.push(worker);
      worker.on('message', (message: FromWorker) => {
        for (const { index, outcome } of message.outcomes) outcomes[index] = outcome;
        received += message.outcomes.length;
        if (received === candidates.length) finish();
        else give(worker);
      });
      worker.on('error', finish);
      worker.on('exit', (code) => {
        if (received < candidates.length) finish(new Error(`a lint worker stopped (exit code ${code}) before its plans were linted`));
      });
      // Two batches each to start, so a worker never waits for the main thread between them.
      give(worker);
      give(worker);
    }
    // This thread lints a batch at a time too, and between batches hands the workers theirs.
    const linter = new CandidateLinter(options, cwd);
    const lintHere = () => {
      const batch = take();
      for (const { index, candidate } of batch) outcomes[index] = lintSafely(linter, candidate);
      received += batch.length;
      if (received === candidates.length) finish();
      else if (batch.length > 0) setImmediate(lintHere);
    };
    setImmediate(lintHere);
  });
  await done;
  return outcomes;
}

/** A candidate's outcome; a fault of rmplint's own becomes a `crashed` outcome, reported where one thread would report it. */
function lintSafely(linter: CandidateLinter, candidate: Candidate): CandidateOutcome {
  try {
    return linter.lint(candidate);
  } catch (error) {
    return { messages: [], result: { kind: 'crashed', message: error instanceof Error ? error.message : String(error) } };
  }
}

/** Whether this thread is a lint worker (the CLI's entry then serves batches instead of reading its arguments). */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerSetup> | undefined)?.[WORKER_MARK] === true;
}

/** A lint worker's loop: each batch of candidates linted in turn, the outcomes sent back. */
export function serveLintWorker(): void {
  const { options, cwd } = workerData as WorkerSetup;
  const linter = new CandidateLinter(options, cwd);
  parentPort!.on('message', (message: ToWorker) => {
    const outcomes = message.batch.map(({ index, candidate }) => ({ index, outcome: lintSafely(linter, candidate) }));
    parentPort!.postMessage({ outcomes } satisfies FromWorker);
  });
}
