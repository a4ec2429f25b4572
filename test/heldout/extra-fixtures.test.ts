import { join } from "path";
import { compareFixtures } from "../core/compare-fixtures";

/**
 * The extra fixtures (layouts the shared ones do not cover, built by test/fixtures-extra/make-extra.ts)
 * against their hand-written expected reports, with the same comparison as the shared fixtures.
 */
compareFixtures(join(__dirname, "..", "fixtures-extra"), 12);
