import { useEffect, type ReactNode } from 'react';

export const APP_NAME = 'Should we join a trust?';

/** Sets the document title for the page; the layout moves focus to its h1. */
export function Page({ title, error, children }: { title: string; error?: boolean; children: ReactNode }) {
  useEffect(() => {
    document.title = `${error ? 'Error: ' : ''}${title === APP_NAME ? APP_NAME : `${title} – ${APP_NAME}`}`;
  }, [title, error]);
  return <>{children}</>;
}

/** The page's one h1. Focusable from script so focus can move to it on navigation. */
export function Heading({ children, caption }: { children: ReactNode; caption?: ReactNode }) {
  return (
    <h1 tabIndex={-1}>
      {caption && <span className="caption">{caption}</span>}
      {children}
    </h1>
  );
}
