import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { TOOL_NAME } from '@/domain/labels';
import { rememberLastPage } from '@/store/visits';

/** The document's title for a page. */
export const documentTitle = (title: string, error?: boolean) => `${error ? 'Error: ' : ''}${title === TOOL_NAME ? TOOL_NAME : `${title} – ${TOOL_NAME}`}`;

/**
 * Told each page's title as it renders. Only the build's prerendering (src/ui/Shell.tsx)
 * provides one: effects do not run there, so it cannot learn the title from document.title.
 */
export const TitleSink = createContext<((title: string) => void) | null>(null);

/** Sets the document title for the page; the layout moves focus to its h1. */
export function Page({ title, error, children }: { title: string; error?: boolean; children: ReactNode }) {
  const { pathname } = useLocation();
  useContext(TitleSink)?.(documentTitle(title, error));
  useEffect(() => {
    document.title = documentTitle(title, error);
  }, [title, error]);
  // A journey page is where "Continue where you left off" goes back to (the journey checks it can still open).
  useEffect(() => rememberLastPage(pathname, title), [pathname, title]);
  return <>{children}</>;
}

let focusRequested = false;

/**
 * After a navigation, focus goes to the new page's h1. A page that is still loading has no
 * h1 yet, so the request waits until its Heading mounts.
 */
export function focusHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  focusRequested = heading === null;
  heading?.focus();
}

/** The page's one h1. Focusable from script so focus can move to it on navigation. */
export function Heading({ children, caption }: { children: ReactNode; caption?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusRequested) return;
    focusRequested = false;
    ref.current?.focus();
  }, []);
  return (
    <h1 tabIndex={-1} ref={ref}>
      {caption && <span className="caption">{caption}</span>}
      {children}
    </h1>
  );
}
