import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { HashRouter, Route, Routes, useLocation } from 'react-router';
import { syncAcrossTabs } from '../store/sync';
import { importFresh, noticeNewVersion } from './fresh-import';
import { Layout } from './Layout';
import { RouteErrorBoundary } from './RouteError';
import { StartPage } from './pages/StartPage';

/**
 * Pages other than the start page load on demand, so a first visit downloads only what
 * the start page needs. Loading a page also checks saved answers against the content.
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => {
    // A page's file gone after a new version was deployed: reload into the new version (fresh-import.ts).
    const [module, { pruneSavedAnswers }] = await Promise.all([importFresh(load), importFresh(() => import('../store/prune'))]);
    pruneSavedAnswers();
    return { default: module[name] };
  });
}

const ProfilePage = page(() => import('./pages/ProfilePage'), 'ProfilePage');
const TasksPage = page(() => import('./pages/TasksPage'), 'TasksPage');
const TrustsPage = page(() => import('./pages/TrustsPage'), 'TrustsPage');
const StepPage = page(() => import('./pages/StepPage'), 'StepPage');
const QuestionPage = page(() => import('./pages/QuestionPage'), 'QuestionPage');
const CheckPage = page(() => import('./pages/CheckPage'), 'CheckPage');
const ReportPage = page(() => import('./pages/ReportPage'), 'ReportPage');
const SourcesPage = page(() => import('./pages/SourcesPage'), 'SourcesPage');
const MythsPage = page(() => import('./pages/MythsPage'), 'MythsPage');
const GlossaryPage = page(() => import('./pages/GlossaryPage'), 'GlossaryPage');
const StrongTrustsPage = page(() => import('./pages/StrongTrustsPage'), 'StrongTrustsPage');
const YourDataPage = page(() => import('./pages/YourDataPage'), 'YourDataPage');
const TrustModePage = page(() => import('./pages/TrustModePage'), 'TrustModePage');
const OpenPackPage = page(() => import('./pages/OpenPackPage'), 'OpenPackPage');
const ComparePage = page(() => import('./pages/ComparePage'), 'ComparePage');
const MeetingPage = page(() => import('./pages/meeting/MeetingPage'), 'MeetingPage');
const RecordViewPage = page(() => import('./pages/meeting/RecordViewPage'), 'RecordViewPage');
const PresentPage = page(() => import('./pages/meeting/PresentPage'), 'PresentPage');
const DecisionPage = page(() => import('./pages/meeting/DecisionPage'), 'DecisionPage');
const MemberPage = page(() => import('./pages/meeting/MemberPage'), 'MemberPage');
const NotFound = page(() => import('./pages/NotFound'), 'NotFound');

/** The URL of every page. Each page has an error boundary that keeps the layout and a way back. */
export const pagePaths: [string, ComponentType][] = [
  ['/', StartPage],
  ['/profile/:questionId', ProfilePage],
  ['/tasks', TasksPage],
  ['/trusts', TrustsPage],
  ['/steps/:stepId', StepPage],
  ['/trusts/:trustId/questions/:questionId', QuestionPage],
  ['/check', CheckPage],
  ['/report', ReportPage],
  ['/sources', SourcesPage],
  ['/myths', MythsPage],
  ['/glossary', GlossaryPage],
  ['/strong-trusts', StrongTrustsPage],
  ['/your-data', YourDataPage],
  ['/trust-mode', TrustModePage],
  ['/open-pack', OpenPackPage],
  ['/compare', ComparePage],
  ['/meeting', MeetingPage],
  ['/meeting/record', RecordViewPage],
  ['/meeting/present', PresentPage],
  ['/meeting/decision', DecisionPage],
  ['/member', MemberPage],
  ['*', NotFound],
];

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
  return (
    <HashRouter>
      <AppRoutes />
    </HashRouter>
  );
}
