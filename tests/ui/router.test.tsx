import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
// vite.config.ts points 'react-router' at src/ui/router.tsx: this is what the app runs.
import { HashRouter, Link, MemoryRouter, Outlet, Route, Routes, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';

function Shell() {
  const location = useLocation();
  return (
    <div>
      <p data-testid="where">{location.pathname + location.search}</p>
      <Outlet />
    </div>
  );
}
function Question() {
  const { trustId, questionId } = useParams();
  const [search] = useSearchParams();
  return (
    <h1>
      {trustId} {questionId} {search.get('change') ?? ''}
    </h1>
  );
}
function Home() {
  const navigate = useNavigate();
  return (
    <>
      <h1>Home</h1>
      <Link to="/trusts/t1/questions/q%20two?change=1">Open</Link>
      <Link to="/">Home again</Link>
      <button type="button" onClick={() => navigate('/tasks', { replace: true })}>
        Replace
      </button>
    </>
  );
}
function NotFound() {
  return <h1>Not found {useParams()['*']}</h1>;
}
const routes = (
  <Routes>
    <Route element={<Shell />}>
      <Route path="/" element={<Home />} />
      <Route path="/tasks" element={<h1>Tasks</h1>} />
      <Route path="/trusts/:trustId/questions/:questionId" element={<Question />} />
      <Route path="*" element={<NotFound />} />
    </Route>
  </Routes>
);

describe('the router (src/ui/router.tsx, in place of React Router)', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '#/');
  });

  it('matches :params (decoded), the search, case-insensitive paths with a trailing slash, and * last', () => {
    const { unmount } = render(<MemoryRouter initialEntries={['/Trusts/t1/questions/q%20one/?change=1']}>{routes}</MemoryRouter>);
    expect(screen.getByRole('heading').textContent).toBe('t1 q one 1');
    unmount();
    render(<MemoryRouter initialEntries={['/no/such/page']}>{routes}</MemoryRouter>);
    expect(screen.getByRole('heading').textContent).toBe('Not found no/such/page');
  });

  it('a link renders a hash address and opens the page; Back comes back (hash history, as in the app)', async () => {
    window.history.replaceState(null, '', '#/');
    render(<HashRouter>{routes}</HashRouter>);
    const link = screen.getByRole('link', { name: 'Open' });
    expect(link.getAttribute('href')).toBe('#/trusts/t1/questions/q%20two?change=1');
    await userEvent.click(link);
    await screen.findByRole('heading', { name: 't1 q two 1' });
    expect(window.location.hash).toBe('#/trusts/t1/questions/q%20two?change=1');
    expect((window.history.state as { idx: number }).idx).toBe(1);
    act(() => window.history.back());
    await screen.findByRole('heading', { name: 'Home' });
  });

  it('an address typed or changed outside the app is followed (popstate)', async () => {
    window.history.replaceState(null, '', '#/');
    render(<HashRouter>{routes}</HashRouter>);
    act(() => {
      window.history.pushState(null, '', '#/tasks');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await screen.findByRole('heading', { name: 'Tasks' });
  });

  it('a link to the page already shown, and navigate(…, { replace }), replace the history entry rather than add one', async () => {
    window.history.replaceState(null, '', '#/');
    render(<HashRouter>{routes}</HashRouter>);
    const before = window.history.length;
    await userEvent.click(screen.getByRole('link', { name: 'Home again' }));
    expect(window.history.length).toBe(before);
    await userEvent.click(screen.getByRole('button', { name: 'Replace' }));
    await screen.findByRole('heading', { name: 'Tasks' });
    expect(window.history.length).toBe(before);
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/tasks'));
  });

  it('a click with a modifier key (a new tab) is left to the browser', async () => {
    render(<MemoryRouter initialEntries={['/']}>{routes}</MemoryRouter>);
    const user = userEvent.setup();
    let prevented: boolean | undefined;
    const link = screen.getByRole('link', { name: 'Open' });
    // After React's own listener (on the root): did the link keep the click for itself?
    document.addEventListener(
      'click',
      (e) => {
        prevented = e.defaultPrevented;
        e.preventDefault(); // jsdom cannot open a tab
      },
      { once: true },
    );
    await user.keyboard('[ControlLeft>]');
    await user.click(link);
    await user.keyboard('[/ControlLeft]');
    expect(prevented).toBe(false);
    expect(screen.getByRole('heading', { name: 'Home' })).toBeInTheDocument();
  });
});
