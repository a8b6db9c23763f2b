import { useState } from 'react';
import { Link } from 'react-router';
import { content } from '@/content';
import { draftFrom, emptyDraft, minuteText, outcomeLabel, decisionOutcomes, type DecisionDraft, type DecisionError } from '@/domain/decision';
import { checkDecision } from '@/domain/decision-check';
import { routeOf } from '@/domain/legal-weight';
import { count, DECISION_LIMITS as D } from '@/domain/limits';
import { minuteContext } from '@/domain/meeting';
import { schoolNameOf } from '@/report/build';
import { useAnswers } from '@/store/answers-store';
import { setDecision } from '@/store/meeting';
import { DateField } from '@/ui/components/DateField';
import { ErrorSummary } from '@/ui/components/ErrorSummary';
import { Heading, Page } from '@/ui/components/Page';
import { Radios } from '@/ui/components/Radios';
import { TextField } from '@/ui/components/TextField';
import { today } from '@/domain/dates';
import { noDate } from '@/domain/date-parts';
import { CopyMinutes } from './CopyMinutes';
import './meeting.css';
import { useMeetingTrust } from './use-meeting-trust';

/** The decision record, worded for the minutes and copied from here. */
export function DecisionPage() {
  const { trust, query } = useMeetingTrust();
  const answers = useAnswers((s) => s.answers);
  const saved = answers.meeting?.decision;
  const [draft, setDraft] = useState<DecisionDraft>(() => (saved ? draftFrom(saved) : emptyDraft(today())));
  const [errors, setErrors] = useState<DecisionError[]>([]);
  const [message, setMessage] = useState('');

  if (!trust) {
    return (
      <Page title="Record the decision">
        <Heading>Record the decision</Heading>
        <p>
          There is no trust to decide about yet. <Link to="/trusts">Name the trust first</Link>.
        </p>
      </Page>
    );
  }

  const set = (patch: Partial<DecisionDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const dateErrorFor = (id: string) => {
    const e = errors.find((x) => x.date?.id === id);
    return e?.date && { message: e.message, parts: e.date.parts };
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const result = checkDecision(draft, trust.id);
    if ('errors' in result) {
      setErrors(result.errors);
      setMessage('');
      return;
    }
    // The store checks the record with the schema that reads it back; this form's own checks
    // use the same limits, so a refusal here means a bug, but never a lost assessment.
    if (!setDecision(result.record)) {
      setErrors([{ field: 'decision-outcome', message: 'The decision record could not be saved. Check each answer and try again' }]);
      setMessage('');
      return;
    }
    setErrors([]);
    setMessage('The decision record is saved. It is in the report, and the text for the minutes is below.');
  };
  const route = routeOf(answers.profile);
  const otherTrust = saved && saved.trustId !== trust.id ? answers.trusts.find((t) => t.id === saved.trustId)?.name : undefined;
  const text =
    saved && saved.trustId === trust.id
      ? minuteText(saved, minuteContext(content.tenQuestions.questions, answers, trust.id, schoolNameOf(content, answers.profile)))
      : '';

  return (
    <Page title="Record the decision" error={errors.length > 0}>
      <Link to={`/meeting/present${query}`} className="back-link">
        Back to the meeting view
      </Link>
      <div className="narrow">
        <ErrorSummary errors={errors} />
        <Heading caption={`Governing board meeting: ${trust.name}`}>Record the decision</Heading>
        <p>
          The clerk records what the board decided. The record goes into the report, with the range of governors’ views on each question,
          and you can copy it as text for the minutes.
        </p>
        {otherTrust && <p className="warning-text">A decision about {otherTrust} is already recorded. Saving this one replaces it.</p>}
        <form onSubmit={submit} noValidate>
          <Radios
            name="decision-outcome"
            legend={route === 'intervention' ? 'What views did the governing board agree to give DfE on the trust proposed?' : 'What did the governing board decide?'}
            options={decisionOutcomes.map((o) => ({ value: o, label: outcomeLabel(o, route) }))}
            value={draft.outcome || undefined}
            onChange={(outcome) => set({ outcome })}
            error={errorFor('decision-outcome')}
            conditional={{
              'proceed-with-conditions': (
                <TextField
                  id="decision-conditions"
                  label="Conditions"
                  hint={`One condition on each line: up to ${D.conditions} conditions, each up to ${count(D.condition)} characters.`}
                  value={draft.conditions}
                  onChange={(v) => set({ conditions: v })}
                  error={errorFor('decision-conditions')}
                  multiline
                  maxLength={D.conditions * (D.condition + 1)}
                />
              ),
            }}
          />
          <TextField
            id="decision-reasons"
            label={draft.outcome === 'deferred' ? 'Reasons for deferring' : 'Reasons (optional)'}
            hint="The board’s reasons, as they should appear in the minutes."
            value={draft.reasons}
            onChange={(v) => set({ reasons: v })}
            error={errorFor('decision-reasons')}
            multiline
            maxLength={D.reasons}
          />
          <DateField id="decision-date" legend="Date of the meeting" value={draft.meetingDate} onChange={(v) => set({ meetingDate: v })} error={dateErrorFor('decision-date')} />

          <h2>Quorum</h2>
          <TextField
            id="decision-present"
            label="Number of governors present (optional)"
            value={draft.governorsPresent}
            onChange={(v) => set({ governorsPresent: v })}
            error={errorFor('decision-present')}
            maxLength={String(D.governorsPresentMax).length}
            numeric
          />
          <Radios
            name="decision-quorate"
            legend="Was the meeting quorate?"
            options={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]}
            value={draft.quorate || undefined}
            onChange={(quorate) => set({ quorate })}
            inline
          />
          <TextField
            id="decision-quorum-note"
            label="Quorum note (optional)"
            value={draft.quorumNote}
            onChange={(v) => set({ quorumNote: v })}
            error={errorFor('decision-quorum-note')}
            maxLength={D.quorumNote}
          />

          <Actions draft={draft} set={set} errorFor={errorFor} dateErrorFor={dateErrorFor} />
          <MinorityViews draft={draft} set={set} errorFor={errorFor} dateErrorFor={dateErrorFor} />

          <button type="submit" className="button">
            Save the decision record
          </button>
        </form>
        <p role="status">{message}</p>
        {text && <CopyMinutes text={text} />}
      </div>
    </Page>
  );
}

