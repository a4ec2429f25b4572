import { join } from "path";
import { compareFixtures } from "./core/compare-fixtures";

/** The shared fixtures (copies of /work/shared/fixtures) against their expected reports. */
compareFixtures(join(__dirname, "fixtures"), 4);
