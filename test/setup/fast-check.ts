/**
 * jest setupFiles: every fast-check property uses the run's seed (chosen in seed.global.js), so a
 * failure replays with `FC_SEED=<seed>`. fast-check's own failure message also names the seed and path.
 */
import fc from "fast-check";

const seed = Number(process.env.FC_SEED);
if (Number.isInteger(seed)) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
