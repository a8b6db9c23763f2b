import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { hasAnything } from '@/domain/answers-summary';
import { useAnswers } from '@/store/answers-store';
import { forgetLastPage, lastPage } from '@/store/visits';
import { Heading, Page } from '@/ui/components/Page';
import { importFresh } from '@/ui/fresh-import';
import { toPath } from './paths';

// The start page is the first thing anyone downloads, so the dialog and the journey load
// only when they are needed.
const ConfirmDialog = lazy(() => import('@/ui/components/Dialog').then((m) => ({ default: m.ConfirmDialog })));

function StartAgain() {
  const reset = useAnswers((s) => s.reset);
  const [wanted, setWanted] = useState(false);
  const button = (
    <button type="button" className="button button--secondary" onClick={() => setWanted(true)}>
      Start again
    </button>
  );
  if (!wanted) return button;
  return (
    <Suspense fallback={button}>
      <ConfirmDialog
        trigger={button}
        defaultOpen
        title="Start again?"
        body={
          <p>
            This clears every answer: your school’s details, your trusts and your notes. A copy is kept on this device, so you can go back
            to it from Your data.
          </p>
        }
        confirmLabel="Yes, clear my answers and start again"
        onConfirm={() => {
          forgetLastPage();
          reset();
        }}
      />
    </Suspense>
  );
}

export function StartPage() {
  const answers = useAnswers((s) => s.answers);
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const started = hasAnything(answers);
  const last = started ? lastPage() : undefined;
  const start = async () => {
    setBusy(true);
    const [{ advance }, { fromPath }] = await Promise.all([
      importFresh(() => import('@/store/journey')),
      importFresh(() => import('./from-path')),
    ]);
    navigate(toPath(advance({ page: 'start' }, { type: 'START', resume: last && fromPath(last.path) })));
  };
  const school = answers.profile['school-name']?.trim();
  return (
    <Page title="Should we join a trust?">
      <div className="narrow">
        <Heading>Should we join a trust?</Heading>
        {started && (
          <div className="resume" data-testid="resume">
            <p className="progress-line">
              You have already started{school ? ` for ${school}` : ''}. Your answers are saved on this device.
              {last && (
                <>
                  {' '}
                  Last time you were on “{last.title}”.
                </>
              )}
            </p>
            <div className="cluster">
              <button type="button" className="button button--start" onClick={start} aria-disabled={busy}>
                Continue where you left off
              </button>
              <StartAgain />
            </div>
          </div>
        )}
        <p className="lead">
          Use this tool to decide whether your school should join or form a multi-academy trust, which trust fits, and whether you are
          ready.
        </p>
        <p>It walks you through:</p>
        <ul>
          <li>a few questions about your school, so you only see the steps that apply to you</li>
          <li>
            Sir David Carter’s ten questions to ask any trust, with what a strong answer looks like and the red flags to watch for
          </li>
          <li>the stages of joining: getting started, first considerations, and engagement and consultation</li>
          <li>a readiness report you can share with your governing board, on screen or as a PDF</li>
        </ul>
        <h2>How long it takes</h2>
        <p>
          About 5 minutes to describe your school, then 30 to 60 minutes for the ten questions for each trust. You do not need to do it in
          one go: your answers are saved as you type and you can come back at any time.
        </p>
        <h2>What you will need</h2>
        <ul>
          <li>the name of the trust or trusts you are thinking about</li>
          <li>what they have told you, and any documents they have shared, such as their scheme of delegation and accounts</li>
          <li>notes from visits and from talking to heads of schools already in the trust</li>
        </ul>
        <h2>Your answers stay on this device</h2>
        <p>
          Nothing you enter is sent anywhere. There is no account, no tracking and no cookies. To move your answers to another device or
          share them with your board, save them to a file.
        </p>
        {!started && (
          <button type="button" className="button button--start" onClick={start} aria-disabled={busy}>
            Start now
          </button>
        )}
        <h2>I am a governor with an invitation</h2>
        <p>
          Has your clerk sent you a link or a QR code? Open it on your phone, tablet or computer. Sent a file instead?{' '}
          <Link to="/member">Give my view as a governor</Link>.
        </p>
        <h2>Are you a trust?</h2>
        <p>
          <Link to="/trust-mode">Prepare a pack for schools</Link>: your own answers to the ten questions, to share as a file or a link.
          Has a trust sent you a pack? <Link to="/open-pack">Open a trust pack</Link>.
        </p>
        <h2>Background reading</h2>
        <ul>
          <li>
            <Link to="/strong-trusts">What makes a strong trust</Link>
          </li>
          <li>
            <Link to="/myths">Facts and myths about trusts</Link>
          </li>
        </ul>
        <p className="hint">This tool gives guidance, not legal advice.</p>
      </div>
    </Page>
  );
}
