import { defineConfig } from "vitest/config";

// A non-Vietnamese zone makes any date computed in the server's local time fail the tests.
process.env.TZ = "America/New_York";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    setupFiles: ["test/support/assert-clean-texts.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
