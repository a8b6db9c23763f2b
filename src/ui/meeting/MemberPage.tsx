import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { TenQuestion } from '@/content/schema';
import { content } from '@/content';
import { isUnresolvedRedFlag } from '@/domain/answers';
import { evidenceLabels, ratingLabels } from '@/domain/labels';
import { MAX_INVITATION_CHARS, memberViewFileName, toMemberViewFile, type Invitation } from '@/domain/meeting-files';
import { type FileResult } from '@/domain/envelope';
import { draftKey, draftView, memberViewLink, readInvitationLink, type MemberDraft, readInvitationFile } from '@/domain/meeting-link';
import { newViewId } from '@/store/meeting';
import { useMemberViews } from '@/store/member';
import { ConfirmDialog } from '@/ui/components/Dialog';
import { ErrorSummary, type FieldError } from '@/ui/components/ErrorSummary';
import { FileField } from '@/ui/components/FileField';
import { Heading, Page } from '@/ui/components/Page';
import { today } from '@/domain/dates';
import { downloadFile } from '@/ui/components/download';
import { useLinkData } from '@/ui/components/use-link-data';
import { ViewForm } from './ViewForm';
import './meeting.css';

/**
 * A governor on their own device: open the clerk's invitation (a link or a file), read what
 * a strong answer looks like, the red flags, the trust's own answer and (if the clerk shared
 * it) the school's findings, rate the ten questions, then send the view back as a link or a
 * file. The view stays on this device until the governor clears it.
 */
export function MemberPage() {
  const [search] = useSearchParams();
  const data = search.get('d');
  const drafts = useMemberViews((s) => s.drafts);
  const [chosen, setChosen] = useState<string>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [justReady, setJustReady] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const opened = (source: string, result: FileResult<Invitation>) => {
    if (!result.ok) {
      setErrors([{ field: 'invitation-file', message: `${source} could not be opened. ${result.problems.join(' ')}` }]);
      return;
    }
    setErrors([]);
    setJustReady(false);
    setChosen(useMemberViews.getState().open(result.value, newViewId()));
  };

  const reading = useLinkData(data, readInvitationLink, (result) => opened('The invitation link', result));

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    if (input.current) input.current.value = '';
    const text = file.size > MAX_INVITATION_CHARS * 4 ? ' '.repeat(MAX_INVITATION_CHARS + 1) : await file.text();
    opened(file.name, readInvitationFile(text));
  };

  const draft = drafts.find((d) => draftKey(d.invitation) === chosen) ?? (reading ? undefined : drafts[0]);

  if (draft?.readyOn) {
    return <ReadyToSend draft={draft} first={justReady} />;
  }

  return (
    <Page title="Give my view as a governor" error={errors.length > 0}>
      <div className="narrow member">
        <ErrorSummary errors={errors} />
        <Heading caption="Governing board meeting">Give my view as a governor</Heading>
        <p className="lead">Rate the trust on the ten questions, on your own. Your clerk brings every governor’s view together for the meeting.</p>
        <p>
          Your view is kept on this device until you clear it, and goes to your clerk only when you send it yourself, as a link or a
          file. If you are at the meeting, the clerk can record your view on the shared device instead.
        </p>
        {reading && (
          <p role="status" className="hint">
            Reading the invitation in the link…
          </p>
        )}
        {!draft && (
          <>
            <h2>1. Open the meeting invitation</h2>
            <p>Your clerk sends the invitation as a link or a QR code to open, or as a file. To use a file, choose it here.</p>
          </>
        )}
        {draft && (
          <>
            <p className="inset" role="status">
              Invitation from <strong>{draft.invitation.schoolName}</strong> to give your view of <strong>{draft.invitation.trust.name}</strong>.
            </p>
            {drafts.length > 1 && <OtherInvitations drafts={drafts} current={draftKey(draft.invitation)} onChoose={setChosen} />}
            <h2>Give your view</h2>
            <p>
              Each question shows what a strong answer looks like and the red flags to watch for
              {draft.invitation.trustAnswers ? ', with the trust’s own answer' : ''}
              {draft.invitation.school ? ' and what the school has found so far' : ''}. Your answers are saved on this device as you go.
            </p>
            <ViewForm
              trustName={draft.invitation.trust.name}
              submitLabel="My view is ready to send"
              value={{ name: draft.name, ratings: draft.ratings }}
              onChange={(v) => useMemberViews.getState().update(draftKey(draft.invitation), (d) => ({ ...d, ...v }))}
              extra={(q) => <Informed invitation={draft.invitation} question={q} />}
              onSave={() => {
                useMemberViews.getState().ready(draftKey(draft.invitation), today());
                setJustReady(true);
              }}
            />
          </>
        )}
        {draft && <h2>A different invitation?</h2>}
        <FileField
          id="invitation-file"
          label="Choose the invitation file from your clerk (.json)"
          hint="Its name starts with “meeting-invitation”."
          invalid={errors.length > 0}
          inputRef={input}
          onFiles={(files) => void openFile(files[0])}
        />
      </div>
    </Page>
  );
}

function OtherInvitations({ drafts, current, onChoose }: { drafts: MemberDraft[]; current: string; onChoose(key: string): void }) {
  return (
    <details>
      <summary>Your other invitations on this device ({drafts.length - 1})</summary>
      <ul className="details__body">
        {drafts
          .filter((d) => draftKey(d.invitation) !== current)
          .map((d) => (
            <li key={draftKey(d.invitation)}>
              <button type="button" className="link-button" onClick={() => onChoose(draftKey(d.invitation))}>
                {d.invitation.trust.name}, for {d.invitation.schoolName}
              </button>
            </li>
          ))}
      </ul>
    </details>
  );
}

