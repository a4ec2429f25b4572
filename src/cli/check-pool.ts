import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { checkOneFile, type CheckJob, type CheckOutcome } from "./check-one";

/**
 * Runs check jobs on worker threads, one per core (at most one per job), each worker taking the
 * next job when it is done: a file's snapshot lives only inside its worker while it is checked,
 * so memory stays flat in the number of files. Outcomes come back in the jobs' order.
 * In-process when there is one job, one core, or the compiled worker is not at hand (tests run
 * the TypeScript sources).
 */
export async function runCheckJobs(
  jobs: readonly CheckJob[],
  onProgress: (done: number, total: number) => void = () => undefined,
  threads: number = defaultThreads(),
): Promise<CheckOutcome[]> {
  const results: CheckOutcome[] = new Array(jobs.length);
  let done = 0;
  const workerFile = path.join(__dirname, "check-worker.js");
  const useWorkers = threads > 1 && jobs.length > 1 && __filename.endsWith(".js");
  if (!useWorkers) {
    for (let i = 0; i < jobs.length; i++) {
      results[i] = await checkOneFile(jobs[i]);
      onProgress(++done, jobs.length);
    }
    return results;
  }
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(workerFile);
      let current = -1;
      const feed = () => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        worker.postMessage(jobs[current]);
      };
      worker.on("message", (outcome: CheckOutcome) => {
        results[current] = outcome;
        onProgress(++done, jobs.length);
        feed();
      });
      worker.on("error", (e) => {
        // A worker that dies (out of memory on one huge file) fails that file, not the run.
        if (current >= 0 && results[current] === undefined) {
          const detail = e instanceof Error ? e.message : String(e);
          results[current] = {
            ok: false,
            name: jobs[current].name,
            message: { vi: `không kiểm tra được tệp (${detail})`, en: `could not check the file (${detail})` },
          };
          onProgress(++done, jobs.length);
        }
        runWorker().then(resolve, reject);
      });
      feed();
    });
  const count = Math.min(threads, jobs.length);
  await Promise.all(Array.from({ length: count }, runWorker));
  return results;
}

export function defaultThreads(): number {
  const n = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, n);
}
