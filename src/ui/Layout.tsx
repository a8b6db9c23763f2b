import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import meta from '@questions/meta.json';
import { flushSaves } from '@/store/safe-storage';
import { useStorageStatus } from '@/store/storage-status';
import { formatDateLong } from '@/domain/dates';
import { focusHeading } from './components/Page';

const StorageBanners = lazy(() => import('./components/StorageBanners').then((m) => ({ default: m.StorageBanners })));

/** Anything the storage messages would say (not the time of the last save). */
const somethingToSay = (s: ReturnType<typeof useStorageStatus.getState>) =>
  Boolean(s.problem || s.dropped.length > 0 || s.updatedFromOtherTab || s.setAside || s.newVersion);

/**
 * The live region is always on the page (so a message that appears is read out); the messages'
 * code is loaded only when there is one to show, which is seldom: not on a first visit.
 */
function StorageMessages() {
  const show = useStorageStatus(somethingToSay);
  return (
    <div aria-live="polite">
      {show && (
        <Suspense fallback={null}>
          <StorageBanners />
        </Suspense>
      )}
    </div>
  );
}

function SavedNote() {
  const problem = useStorageStatus((s) => s.problem);
  const text = problem === 'unavailable' || problem === 'full' ? 'Not saved: see the message below' : 'Saved on this device only';
  return (
    <p className="saved-note" role="status">
      {text}
    </p>
  );
}

/** Moves focus to the new page's h1 after each navigation (not on first load). */
function useFocusOnNavigate() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    focusHeading();
    if (!navigator.userAgent.includes('jsdom')) window.scrollTo(0, 0);
  }, [location.pathname, location.search]);
}

/** Typing is saved after a pause; a change of page saves it at once (see store/safe-storage.ts). */
function useSaveOnNavigate() {
  const location = useLocation();
  useEffect(() => flushSaves(), [location.pathname, location.search]);
}

/**
 * The site's links. On a phone they sit behind a Menu button (they would take four rows);
 * Escape closes the menu and puts focus back on the button, and following a link closes it.
 */
function MainNav() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => setOpen(false);
  return (
    <div
      className="header__menu"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        close();
        button.current?.focus();
      }}
    >
      <button type="button" ref={button} className="header__menu-button" aria-expanded={open} aria-controls="main-nav" onClick={() => setOpen((o) => !o)}>
        Menu
      </button>
      <nav aria-label="Main" id="main-nav" className={open ? 'header__nav-wrap header__nav-wrap--open' : 'header__nav-wrap'} onClick={close}>
        <ul className="header__nav">
          <li>
            <Link to="/tasks">Your tasks</Link>
          </li>
          <li>
            <Link to="/meeting">Board meeting</Link>
          </li>
          <li>
            <Link to="/myths">Facts and myths</Link>
          </li>
          <li>
            <Link to="/glossary">Glossary</Link>
          </li>
          <li>
            <Link to="/sources">Sources</Link>
          </li>
          <li>
            <Link to="/your-data">Your data</Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}

export function Layout() {
  useFocusOnNavigate();
  useSaveOnNavigate();
  return (
    <>
      <a href="#main-content" className="skip-link" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main-content')?.focus();
      }}>
        Skip to main content
      </a>
      <header className="header">
        <div className="header__inner">
          <Link to="/" className="header__name">
            Should we join a trust?
          </Link>
          <SavedNote />
          <MainNav />
        </div>
      </header>
      <main className="main" id="main-content" tabIndex={-1}>
        <StorageMessages />
        <Outlet />
      </main>
      <footer className="footer">
        <div className="footer__inner">
          <p>
            <strong>This is guidance, not legal advice.</strong> Take advice from your local authority, diocese or a solicitor before you
            make a decision.
          </p>
          <p>
            Everything you enter stays on this device. Nothing is sent anywhere: no tracking, no cookies, no outside fonts or scripts.
          </p>
          <p>
            Content version {meta.contentVersion}, checked against sources published up to {formatDateLong(meta.reviewedOn)}.{' '}
            <span className="footer__links">
              <Link to="/sources">Sources</Link> · <Link to="/your-data">Your data</Link>
            </span>
          </p>
        </div>
      </footer>
    </>
  );
}
