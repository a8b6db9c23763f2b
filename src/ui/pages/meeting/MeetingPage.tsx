import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { content } from '../../../content';
import { longDate } from '../../../domain/decision';
import { plural } from '../../../domain/labels';
import { invitationFileName, toInvitationFile, viewsFor, type MemberView } from '../../../domain/meeting';
import { schoolNameOf } from '../../../report/build';
import { useAnswers } from '../../../store/answers-store';
import { ensureAssessmentId, removeMemberView, useMeeting } from '../../../store/meeting';
import { ConfirmDialog } from '../../components/Dialog';
import { Heading, Page } from '../../components/Page';
import { Radios } from '../../components/Radios';
import { downloadFile } from '../../download';
import { ImportViews } from './ImportViews';
import { useMeetingTrust } from './use-meeting-trust';

/** The click that opens the meeting view also fills the screen (browsers allow that only on a click). */
function goFullScreen() {
  if (document.fullscreenEnabled && !document.fullscreenElement) void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** The clerk's page: choose the trust, gather governors' views, then open the meeting view. */
export function MeetingPage() {
  const { trust, trusts, query } = useMeetingTrust();
  const navigate = useNavigate();
  const meeting = useMeeting();
  const profile = useAnswers((s) => s.answers.profile);
  const [message, setMessage] = useState('');
  useEffect(() => {
    ensureAssessmentId();
  }, []);

  if (!trust) {
    return (
      <Page title="Prepare the board meeting">
        <div className="narrow">
          <Heading caption="Governing board meeting">Prepare the board meeting</Heading>
          <p>
            First name the trust the board is considering. Then come back here to gather governors’ views. <Link to="/trusts">Name the trust</Link>
          </p>
        </div>
      </Page>
    );
  }

  const views = meeting ? viewsFor(meeting, trust.id) : [];
  const invite = () => {
    const invitation = { assessmentId: ensureAssessmentId(), schoolName: schoolNameOf(content, profile), trust: { id: trust.id, name: trust.name } };
    downloadFile(invitationFileName(invitation), JSON.stringify(toInvitationFile(invitation), null, 2), 'application/json');
    setMessage(`The invitation is saved as ${invitationFileName(invitation)} in your Downloads folder. Send it to governors.`);
  };

  return (
    <Page title="Prepare the board meeting">
      <div className="narrow">
        <Heading caption="Governing board meeting">Prepare the board meeting</Heading>
        <p className="lead">Each governor gives their own view of the trust first. Then the board looks at them together, starting where views differ most.</p>
        {trusts.length > 1 && (
          <Radios
            name="meeting-trust"
            legend="Which trust is the meeting about?"
            options={trusts.map((t) => ({ value: t.id, label: t.name }))}
            value={trust.id}
            onChange={(id) => navigate(`/meeting?trust=${id}`, { replace: true })}
          />
        )}

        <h2>1. Gather governors’ views</h2>
        <p>
          Each governor rates the ten questions for {trust.name} on their own. Giving a name is up to them. The meeting view shows how many
          governors gave each rating, not who gave it, unless the chair chooses to show names.
        </p>
        <h3>On their own device, before the meeting</h3>
        <ol>
          <li>Download the meeting invitation and send it to governors, for example by email. It holds the school’s name, the trust’s name and a reference for this assessment, and nothing else.</li>
          <li>
            Each governor opens this tool on their own device and chooses <Link to="/member">Give my view as a governor</Link>. They open the
            invitation, rate the questions and download their view as a small file.
          </li>
          <li>They send their file back to you. You add all the files below.</li>
        </ol>
        <button type="button" className="button button--secondary" onClick={invite}>
          Download the meeting invitation
        </button>
        <p role="status">{message}</p>
        <h3>On this device, in turn</h3>
        <p>Governors can take turns on this device. Each view is saved when it is recorded, and the form clears for the next governor.</p>
        <Link to={`/meeting/record${query}`} className="button button--secondary">
          Record a view on this device
        </Link>

        <h2>2. Add governors’ files</h2>
        <p>Nothing is sent over the internet: governors’ views reach this device only in the files you add here.</p>
        <ImportViews />

        <h2 id="views-heading">3. Views recorded</h2>
        <ViewList views={views} trustName={trust.name} />

        <h2>4. Hold the meeting</h2>
        <p>
          Show the meeting view on the projector. It takes one question at a time, most disagreement first, in large type. It fills the
          screen: press Esc or choose “Leave full screen” to get back.
        </p>
        <div className="cluster">
          <Link to={`/meeting/present${query}`} className="button" onClick={goFullScreen}>
            Open the meeting view
          </Link>
          <Link to={`/meeting/decision${query}`} className="button button--secondary">
            Record the decision
          </Link>
        </div>
      </div>
    </Page>
  );
}

function ViewList({ views, trustName }: { views: MemberView[]; trustName: string }) {
  const [showNames, setShowNames] = useState(false);
  if (views.length === 0) return <p>No views of {trustName} recorded yet.</p>;
  const total = content.tenQuestions.questions.length;
  return (
    <>
      <p>
        {plural(views.length, 'governor’s view', 'governors’ views')} of {trustName} recorded.
      </p>
      <button type="button" className="button button--secondary" aria-pressed={showNames} onClick={() => setShowNames((s) => !s)}>
        Show names
      </button>
      <ul className="task-list">
        {views.map((v, i) => (
          <li key={v.id} className="task-list__item">
            <span className="task-list__name">
              View {i + 1}
              {showNames ? `: ${v.name ?? 'no name given'}` : ''}
              <span className="task-list__hint">
                Recorded {longDate(v.recordedOn)}; {Object.keys(v.ratings).length} of {total} questions answered.
              </span>
            </span>
            <ConfirmDialog
              trigger={
                <button type="button" className="button button--secondary" aria-label={`Remove view ${i + 1}`}>
                  Remove
                </button>
              }
              title={`Remove view ${i + 1}?`}
              body={<p>This view’s ratings will no longer count in the meeting. To add it again, add its file again.</p>}
              confirmLabel="Yes, remove this view"
              onConfirm={() => removeMemberView(v.id)}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
