import { join } from "path";
import { compareFixtures } from "./core/compare-fixtures";

/** The shared fixtures (copies of the shared fixtures; see test/fixtures/README.md) against their expected reports. */
compareFixtures(join(__dirname, "fixtures"), 4);
