import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { content } from '@/content';
import { discussionOrder, divergence, emptyMeeting, viewsFor } from '@/domain/meeting';
import { useMeeting } from '@/store/meeting';
import { Heading, Page } from '@/ui/components/Page';
import './meeting.css';
import { OverviewItem, QuestionItem, SummaryItem } from './MeetingItems';
import { useMeetingTrust } from './use-meeting-trust';
import { useRememberedFlag } from './use-remembered-flag';

/** Keys a presenter (or a clicker, which sends Page Up/Down or arrows) uses to move. */
function keyToMove(event: KeyboardEvent, index: number, last: number): number | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const target = event.target as HTMLElement | null;
  const choice = target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox');
  const typing =
    (target instanceof HTMLInputElement && !choice) || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target?.isContentEditable;
  if (typing) return null;
  switch (event.key) {
    case 'PageDown':
      return index + 1;
    case 'PageUp':
      return index - 1;
    // On a radio button the arrows choose between the ratings, so they are left alone there.
    case 'ArrowRight':
      return choice ? null : index + 1;
    case 'ArrowLeft':
      return choice ? null : index - 1;
    case 'Home':
      return choice ? null : 0;
    case 'End':
      return choice ? null : last;
    default:
      return null;
  }
}

/**
 * The Fullscreen API, for the projector: the page fills the screen with no browser frame.
 * Esc (the browser's own way out) or the "Leave full screen" button ends it; so does leaving
 * the meeting view.
 */
function useFullScreen() {
  const available = typeof document !== 'undefined' && document.fullscreenEnabled === true && typeof document.documentElement.requestFullscreen === 'function';
  const [on, setOn] = useState(() => available && document.fullscreenElement !== null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    if (!available) return;
    const changed = () => setOn(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', changed);
    return () => {
      document.removeEventListener('fullscreenchange', changed);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [available]);
  const toggle = () => {
    setProblem('');
    const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen({ navigationUI: 'hide' });
    done.catch(() => setProblem('The browser did not change to full screen. Most browsers also go full screen with F11.'));
  };
  return { available, on, toggle, problem };
}

/** The meeting view: one item at a time, large type, most disagreement first. */
export function PresentPage() {
  const { trust, query } = useMeetingTrust();
  const meeting = useMeeting() ?? emptyMeeting();
  const [index, setIndex] = useState(0);
  const [jump, setJump] = useState('0');
  const [contrast, setContrast] = useRememberedFlag('join-a-trust:meeting-high-contrast');
  const [showNames, setShowNames] = useState(false);
  const [showNotes, setShowNotes] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const full = useFullScreen();
  const next = useRef<HTMLButtonElement>(null);
  const back = useRef<HTMLButtonElement>(null);

  const questions = content.tenQuestions.questions;
  const views = useMemo(() => (trust ? viewsFor(meeting, trust.id) : []), [meeting, trust]);
  const spreads = useMemo(() => divergence(questions, views, trust ? meeting.agreed[trust.id] : {}), [questions, views, meeting, trust]);
  const order = useMemo(() => discussionOrder(spreads), [spreads]);
  const labels = ['Overview', ...order.map((s) => `Question ${s.number}: ${s.shortTitle}`), 'Summary'];
  const last = labels.length - 1;
  const current = Math.min(index, last);

  const go = (to: number) => {
    const target = Math.max(0, Math.min(last, to));
    setIndex(target);
    setJump(String(target));
    setAnnouncement(`Item ${target + 1} of ${labels.length}: ${labels[target]}`);
    if (target !== current) window.scrollTo?.(0, 0);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const to = keyToMove(event, current, last);
      if (to === null) return;
      event.preventDefault();
      go(to);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // If the control that had focus went with the old item, keep focus on a presenter control.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) (current === last ? back : next).current?.focus();
  }, [current, last]);

  useEffect(() => {
    document.body.classList.add('meeting-mode');
    return () => document.body.classList.remove('meeting-mode');
  }, []);
  useEffect(() => {
    document.body.classList.toggle('meeting-mode--contrast', contrast);
    return () => document.body.classList.remove('meeting-mode--contrast');
  }, [contrast]);

  if (!trust) {
    return (
      <Page title="Meeting view">
        <Heading>Meeting view</Heading>
        <p>
          There is no trust to discuss yet. <Link to="/trusts">Name the trust first</Link>.
        </p>
      </Page>
    );
  }

  const caption = `${trust.name} · item ${current + 1} of ${labels.length}`;
  const spread = current > 0 && current < last ? order[current - 1] : undefined;
  return (
    <Page title={`Meeting view: ${labels[current]}`}>
      <div className={`meeting${contrast ? ' meeting--contrast' : ''}`}>
        <section className="meeting__controls" aria-label="Presenter controls" aria-describedby="meeting-keys">
          <button ref={back} type="button" className="button button--secondary" aria-disabled={current === 0} onClick={() => go(current - 1)}>
            Back
          </button>
          <button ref={next} type="button" className="button" aria-disabled={current === last} onClick={() => go(current + 1)}>
            Next
          </button>
          <form
            className="meeting__jump"
            onSubmit={(event) => {
              event.preventDefault();
              go(Number(jump));
            }}
          >
            <label htmlFor="meeting-jump">
              Jump to<span className="visually-hidden"> question</span>
            </label>
            <select id="meeting-jump" className="select" value={jump} onChange={(e) => setJump(e.target.value)}>
              {labels.map((label, i) => (
                <option key={label} value={i}>
                  {label}
                </option>
              ))}
            </select>
            <button type="submit" className="button button--secondary">
              Go
            </button>
          </form>
          {full.available && (
            <button type="button" className="button button--secondary" onClick={full.toggle}>
              {full.on ? 'Leave full screen' : 'Full screen'}
            </button>
          )}
          <button type="button" className="button button--secondary" aria-pressed={contrast} onClick={() => setContrast(!contrast)}>
            High contrast
          </button>
          <button type="button" className="button button--secondary" aria-pressed={showNames} onClick={() => setShowNames((s) => !s)}>
            Show names
          </button>
          <button type="button" className="button button--secondary" aria-pressed={showNotes} onClick={() => setShowNotes((s) => !s)}>
            Show notes
          </button>
          <Link to={`/meeting${query}`} className="meeting__exit">
            Close<span className="visually-hidden"> the meeting view</span>
          </Link>
          <p className="meeting__keys" id="meeting-keys">
            Arrow keys or Page Up and Page Down move between items (a clicker works too). Home and End go to the start and the summary.
            {full.on ? ' Esc leaves full screen.' : ''}
          </p>
          {full.problem && <p className="meeting__keys" role="alert">{full.problem}</p>}
        </section>
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
        <div className="meeting__item" key={current}>
          {current === 0 && (
            <OverviewItem trustName={trust.name} viewCount={views.length} order={order} caption={caption} prepareLink={`/meeting${query}`} />
          )}
          {spread && (
            <QuestionItem
              spread={spread}
              viewCount={views.length}
              caption={caption}
              trustId={trust.id}
              showNames={showNames}
              showNotes={showNotes}
              answer={trust.answers[spread.questionId]}
            />
          )}
          {current === last && (
            <SummaryItem spreads={spreads} caption={caption} decisionLink={`/meeting/decision${query}`} prepareLink={`/meeting${query}`} />
          )}
        </div>
      </div>
    </Page>
  );
}
