import { useState } from 'react';
import { memberViewFileName, MAX_MEETING_FILE_CHARS, readInvitationFile, toMemberViewFile, type Invitation } from '../../../domain/meeting';
import { newViewId } from '../../../store/meeting';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { FileField } from '../../components/FileField';
import { Heading, Page } from '../../components/Page';
import { downloadFile, today } from '../../download';
import { ViewForm, type ViewDraft } from './ViewForm';

/**
 * A governor on their own device: open the clerk's invitation, rate the ten questions, and
 * download a small file to send back. Nothing is kept in this browser.
 */
export function MemberPage() {
  const [invitation, setInvitation] = useState<Invitation>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState('');

  const open = async (file: File | undefined) => {
    setSaved('');
    if (!file) return;
    const result = file.size > MAX_MEETING_FILE_CHARS * 4 ? readInvitationFile(' '.repeat(MAX_MEETING_FILE_CHARS + 1)) : readInvitationFile(await file.text());
    if (!result.ok) {
      setErrors([{ field: 'invitation-file', message: `${file.name} could not be opened. ${result.problems.join(' ')}` }]);
      return;
    }
    setErrors([]);
    setInvitation(result.value);
  };

  const save = (draft: ViewDraft) => {
    if (!invitation) return;
    const view = { id: newViewId(), ...draft, trustId: invitation.trust.id, trustName: invitation.trust.name, recordedOn: today() };
    const name = memberViewFileName(view);
    downloadFile(name, JSON.stringify(toMemberViewFile(invitation.assessmentId, view), null, 2), 'application/json');
    setSaved(name);
  };

  return (
    <Page title="Give my view as a governor" error={errors.length > 0}>
      <div className="narrow">
        <ErrorSummary errors={errors} />
        <Heading caption="Governing board meeting">Give my view as a governor</Heading>
        <p className="lead">Rate the trust on the ten questions, on your own. Your clerk brings every governor’s view together for the meeting.</p>
        <p>
          Your view is not kept in this browser. It goes only into a small file that you download and send to your clerk yourself. If you
          are at the meeting, the clerk can record your view on the shared device instead.
        </p>
        <h2>1. Open the meeting invitation</h2>
        <FileField
          id="invitation-file"
          label="Choose the invitation file from your clerk (.json)"
          hint="Its name starts with “meeting-invitation”."
          invalid={errors.length > 0}
          onFiles={(files) => void open(files[0])}
        />
        {invitation && (
          <>
            <p className="inset" role="status">
              Invitation from <strong>{invitation.schoolName}</strong> to give your view of <strong>{invitation.trust.name}</strong>.
            </p>
            <h2>2. Give your view</h2>
            {saved && (
              <div className="banner banner--success" role="status">
                <h3 className="banner__title">Your view is saved in a file</h3>
                <div className="banner__body">
                  <p>
                    Look in your Downloads folder for <strong>{saved}</strong>. Send it to your clerk, for example by email. Nothing has been
                    sent from this device.
                  </p>
                </div>
              </div>
            )}
            <ViewForm trustName={invitation.trust.name} submitLabel="Download my view" onSave={save} />
          </>
        )}
      </div>
    </Page>
  );
}
