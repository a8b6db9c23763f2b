import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '@/ui/App';

/**
 * The whole app at `path` in a memory router, as the component tests open it, with a user to
 * drive it. `strict` renders it as in development (StrictMode renders twice).
 */
export function openApp(path: string, { strict = false } = {}) {
  const user = userEvent.setup();
  const app = (
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>
  );
  const view = render(strict ? <StrictMode>{app}</StrictMode> : app);
  return { user, ...view };
}