interface RowsProps {
  draft: DecisionDraft;
  set(patch: Partial<DecisionDraft>): void;
  errorFor(field: string): string | undefined;
  dateErrorFor(id: string): React.ComponentProps<typeof DateField>['error'];
}

function Actions({ draft, set, errorFor, dateErrorFor }: RowsProps) {
  const change = (i: number, patch: Partial<DecisionDraft['actions'][number]>) =>
    set({ actions: draft.actions.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
  return (
    <>
      <h2>Actions</h2>
      <p className="hint">Each action needs what is to be done and who will do it. Leave a row empty to leave it out.</p>
      {draft.actions.map((a, i) => (
        <fieldset key={i} className="decision-row">
          <legend className="legend--medium">Action {i + 1}</legend>
          <TextField id={`action-${i}-what`} label="What is to be done" value={a.what} onChange={(v) => change(i, { what: v })} error={errorFor(`action-${i}-what`)} maxLength={D.actionWhat} />
          <TextField id={`action-${i}-owner`} label="Who will do it" value={a.owner} onChange={(v) => change(i, { owner: v })} error={errorFor(`action-${i}-owner`)} maxLength={D.actionOwner} />
          <DateField id={`action-${i}-due`} legend="By when (optional)" value={a.due} onChange={(v) => change(i, { due: v })} error={dateErrorFor(`action-${i}-due`)} />
          {draft.actions.length > 1 && (
            <button type="button" className="button button--secondary" onClick={() => set({ actions: draft.actions.filter((_, j) => j !== i) })}>
              Remove action {i + 1}
            </button>
          )}
        </fieldset>
      ))}
      {draft.actions.length < D.actions && (
        <button type="button" className="button button--secondary" onClick={() => set({ actions: [...draft.actions, { what: '', owner: '', due: noDate() }] })}>
          Add another action
        </button>
      )}
    </>
  );
}

function MinorityViews({ draft, set, errorFor }: RowsProps) {
  const change = (i: number, patch: Partial<DecisionDraft['minorityViews'][number]>) =>
    set({ minorityViews: draft.minorityViews.map((m, j) => (j === i ? { ...m, ...patch } : m)) });
  return (
    <>
      <h2>Minority views</h2>
      <p className="hint">Record a governor’s own view only if they ask for it to be recorded. Their name appears only if they want it to.</p>
      {draft.minorityViews.map((m, i) => (
        <fieldset key={i} className="decision-row">
          <legend className="legend--medium">Minority view {i + 1}</legend>
          <TextField
            id={`minority-${i}-name`}
            label="Governor’s name (optional)"
            value={m.name}
            onChange={(v) => change(i, { name: v })}
            error={errorFor(`minority-${i}-name`)}
            maxLength={D.minorityName}
          />
          <TextField
            id={`minority-${i}-view`}
            label="Their view"
            value={m.view}
            onChange={(v) => change(i, { view: v })}
            error={errorFor(`minority-${i}-view`)}
            multiline
            maxLength={D.minorityView}
          />
          <button type="button" className="button button--secondary" onClick={() => set({ minorityViews: draft.minorityViews.filter((_, j) => j !== i) })}>
            Remove minority view {i + 1}
          </button>
        </fieldset>
      ))}
      {draft.minorityViews.length < D.minorityViews && (
        <div>
          <button type="button" className="button button--secondary" onClick={() => set({ minorityViews: [...draft.minorityViews, { name: '', view: '' }] })}>
            Add a minority view
          </button>
        </div>
      )}
    </>
  );
}
