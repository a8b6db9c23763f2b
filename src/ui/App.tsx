import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { HashRouter, Route, Routes, useLocation } from 'react-router';
import { loadChecks } from '@/store/checks';
import { syncAcrossTabs } from '@/store/sync';
import { importFresh, noticeNewVersion } from './fresh-import';
import { Layout } from './Layout';
import { RouteErrorBoundary } from './RouteError';
import { StartPage } from './journey/StartPage';
import { loadPage, pageRoutes, routeFor, type PageRoute } from './routes';

/** Pages whose code has loaded (and whose saved answers were checked): drawn without waiting. */
const loaded = new Map<string, ComponentType>();

async function loadComponent(route: PageRoute & { load: NonNullable<PageRoute['load']> }): Promise<ComponentType> {
  // A page's file gone after a new version was deployed: reload into the new version (fresh-import.ts).
  const [module, { pruneSavedAnswers }] = await importFresh(() => loadPage(route.path, route.load));
  pruneSavedAnswers();
  const component = module[route.name];
  if (!component) throw new Error(`${route.name} is not in its module.`);
  loaded.set(route.path, component);
  return component;
}

/**
 * Pages other than the start page load on demand (src/ui/routes.ts; the entry script has
 * usually asked for the first page's code already), so a first visit downloads only what the
 * start page needs. Loading a page also checks saved answers against the content. Once loaded,
 * a page is drawn at once, never through "Loading…".
 */
function page(route: PageRoute): ComponentType {
  const { load } = route;
  if (!load) return StartPage;
  const Lazy = lazy(async () => ({ default: await loadComponent({ ...route, load }) }));
  return function RoutePage() {
    const Loaded = loaded.get(route.path);
    return Loaded ? <Loaded /> : <Lazy />;
  };
}

/** Loads the code of the page at `hash`, so the app's first drawing of it is whole. */
export async function preparePage(hash: string): Promise<void> {
  const route = routeFor(hash);
  if (route.load && !loaded.has(route.path)) await loadComponent({ ...route, load: route.load });
}

export { takeOver } from './take-over';

/** The URL of every page. Each page has an error boundary that keeps the layout and a way back. */
export const pagePaths: [string, ComponentType][] = pageRoutes.map((route) => [route.path, page(route)]);

function Loading() {
  return (
    <p role="status" className="hint">
      Loading…
    </p>
  );
}

/** All routes, inside whichever router the caller provides (hash in the app, memory in tests). */
export function AppRoutes() {
  const location = useLocation();
  return (
    <Routes>
      <Route element={<Layout />}>
        {pagePaths.map(([path, Component]) => (
          <Route
            key={path}
            path={path}
            element={
              <RouteErrorBoundary key={location.pathname}>
                <Suspense fallback={<Loading />}>
                  <Component />
                </Suspense>
              </RouteErrorBoundary>
            }
          />
        ))}
      </Route>
    </Routes>
  );
}

noticeNewVersion();

export function App() {
  useEffect(() => syncAcrossTabs(), []);
  // The full checks of the saved answers, once the first screen has been painted and the page is
  // idle (within a second at most), so they never compete with start-up (store/checks.ts).
  useEffect(() => {
    const load = () => void loadChecks().catch(() => {});
    const idle = typeof requestIdleCallback === 'function' ? () => requestIdleCallback(load, { timeout: 1000 }) : () => setTimeout(load, 0);
    const frame = requestAnimationFrame(() => setTimeout(idle, 0));
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <HashRouter>
      <AppRoutes />
    </HashRouter>
  );
}
