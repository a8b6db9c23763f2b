import type { ComponentType } from 'react';

/**
 * Every page's address and how to load its code: one table for the router (App.tsx) and for
 * the entry script (main.tsx). The entry looks up the address it was opened at and asks for
 * that page's code at once, while React and the router are still downloading, so nothing the
 * first screen needs waits for another script to run before it is asked for. The import()s
 * here carry each page's dependencies (content, the journey, shared components): Vite
 * preloads them all in the same moment.
 *
 * This file is part of the entry script: keep it free of imports other than types.
 */
type PageModule = Record<string, ComponentType>;

export interface PageRoute {
  path: string;
  /** The exported component's name. */
  name: string;
  /** Absent for the start page, which is part of the app's own code. */
  load?: () => Promise<PageModule>;
}

export const pageRoutes: PageRoute[] = [
  { path: '/', name: 'StartPage' },
  { path: '/profile/:questionId', name: 'ProfilePage', load: () => import('./journey/ProfilePage') },
  { path: '/tasks', name: 'TasksPage', load: () => import('./journey/TasksPage') },
  { path: '/trusts', name: 'TrustsPage', load: () => import('./journey/TrustsPage') },
  { path: '/steps/:stepId', name: 'StepPage', load: () => import('./journey/StepPage') },
  { path: '/trusts/:trustId/questions/:questionId', name: 'QuestionPage', load: () => import('./journey/QuestionPage') },
  { path: '/check', name: 'CheckPage', load: () => import('./journey/CheckPage') },
  { path: '/report', name: 'ReportPage', load: () => import('./report/ReportPage') },
  { path: '/weights', name: 'WeightsPage', load: () => import('./report/WeightsPage') },
  { path: '/sources', name: 'SourcesPage', load: () => import('./info/SourcesPage') },
  { path: '/myths', name: 'MythsPage', load: () => import('./info/MythsPage') },
  { path: '/glossary', name: 'GlossaryPage', load: () => import('./info/GlossaryPage') },
  { path: '/strong-trusts', name: 'StrongTrustsPage', load: () => import('./info/StrongTrustsPage') },
  { path: '/your-data', name: 'YourDataPage', load: () => import('./data/YourDataPage') },
  { path: '/trust-mode', name: 'TrustModePage', load: () => import('./trust-pack/TrustModePage') },
  { path: '/open-pack', name: 'OpenPackPage', load: () => import('./trust-pack/OpenPackPage') },
  { path: '/compare', name: 'ComparePage', load: () => import('./report/ComparePage') },
  { path: '/meeting', name: 'MeetingPage', load: () => import('./meeting/MeetingPage') },
  // A governor's view sent back as a link: the meeting page reads it and adds it.
  { path: '/meeting/add-view', name: 'MeetingPage', load: () => import('./meeting/MeetingPage') },
  { path: '/meeting/record', name: 'RecordViewPage', load: () => import('./meeting/RecordViewPage') },
  { path: '/meeting/present', name: 'PresentPage', load: () => import('./meeting/PresentPage') },
  { path: '/meeting/decision', name: 'DecisionPage', load: () => import('./meeting/DecisionPage') },
  { path: '/member', name: 'MemberPage', load: () => import('./meeting/MemberPage') },
  { path: '*', name: 'NotFound', load: () => import('./NotFound') },
];

/** Loading a page also loads the check of saved answers against the content (see App.tsx). */
const loadPrune = () => import('@/store/prune');
type Loaded = [PageModule, Awaited<ReturnType<typeof loadPrune>>];
const loading = new Map<string, Promise<Loaded>>();

/** A page's code (and the prune check), asked for once however many times it is wanted. */
export function loadPage(path: string, load: () => Promise<PageModule>): Promise<Loaded> {
  let promise = loading.get(path);
  if (!promise) {
    promise = Promise.all([load(), loadPrune()]);
    loading.set(path, promise);
    // A failed download may work next time (back online): do not keep the failure.
    promise.catch(() => loading.delete(path));
  }
  return promise;
}

/** The route an address (the part after "#") shows, as React Router would choose it. */
export function routeFor(address: string): PageRoute {
  const path = address.replace(/^#/, '').split(/[?#]/)[0] || '/';
  const parts = path.split('/').filter(Boolean);
  const matches = (pattern: string) => {
    const want = pattern.split('/').filter(Boolean);
    return want.length === parts.length && want.every((w, i) => w.startsWith(':') || w === parts[i]);
  };
  // Fixed paths win over ones with parameters, as in React Router.
  const fixed = pageRoutes.find((r) => !r.path.includes(':') && r.path !== '*' && matches(r.path));
  return fixed ?? pageRoutes.find((r) => r.path !== '*' && matches(r.path)) ?? pageRoutes.find((r) => r.path === '*')!;
}

/** Asks for the code of the page at `address` now; a failure is left for the page itself to show. */
export function preloadPage(address: string): void {
  const route = routeFor(address);
  if (route.load) loadPage(route.path, route.load).catch(() => {});
}
