import { useEffect } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { syncAcrossTabs } from '../store/sync';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { CheckPage } from './pages/CheckPage';
import { GlossaryPage } from './pages/GlossaryPage';
import { MythsPage } from './pages/MythsPage';
import { NotFound } from './pages/NotFound';
import { ProfilePage } from './pages/ProfilePage';
import { QuestionPage } from './pages/QuestionPage';
import { SourcesPage } from './pages/SourcesPage';
import { StartPage } from './pages/StartPage';
import { StepPage } from './pages/StepPage';
import { TasksPage } from './pages/TasksPage';
import { TrustsPage } from './pages/TrustsPage';
import { YourDataPage } from './pages/YourDataPage';

/** Every page, each with its own error boundary that keeps the layout and a way back. */
export const routes = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: '/', element: <StartPage /> },
          { path: '/profile/:questionId', element: <ProfilePage /> },
          { path: '/tasks', element: <TasksPage /> },
          { path: '/trusts', element: <TrustsPage /> },
          { path: '/steps/:stepId', element: <StepPage /> },
          { path: '/trusts/:trustId/questions/:questionId', element: <QuestionPage /> },
          { path: '/check', element: <CheckPage /> },
          { path: '/sources', element: <SourcesPage /> },
          { path: '/myths', element: <MythsPage /> },
          { path: '/glossary', element: <GlossaryPage /> },
          { path: '/your-data', element: <YourDataPage /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

const router = createHashRouter(routes);

export function App() {
  useEffect(() => syncAcrossTabs(), []);
  return <RouterProvider router={router} />;
}
