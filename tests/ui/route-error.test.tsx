import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentError } from '@/content/load';

/**
 * Never a blank screen: every route shows "Sorry, something went wrong on this page" (inside
 * the layout, with a way back and a way to save the answers) when its page throws while
 * rendering or fails to load; and if the app cannot start at all, main.tsx says so in plain
 * words.
 */

const { boom } = vi.hoisted(() => ({
  boom: (name: string) => () => {
    throw new Error(`${name} broke while rendering (test)`);
  },
}));

// The start page is imported directly; every other page's code is loaded on demand
// (src/ui/routes.ts). Each page so loaded is made to throw while rendering (whatever pages are added later).
vi.mock('@/ui/journey/StartPage', () => ({ StartPage: boom('StartPage') }));
vi.mock('@/ui/routes', async (importOriginal) => {
  const routes = await importOriginal<typeof import('@/ui/routes')>();
  return {
    ...routes,
    loadPage: async (...args: Parameters<typeof routes.loadPage>) => {
      const [module, prune] = await routes.loadPage(...args);
      return [Object.fromEntries(Object.keys(module).map((name) => [name, boom('a page loaded on demand')])), prune];
    },
  };
});
// This one does not even load, as when a page's file cannot be downloaded.
vi.mock('@/ui/info/MythsPage', () => {
  throw new TypeError('Failed to fetch dynamically imported module: MythsPage (test)');
});

const { AppRoutes, pagePaths } = await import('@/ui/App');
const { reloadOnNextPageAfterUpdate, showStartupFailure, start } = await import('@/main');

const concrete = (pattern: string) =>
  pattern === '*'
    ? '/no-such-page'
    : pattern.replace(':questionId', 'q01-values').replace(':stepId', 'agree-why').replace(':trustId', 't1').replace(/:\w+/g, 'x1');

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('a page that fails', () => {
  it('covers every route in the app', () => {
    expect(pagePaths.map(([p]) => p)).toEqual(expect.arrayContaining(['/', '/tasks', '/your-data', '*']));
  });

  for (const [pattern] of pagePaths) {
    it(`${pattern}: shows the error page inside the layout, with links back and to Your data`, async () => {
      render(
        <MemoryRouter initialEntries={[concrete(pattern)]}>
          <AppRoutes />
        </MemoryRouter>,
      );
      const heading = await screen.findByRole('heading', { level: 1, name: 'Sorry, something went wrong on this page' });
      const main = heading.closest('main') ?? document.body;
      expect(within(main).getByRole('link', { name: 'Go back to your tasks' })).toHaveAttribute('href', '/tasks');
      expect(within(main).getByRole('link', { name: 'Save your answers to a file' })).toHaveAttribute('href', '/your-data');
      // The layout is still there, so the user can get anywhere.
      expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
      expect(screen.getByText('Your answers are still saved on this device.')).toBeInTheDocument();
    });
  }
});

describe('the app cannot start (src/main.tsx)', () => {
  it('content that fails its checks: a plain message, not a blank page', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    await start(root, () => Promise.reject(new ContentError(['stages.json: stages.0.id: Required'])));
    expect(within(root).getByRole('heading', { level: 1, name: 'Sorry, this tool could not start' })).toBeInTheDocument();
    expect(root.textContent).toContain('The questions and guidance that come with the tool could not be read');
    expect(root.textContent).toContain('has not been changed or deleted');
    expect(root.textContent).toContain('stages.json: stages.0.id: Required');
    root.remove();
  });

  it('part of the app did not download: says to reconnect and reload', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    await start(root, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    expect(within(root).getByRole('heading', { level: 1, name: 'Sorry, this tool could not start' })).toBeInTheDocument();
    expect(root.textContent).toContain('connect to the internet and reload');
    root.remove();
  });

  it('the message is text, never markup, whatever the error says', () => {
    const root = document.createElement('div');
    showStartupFailure(root, new Error('<img src=x onerror=alert(1)>'));
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('starts the app normally when it loads', async () => {
    const root = document.createElement('div');
    const { takeOver } = await import('@/ui/take-over');
    await start(root, async () => ({ App: () => <p>App is running</p>, takeOver, preparePage: async () => {} }) as unknown as typeof import('@/ui/App'));
    await vi.waitFor(() => expect(root.textContent).toBe('App is running'));
  });
});

describe('a new release while the app is open (src/main.tsx)', () => {
  function fakeWindow(controller: object | null) {
    const win = new EventTarget() as EventTarget & { location: { reload(): void }; navigator: { serviceWorker: EventTarget & { controller: object | null } } };
    const serviceWorker = Object.assign(new EventTarget(), { controller });
    win.location = { reload: vi.fn() };
    win.navigator = { serviceWorker };
    return win;
  }

  it('the first install takes control without reloading anything', () => {
    const win = fakeWindow(null);
    reloadOnNextPageAfterUpdate(win as never);
    win.navigator.serviceWorker.dispatchEvent(new Event('controllerchange'));
    win.dispatchEvent(new Event('hashchange'));
    expect(win.location.reload).not.toHaveBeenCalled();
  });

  it('an update loads at the next change of page, not before', () => {
    const win = fakeWindow({});
    reloadOnNextPageAfterUpdate(win as never);
    win.dispatchEvent(new Event('hashchange'));
    expect(win.location.reload).not.toHaveBeenCalled();
    win.navigator.serviceWorker.dispatchEvent(new Event('controllerchange'));
    expect(win.location.reload).not.toHaveBeenCalled();
    win.dispatchEvent(new Event('hashchange'));
    expect(win.location.reload).toHaveBeenCalledTimes(1);
  });

  it('does nothing where there are no service workers', () => {
    expect(() => reloadOnNextPageAfterUpdate({ addEventListener: () => {}, location: window.location, navigator: {} } as never)).not.toThrow();
  });
});
