import { useEffect, useId, useState } from 'react';
import { content } from '@/content';
import type { TrustAnswers } from '@/domain/answers';
import { LINK_LIMIT } from '@/domain/pack-link';
import { buildInvitationLink, invitationFileName, makeInvitation, QR_LINK_LIMIT, toInvitationFile, type InvitationLink } from '@/domain/meeting-link';
import { useAnswers } from '@/store/answers-store';
import { downloadFile } from '@/ui/components/download';
import { InvitationQr } from './InvitationQr';
import './meeting.css';

const leftOutInWords = (leftOut: InvitationLink['leftOut']) =>
  leftOut.map((l) => (l === 'school' ? 'what the school has found' : 'the trust’s own answers')).join(' and ');

/** The QR code governors scan, with a way to show it large for a room. */
function QrCode({ qr, trustName }: { qr: InvitationLink; trustName: string }) {
  const [large, setLarge] = useState(false);
  return (
    <figure className={`invite-qr-figure${large ? ' invite-qr-figure--large' : ''}`}>
      <InvitationQr link={qr.link} label={`QR code: the invitation to give a view of ${trustName}. Scan it with a phone’s camera.`} />
      <figcaption>
        Governors scan this with their phone’s camera to open the invitation ({qr.link.length.toLocaleString('en-GB')} characters; a QR code here
        holds up to {QR_LINK_LIMIT.toLocaleString('en-GB')}).
        {qr.leftOut.length > 0 && ` It leaves out ${leftOutInWords(qr.leftOut)}, which are too long for a QR code: send the link or the file to give governors everything.`}
      </figcaption>
      <button type="button" className="button button--secondary" aria-pressed={large} onClick={() => setLarge((l) => !l)}>
        Show the QR code large
      </button>
    </figure>
  );
}

/**
 * The clerk's invitation: a link (and a QR code) that carries it after the #, and the same
 * invitation as a file. It holds the school's and the trust's names, a reference for this
 * assessment, the trust's own answers if it sent a pack and, only if the clerk ticks the box,
 * what the school has found.
 */
export function Invite({ trust, profile }: { trust: TrustAnswers; profile: Record<string, string> }) {
  const [includeSchool, setIncludeSchool] = useState(false);
  const [made, setMade] = useState<{ key: string; link: InvitationLink; qr: InvitationLink; schoolName: string }>();
  const [message, setMessage] = useState('');
  const linkId = useId();
  const hasPack = Object.keys(trust.pack?.answers ?? {}).length > 0;
  // The meeting page makes the assessment's reference when it opens.
  const assessmentId = useAnswers((s) => s.answers.assessmentId) ?? '';
  // The school's name comes from the report's rule, loaded with the link rather than with the page.
  const key = JSON.stringify([assessmentId, profile, trust, includeSchool]);
  const built = made?.key === key ? made.link : undefined;
  const qr = made?.key === key ? made.qr : undefined;
  const invitation = made?.key === key ? makeInvitation(assessmentId, made.schoolName, trust, includeSchool) : undefined;

  useEffect(() => {
    if (!assessmentId) return;
    let current = true;
    void import('@/report/build')
      .then(({ schoolNameOf }) => schoolNameOf(content, profile))
      .then(async (schoolName) => {
        const whole = makeInvitation(assessmentId, schoolName, trust, includeSchool);
        const [link, qrLink] = await Promise.all([
          buildInvitationLink(whole, window.location.href),
          buildInvitationLink(whole, window.location.href, QR_LINK_LIMIT),
        ]);
        return { schoolName, link, qr: qrLink };
      })
      .then(({ schoolName, link, qr: qrLink }) => {
        if (current) setMade({ key, link, qr: qrLink, schoolName });
      });
    return () => {
      current = false;
    };
    // The invitation's content is the key: it changes only when what it holds does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const copy = async () => {
    if (!built?.fits) return;
    try {
      await navigator.clipboard.writeText(built.link);
      setMessage('The link is copied. Paste it into an email or a message to governors.');
    } catch {
      (document.getElementById(linkId) as HTMLTextAreaElement | null)?.select();
      setMessage('The link could not be copied for you. It is selected in the box: copy it yourself.');
    }
  };
  const download = () => {
    if (!invitation) return;
    const name = invitationFileName(invitation);
    downloadFile(name, JSON.stringify(toInvitationFile(invitation), null, 2), 'application/json');
    setMessage(`The invitation is saved as ${name} in your Downloads folder. Send it to governors.`);
  };

  const leftOut = built?.leftOut ?? [];
  return (
    <div className="invite">
      <div className="checkbox">
        <input id="invite-school" type="checkbox" checked={includeSchool} onChange={(e) => setIncludeSchool(e.target.checked)} />
        <label htmlFor="invite-school">
          Include what the school has found: its ratings, red flags and notes for {trust.name}
          <span className="radios__hint">
            Governors then see them beside each question. Leave this unticked if you want governors’ views without the school’s.
          </span>
        </label>
      </div>
      <p>
        The invitation holds the school’s name, the trust’s name and a reference for this assessment
        {hasPack ? ', the trust’s own answers from its pack' : ''}
        {includeSchool ? ', and what the school has found' : ''}. Governors also see what a strong answer looks like and the red flags for
        each question.
      </p>
      {!built && (
        <p role="status" className="hint">
          Making the invitation link…
        </p>
      )}
      {built && !built.fits && (
        <p className="inset">
          The invitation is too long for a link ({built.link.length.toLocaleString('en-GB')} characters; the most is{' '}
          {LINK_LIMIT.toLocaleString('en-GB')}). Send it as a file instead.
        </p>
      )}
      {built?.fits && (
        <>
          <label className="label" htmlFor={linkId}>
            The invitation as a link ({built.link.length.toLocaleString('en-GB')} characters)
          </label>
          <textarea id={linkId} className="textarea view-link" readOnly rows={3} value={built.link} />
          {leftOut.length > 0 && (
            <p className="hint">To fit in a link, it leaves out {leftOutInWords(leftOut)}. The file has everything.</p>
          )}
        </>
      )}
      {qr?.fits && <QrCode qr={qr} trustName={trust.name} />}
      {qr && !qr.fits && <p className="hint">The invitation is too long for a QR code. Send the link or the file instead.</p>}
      <div className="cluster">
        {built?.fits && (
          <button type="button" className="button button--secondary" onClick={() => void copy()}>
            Copy the invitation link
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={download} aria-disabled={!invitation}>
          Download the meeting invitation
        </button>
      </div>
      <p role="status">{message}</p>
    </div>
  );
}
