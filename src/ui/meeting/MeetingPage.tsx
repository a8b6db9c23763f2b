import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { content } from '@/content';
import { longDate } from '@/domain/decision';
import { plural } from '@/domain/labels';
import type { MemberView } from '@/domain/answers';
import { viewsFor } from '@/domain/meeting';
import { VIEW_ROUTE } from '@/domain/meeting-link';
import { useAnswers } from '@/store/answers-store';
import { ensureAssessmentId, removeMemberView, useMeeting } from '@/store/meeting';
import { ConfirmDialog } from '@/ui/components/Dialog';
import { Heading, Page } from '@/ui/components/Page';
import { Radios } from '@/ui/components/Radios';
import { ImportViews, ViewFromLink } from './ImportViews';
import { Invite } from './Invite';
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
  const [search] = useSearchParams();
  const viewLink = useLocation().pathname === VIEW_ROUTE ? search.get('d') : null;
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

  return (
    <Page title="Prepare the board meeting">
      <div className="narrow">
        <Heading caption="Governing board meeting">Prepare the board meeting</Heading>
        {viewLink !== null && <ViewFromLink data={viewLink} />}
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
          <li>Send governors the invitation link below, for example by email, or show its QR code for them to scan with a phone. You can also send it as a file.</li>
          <li>
            Each governor opens it on their own device (or chooses <Link to="/member">Give my view as a governor</Link> and opens the file),
            reads the guidance for each question, and rates them. Their view stays on their device until they clear it.
          </li>
          <li>They send their view back to you as a link or a small file. You open the link on this device, or add it below.</li>
        </ol>
        <Invite trust={trust} profile={profile} />
        <h3>On this device, in turn</h3>
        <p>Governors can take turns on this device. Each view is saved when it is recorded, and the form clears for the next governor.</p>
        <Link to={`/meeting/record${query}`} className="button button--secondary">
          Record a view on this device
        </Link>

        <h2>2. Add governors’ views</h2>
        <p>Nothing is sent over the internet: governors’ views reach this device only in the links you open and the files you add here.</p>
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
