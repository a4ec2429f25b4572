/**
 * jest globalSetup: chooses the one seed every fast-check property in this run uses, before the
 * workers start (they inherit process.env).
 * - FC_SEED set: that seed (to replay a failure: `FC_SEED=123 npx jest test/text`).
 * - CI set: a fixed seed, so a red CI is always a real regression.
 * - otherwise: a random seed, printed so a local failure can be replayed.
 */
const CI_SEED = 20261208;

module.exports = async function chooseSeed() {
  let seed = Number(process.env.FC_SEED);
  let why = "FC_SEED";
  if (process.env.FC_SEED === undefined || !Number.isInteger(seed)) {
    const ci = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false";
    seed = ci ? CI_SEED : Math.floor(Math.random() * 0x7fffffff);
    why = ci ? "fixed for CI" : "random; replay with FC_SEED=" + seed;
  }
  process.env.FC_SEED = String(seed);
  process.stdout.write(`\nfast-check seed ${seed} (${why})\n`);
};
