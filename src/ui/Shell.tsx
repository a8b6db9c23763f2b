import { renderToString } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Layout } from './Layout';

/**
 * The page's frame (header, an empty main, footer) as HTML, written into index.html by the
 * build so something useful shows before the JavaScript has run. The app replaces it.
 */
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
  // The app uses hash addresses, so the frame's links must too ("#/tasks", not "/tasks").
  return html.replace(/href="\//g, 'href="#/');
}
