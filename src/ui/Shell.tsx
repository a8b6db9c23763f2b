import type { ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router';
import { content } from '@/content';
import { applicableProfileQuestions } from '@/domain/answers';
import { TitleSink } from './components/Page';
import { Layout } from './Layout';
import { GlossaryPage } from './info/GlossaryPage';
import { MythsPage } from './info/MythsPage';
import { SourcesPage } from './info/SourcesPage';
import { StrongTrustsPage } from './info/StrongTrustsPage';
import { ProfilePage } from './journey/ProfilePage';
import { StartPage } from './journey/StartPage';
import { pageRoutes, routeFor } from './routes';

/*
 * Rendered by the build (vite.config.ts), never shipped to the browser: the page frame that
 * index.html shows before the JavaScript has run, and the pages a first visit most often opens,
 * as they look to someone with nothing saved (src/ui/early.ts shows them; the app replaces them).
 */

// The app uses hash addresses, so links must too ("#/tasks", not "/tasks").
const hashLinks = (html: string) => html.replace(/href="\//g, 'href="#/');

/** The page's frame (header, an empty main, footer) as HTML, for index.html. */
export function renderShell(): string {
  const html = renderToString(
    <MemoryRouter initialEntries={['/']}>
      <Routes>
        <Route element={<Layout />}>
          <Route path="*" element={null} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
  return hashLinks(html);
}

/** The pages written at build time, by the name their route gives them (src/ui/routes.ts). */
const prerenderable: Record<string, ComponentType> = { StartPage, ProfilePage, MythsPage, GlossaryPage, SourcesPage, StrongTrustsPage };

/**
 * The addresses prerendered: the start page, each question about the school that applies
 * before anything is answered, and the background pages.
 */
export function prerenderedAddresses(): string[] {
  return ['/', ...applicableProfileQuestions(content, {}).map((q) => `/profile/${q.id}`), '/strong-trusts', '/myths', '/glossary', '/sources'];
}

export interface PrerenderedPage {
  address: string;
  /** The page's component, by the name its route gives it; `loaded` if its code loads on demand. */
  page: { name: string; loaded: boolean };
  /** The document's title, as the page sets it. */
  title: string;
  /** What goes inside <main>: the live region and the page. */
  main: string;
}

const MAIN = /<main class="main" id="main-content" tabindex="-1">([\s\S]*)<\/main>/;

/** One page, inside the app's real layout and routes, for someone with nothing saved. */
export function renderPage(address: string): PrerenderedPage {
  let title = '';
  const html = renderToString(
    <TitleSink.Provider value={(t) => (title = t)}>
      <MemoryRouter initialEntries={[address]}>
        <Routes>
          <Route element={<Layout />}>
            {pageRoutes.map((route) => {
              const Component = prerenderable[route.name];
              return Component && <Route key={route.path} path={route.path} element={<Component />} />;
            })}
          </Route>
        </Routes>
      </MemoryRouter>
    </TitleSink.Provider>,
  );
  const main = MAIN.exec(html)?.[1];
  if (main === undefined || !title) throw new Error(`Prerendering ${address} gave no page.`);
  const route = routeFor(address);
  return { address, page: { name: route.name, loaded: Boolean(route.load) }, title, main: hashLinks(main) };
}

export function renderPages(): PrerenderedPage[] {
  return prerenderedAddresses().map(renderPage);
}
