import { useState } from 'react';
import { useAnswers, useTrusts } from '../../store/answers-store';
import { BackLink } from '../components/BackLink';
import { ConfirmDialog } from '../components/Dialog';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { Heading, Page } from '../components/Page';
import { TextField } from '../components/TextField';
import { useJourney } from '../use-journey';

const here = { page: 'trusts' as const };
const MAX_TRUSTS = 10;

export function TrustsPage() {
  const trusts = useTrusts();
  const renameTrust = useAnswers((s) => s.renameTrust);
  const removeTrust = useAnswers((s) => s.removeTrust);
  const send = useJourney(here);
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [announce, setAnnounce] = useState('');

  const add = (event: React.FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    let message: string | undefined;
    if (trimmed === '') message = 'Enter the name of the trust';
    else if (trusts.some((t) => t.name.toLowerCase() === trimmed.toLowerCase())) message = `You have already added ${trimmed}`;
    else if (trusts.length >= MAX_TRUSTS) message = `You can compare up to ${MAX_TRUSTS} trusts`;
    if (message) {
      setErrors([{ field: 'new-trust', message }]);
      return;
    }
    setErrors([]);
    send({ type: 'TRUSTS.ADD', name: trimmed });
    setName('');
    setAnnounce(`Added ${trimmed}.`);
  };

  return (
    <Page title="The trusts you are considering" error={errors.length > 0}>
      <BackLink here={here} />
      <div className="narrow">
        <ErrorSummary errors={errors} />
        <Heading>The trusts you are considering</Heading>
        <p>
          Add each trust you are thinking about joining. You will ask each one Carter’s ten questions, and the report compares them side by
          side. If you are forming a new trust, add it by the name you plan to use.
        </p>
        {trusts.length > 0 && (
          <>
            <h2>Your trusts</h2>
            {trusts.map((trust) => (
              <div key={trust.id} className="form-group">
                <TextField
                  id={`trust-name-${trust.id}`}
                  label={`Name of trust ${trust.id.slice(1)}`}
                  value={trust.name}
                  maxLength={120}
                  onChange={(v) => renameTrust(trust.id, v)}
                />
                <ConfirmDialog
                  trigger={
                    <button type="button" className="button button--secondary">
                      Remove {trust.name || 'this trust'}
                    </button>
                  }
                  title={`Remove ${trust.name || 'this trust'}?`}
                  body={
                    <p>
                      This deletes your answers to the ten questions for {trust.name || 'this trust'}, any pack the trust sent, and any
                      governors’ views and board decision about it. A copy is kept on this device first (see Your data).
                    </p>
                  }
                  confirmLabel="Yes, remove it"
                  onConfirm={() => {
                    removeTrust(trust.id);
                    setAnnounce(`Removed ${trust.name}.`);
                  }}
                />
              </div>
            ))}
          </>
        )}
        <form onSubmit={add} noValidate>
          <TextField
            id="new-trust"
            label={trusts.length === 0 ? 'Name of the trust' : 'Add another trust'}
            hint="For example, Oak Valley Learning Trust"
            value={name}
            onChange={setName}
            error={errors[0]?.message}
            maxLength={120}
          />
          <button type="submit" className="button button--secondary">
            Add trust
          </button>
        </form>
        <p className="visually-hidden" aria-live="polite">
          {announce}
        </p>
        <button type="button" className="button" onClick={() => send({ type: 'TRUSTS.DONE' })}>
          Save and go to your tasks
        </button>
      </div>
    </Page>
  );
}
