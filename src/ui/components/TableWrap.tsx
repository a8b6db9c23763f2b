import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * A table that may scroll sideways on a narrow screen; keyboard users can focus and scroll it.
 * When it is wider than the screen, a note above it says so (a phone hides the scroll bar).
 * It is a region, so it needs a name; give it one that differs from the name of any section
 * around it ("Table: The trusts side by side" in "The trusts side by side"), or a screen reader
 * user moving by landmarks hears the same name twice.
 */
export function TableWrap({ label, labelledBy, children }: { label?: string; labelledBy?: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const noteId = useId();
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {scrolls && (
        <p className="table-wrap__note" id={noteId} data-testid="table-scrolls">
          This table is wider than your screen. Scroll sideways to see all of it.
        </p>
      )}
      <div className="table-wrap" ref={box} tabIndex={0} role="region" aria-label={label} aria-labelledby={labelledBy} aria-describedby={scrolls ? noteId : undefined}>
        {children}
      </div>
    </>
  );
}
