/*
 * The entry script. It is kept tiny (no React here: React, the router and the app load with
 * import(), and index.html preloads them), so that it runs at once and can ask for the code
 * of the page the address names (src/ui/routes.ts) at the same moment as React itself.
 * The stylesheet is linked from index.html (the build inlines it).
 */
import { preloadPage } from './ui/routes';
import { showPrerendered } from './ui/early';

type AppModule = typeof import('./ui/App');

/**
 * Shown, in plain DOM, when the app cannot start at all (for example the content in
 * questions/ fails its checks, or part of the app did not download). Never a blank page.
 */
export function showStartupFailure(root: HTMLElement, error: unknown): void {
  const contentProblem = error instanceof Error && error.name === 'ContentError';
  const main = document.createElement('main');
  main.className = 'main';
  main.id = 'main-content';
  const box = document.createElement('div');
  box.className = 'narrow';
  const heading = document.createElement('h1');
  heading.textContent = 'Sorry, this tool could not start';
  const what = document.createElement('p');
  what.textContent = contentProblem
    ? 'The questions and guidance that come with the tool could not be read, so it cannot show them.'
    : 'Part of the tool did not load. If you are offline, connect to the internet and reload the page.';
  const safe = document.createElement('p');
  safe.textContent =
    'Anything you saved on this device before has not been changed or deleted. Try reloading the page. If this keeps happening, tell whoever looks after this copy of the tool on your website.';
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'Technical details';
  const detail = document.createElement('pre');
  detail.className = 'startup-error__detail';
  detail.textContent = error instanceof Error ? error.message : String(error);
  details.append(summary, detail);
  box.append(heading, what, safe, details);
  main.append(box);
  root.replaceChildren(main);
  console.error(error);
}

/**
 * Starts the app. It is loaded with import() rather than a static import so that an error
 * while its modules load (content validation runs then) can be caught and explained.
 */
export async function start(root: HTMLElement, load: () => Promise<AppModule> = () => import('./ui/App')): Promise<void> {
  try {
    const [{ App, takeOver, preparePage }, { createRoot }, { StrictMode, createElement }] = await Promise.all([load(), import('react-dom/client'), import('react')]);
    // In place of a prerendered page, if one is showing (src/ui/take-over.ts).
    await takeOver(
      root,
      () => createRoot(root).render(createElement(StrictMode, null, createElement(App))),
      () => preparePage(window.location.hash),
    );
  } catch (error) {
    showStartupFailure(root, error);
  }
}

/**
 * The service worker updates itself (autoUpdate: skipWaiting and clientsClaim), so a new
 * release can take over while an old page is open, and the old page's lazily loaded files
 * may then be gone. Load the new release at the next change of page, when everything typed
 * has been saved, rather than in the middle of a form. The first install is not an update.
 */
export function reloadOnNextPageAfterUpdate(win: Pick<Window, 'addEventListener' | 'location'> & { navigator: Pick<Navigator, 'serviceWorker'> } = window): void {
  const sw = win.navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!sw) return;
  let controlled = Boolean(sw.controller);
  let updated = false;
  sw.addEventListener('controllerchange', () => {
    if (controlled) updated = true;
    controlled = true;
  });
  win.addEventListener('hashchange', () => {
    if (updated) win.location.reload();
  });
}

/**
 * React Router's hash history marks the current history entry with an index the first time
 * it is created, with history.replaceState. The router lives in the App chunk, which loads
 * after the page's load event, so that write could land just as the user (or a test) changed
 * the address, and Chromium then drops the newer address. Marking the entry here, while the
 * entry script runs and before the page has loaded, leaves the router nothing to write at
 * start-up. The address itself is never changed.
 */
export function markHistoryEntry(history: Pick<History, 'state' | 'replaceState'> = window.history): void {
  const state: unknown = history.state;
  if (state !== null && typeof state === 'object' && typeof (state as { idx?: unknown }).idx === 'number') return;
  history.replaceState({ ...(state !== null && typeof state === 'object' ? state : {}), idx: 0 }, '');
}

const root = typeof document === 'undefined' ? null : document.getElementById('root');
if (root) {
  markHistoryEntry();
  // A first visit's page is shown prerendered, and its code fetched but run only after the
  // paint; otherwise the page's code is asked for now, while React downloads.
  const painted = showPrerendered();
  if (!painted) preloadPage(window.location.hash);
  reloadOnNextPageAfterUpdate();
  void (painted ?? Promise.resolve()).then(() => start(root));
}
