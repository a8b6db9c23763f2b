import { useState } from 'react';
import type { TrustAnswers } from '@/domain/answers';
import { ANSWER_LIMITS } from '@/domain/limits';
import { canAddTrust } from '@/domain/edit';
import { useAnswers, useTrusts } from '@/store/answers-store';
import { BackLink } from '@/ui/components/BackLink';
import { ConfirmDialog } from '@/ui/components/Dialog';
import { ErrorSummary, type FieldError } from '@/ui/components/ErrorSummary';
import { Heading, Page } from '@/ui/components/Page';
import { TextField } from '@/ui/components/TextField';
import { useJourney } from './use-journey';

const here = { page: 'trusts' as const };

/** Why a trust of this name (already trimmed, not empty) cannot be added, or undefined if it can. */
function problemAdding(trusts: TrustAnswers[], name: string): string | undefined {
  if (trusts.some((t) => t.name.trim().toLowerCase() === name.toLowerCase())) return `You have already added ${name}`;
  if (!canAddTrust({ trusts })) return `You can compare up to ${ANSWER_LIMITS.trusts} trusts`;
  return undefined;
}

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
    const message = trimmed === '' ? 'Enter the name of the trust' : problemAdding(trusts, trimmed);
    if (message) {
      setErrors([{ field: 'new-trust', message }]);
      return;
    }
    setErrors([]);
    send({ type: 'TRUSTS.ADD', name: trimmed });
    setName('');
    setAnnounce(`Added ${trimmed}.`);
  };

  /** The main button: a name typed but not added is added first (GOV.UK "add another"), or the page says why not. */
  const finish = () => {
    const found: FieldError[] = trusts
      .filter((t) => t.name.trim() === '')
      .map((t) => ({ field: `trust-name-${t.id}`, message: `Enter the name of trust ${t.id.slice(1)}, or remove it` }));
    const trimmed = name.trim();
    const problem = trimmed ? problemAdding(trusts, trimmed) : undefined;
    if (problem) {
      found.push({ field: 'new-trust', message: `${trimmed} has not been added. ${problem}. Change the name or clear the box, then try again` });
    }
    if (found.length > 0) {
      setErrors(found);
      return;
    }
    setErrors([]);
    for (const t of trusts) if (t.name !== t.name.trim()) renameTrust(t.id, t.name.trim());
    if (trimmed) send({ type: 'TRUSTS.ADD', name: trimmed });
    send({ type: 'TRUSTS.DONE' });
  };
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;

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
                  maxLength={ANSWER_LIMITS.trustName}
                  onChange={(v) => renameTrust(trust.id, v)}
                  onBlur={(v) => {
                    if (v !== v.trim()) renameTrust(trust.id, v.trim());
                  }}
                  error={errorFor(`trust-name-${trust.id}`)}
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
            error={errorFor('new-trust')}
            maxLength={ANSWER_LIMITS.trustName}
          />
          <button type="submit" className="button button--secondary">
            Add trust
          </button>
        </form>
        <p className="visually-hidden" aria-live="polite">
          {announce}
        </p>
        <button type="button" className="button" onClick={finish}>
          Save and continue
        </button>
      </div>
    </Page>
  );
}
