/** Worker-thread entry of `kehoach check` over several files: one job in, one outcome out. */
import { parentPort } from "worker_threads";
import { checkOneFile, type CheckJob } from "./check-one";

if (parentPort) {
  const port = parentPort;
  port.on("message", (job: CheckJob) => {
    void checkOneFile(job).then((outcome) => port.postMessage(outcome));
  });
}
