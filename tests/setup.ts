import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { answerChecks } from '@/store/answer-checks';
import { installChecks } from '@/store/checks';

// The app loads the full checks of saved answers just after its first paint (src/store/checks.ts);
// tests have them from the start. tests/store/deferred-checks.test.ts covers the moment before.
installChecks(answerChecks);

// Pages load on demand (React.lazy), and on a busy 2-core machine the first import of a page
// and its content can take several seconds. findBy… and waitFor wait for a condition, so a
// long limit costs nothing when things are quick; it only stops a slow run being called a failure.
configure({ asyncUtilTimeout: 20_000 });

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
});
