import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { VIEW_LIMITS } from '@/domain/limits';
import { viewsFor } from '@/domain/meeting';
import { addMemberViews, newViewId, useMeeting } from '@/store/meeting';
import { Heading, Page } from '@/ui/components/Page';
import { today } from '@/domain/dates';
import { useMeetingTrust } from './use-meeting-trust';
import { ViewForm, type ViewDraft } from './ViewForm';

/** Governors take turns on the shared device; each view is saved at once and the form clears. */
export function RecordViewPage() {
  const { trust, query } = useMeetingTrust();
  const meeting = useMeeting();
  const [recorded, setRecorded] = useState(0);
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (recorded > 0) banner.current?.focus();
  }, [recorded]);

  if (!trust) {
    return (
      <Page title="Record a governor’s view">
        <Heading>Record a governor’s view</Heading>
        <p>
          There is no trust to give a view of yet. <Link to="/trusts">Name the trust first</Link>.
        </p>
      </Page>
    );
  }
  const count = meeting ? viewsFor(meeting, trust.id).length : 0;
  const save = (draft: ViewDraft) => {
    const [outcome] = addMemberViews([{ id: newViewId(), ...draft, trustId: trust.id, trustName: trust.name, recordedOn: today() }]);
    if (outcome === 'full') return `This view has not been recorded. This assessment already holds ${VIEW_LIMITS.views} views, the most it can keep. Remove a view on the page for preparing the meeting first`;
    if (outcome !== 'added') return 'This view has not been recorded. Check the name and ratings, and try again';
    setRecorded((n) => n + 1);
    return undefined;
  };

  return (
    <Page title="Record a governor’s view">
      <Link to={`/meeting${query}`} className="back-link">
        Back to preparing the meeting
      </Link>
      <div className="narrow">
        <Heading caption={trust.name}>Record a governor’s view</Heading>
        {recorded > 0 && (
          <div className="banner banner--success" ref={banner} tabIndex={-1} role="status">
            <h2 className="banner__title">View recorded</h2>
            <div className="banner__body">
              <p>
                {count} view{count === 1 ? '' : 's'} of {trust.name} so far. Hand the device to the next governor, or{' '}
                <Link to={`/meeting${query}`}>go back to preparing the meeting</Link>.
              </p>
            </div>
          </div>
        )}
        <p>
          Hand the device to a governor. Their view is saved on this device when they choose “Record my view”, and the form then clears so
          the next governor does not see it.
        </p>
        <ViewForm trustName={trust.name} submitLabel="Record my view" onSave={save} />
      </div>
    </Page>
  );
}
