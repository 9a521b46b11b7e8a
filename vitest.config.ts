import { defineConfig } from 'vitest/config';

// One run, three kinds of test: unit (pure), integration (real SQLite files,
// real servers and peers on 127.0.0.1, real OBS), e2e (Playwright + Chromium).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false, // one Chromium at a time on a 2-core machine
        },
      },
    ],
  },
});