/** The trust's own answer, and what the school has found, for one question (when the invitation has them). */
function Informed({ invitation, question }: { invitation: Invitation; question: TenQuestion }) {
  const trustAnswer = invitation.trustAnswers?.[question.id];
  const school = invitation.school?.[question.id];
  if (!trustAnswer && !school) return null;
  return (
    <div className="view-informed">
      {trustAnswer && (
        <details>
          <summary>The trust’s own answer (from its pack)</summary>
          <div className="details__body">
            <p className="pack-text">{trustAnswer}</p>
            <p className="hint">Provided by the trust: what it says about itself, not checked by the school.</p>
          </div>
        </details>
      )}
      {school && (
        <div className="view-school">
          <p className="view-school__title">What the school has found so far</p>
          {isUnresolvedRedFlag(school) && (
            <p>
              <strong className="tag tag--red">Red flag</strong> {school.redFlagNote ?? 'raised, with no note.'}
            </p>
          )}
          {school.redFlag && school.redFlagResolved && <p>A red flag, since resolved: {school.redFlagNote ?? 'no note.'}</p>}
          {school.rating && (
            <p>
              The school’s rating: <strong>{ratingLabels[school.rating]}</strong>
              {school.evidence ? ` (${evidenceLabels[school.evidence].toLowerCase()})` : ''}
            </p>
          )}
          {school.notes && <p className="pack-text">{school.notes}</p>}
        </div>
      )}
    </div>
  );
}

const canShare = () => typeof navigator !== 'undefined' && typeof navigator.share === 'function';

/** "Your view is ready to send": share or copy the link, or download the file; change it; clear it. */
function ReadyToSend({ draft, first }: { draft: MemberDraft; first: boolean }) {
  const key = draftKey(draft.invitation);
  const view = draftView(draft);
  const [link, setLink] = useState('');
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState(!first);
  const box = useRef<HTMLTextAreaElement>(null);
  const total = content.tenQuestions.questions.length;
  const rated = Object.keys(draft.ratings).length;
  // Just made ready: the form has gone, so focus goes to this page's heading.
  useEffect(() => {
    if (first) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [first]);

  useEffect(() => {
    let current = true;
    void memberViewLink(draft.invitation.assessmentId, view, window.location.href).then((made) => {
      if (current) setLink(made);
    });
    return () => {
      current = false;
    };
    // The link changes only when the view does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(view), draft.invitation.assessmentId]);

  const share = async () => {
    if (!link) return;
    try {
      await navigator.share({ title: `My view of ${view.trustName}`, text: `My view of ${view.trustName} for the board meeting`, url: link });
      setSent(true);
      setMessage('Shared. If your clerk does not get it, send it again or download it as a file.');
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setMessage('This device could not share the link. Copy it instead, or download your view as a file.');
    }
  };
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setSent(true);
      setMessage('The link is copied. Paste it into an email or a message to your clerk.');
    } catch {
      box.current?.select();
      setMessage('The link could not be copied for you. It is selected in the box below: copy it yourself.');
    }
  };
  const download = () => {
    const name = memberViewFileName(view);
    downloadFile(name, JSON.stringify(toMemberViewFile(draft.invitation.assessmentId, view), null, 2), 'application/json');
    setSent(true);
    setMessage(`Your view is saved as ${name} in your Downloads folder. Send it to your clerk, for example by email.`);
  };

  const sharing = canShare();
  return (
    <Page title="Your view is ready to send">
      <div className="narrow member">
        <Heading caption="Governing board meeting">Your view is ready to send</Heading>
        <div className="banner banner--success">
          <div className="banner__body">
            <p>
              Your view of <strong>{view.trustName}</strong> for {draft.invitation.schoolName}: {rated} of {total} questions rated
              {view.name ? `, as ${view.name}` : ', without your name'}.
            </p>
          </div>
        </div>
        {/* The buttons come first, so that on a phone they are in sight without scrolling; what they do is said below them. */}
        <h2>Send it to your clerk</h2>
        <div className="cluster">
          <button type="button" className="button" onClick={() => void (sharing ? share() : copy())} aria-disabled={!link}>
            {sent ? 'Send again' : sharing ? 'Share my view' : 'Copy the link'}
          </button>
          {sharing && (
            <button type="button" className="button button--secondary" onClick={() => void copy()} aria-disabled={!link}>
              Copy the link
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={download}>
            Download my view as a file
          </button>
        </div>
        <p role="status">{message}</p>
        <p>
          Send the link by email or a message. It holds your ratings after its # sign, a part of a web address that browsers never send to
          any website. Or send your view as a file.
        </p>
        <p>It is kept on this device until you clear it. Nothing has been sent from this device: you send it yourself.</p>
        <label className="label" htmlFor="view-link">
          Your view as a link
        </label>
        <textarea id="view-link" ref={box} className="textarea view-link" readOnly value={link} rows={3} />
        <h2>Changed your mind?</h2>
        <p>Change your view, then send it again. Your clerk’s copy is replaced by the new one.</p>
        <div className="cluster">
          <button type="button" className="button button--secondary" onClick={() => useMemberViews.getState().change(key)}>
            Change my view
          </button>
          <ConfirmDialog
            trigger={
              <button type="button" className="button button--warning">
                Clear my view from this device
              </button>
            }
            title="Clear your view from this device?"
            body={<p>Your ratings of {view.trustName} are deleted from this device. Any copy you have already sent to your clerk stays with them.</p>}
            confirmLabel="Yes, clear my view"
            onConfirm={() => useMemberViews.getState().clear(key)}
          />
        </div>
      </div>
    </Page>
  );
}
