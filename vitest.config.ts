import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // End-to-end tests start the real binary; give them room on a 2-core machine.
    testTimeout: 30_000,
  },
});
