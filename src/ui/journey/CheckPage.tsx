import { Link } from 'react-router';
import { content } from '@/content';
import { applicableProfileQuestions, applicableStages, stepState } from '@/domain/answers';
import { legalWeightLabels } from '@/domain/legal-weight';
import { evidenceLabels, ratingLabels, stepStatusLabels } from '@/domain/labels';
import type { JourneyEvent } from '@/machine/journey';
import type { Location } from '@/machine/location';
import { useAnswers } from '@/store/answers-store';
import { peek } from '@/store/journey';
import { BackLink } from '@/ui/components/BackLink';
import { Heading, Page } from '@/ui/components/Page';
import { toPath } from './paths';
import { useJourney } from './use-journey';

const here: Location = { page: 'check' };

/** Where a Change link goes, as the machine says; undefined when it would stay here (the step or question cannot be opened yet). */
function changeTo(event: JourneyEvent): Location | undefined {
  const to = peek(here, event);
  return to.page === 'check' ? undefined : to;
}

/** A row of the summary; `to` is where Change goes, or undefined when there is nothing to change yet. */
function Row({ label, value, to, changeWhat }: { label: string; value: React.ReactNode; to?: Location; changeWhat: string }) {
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
      <dd className="summary-list__action">
        {to ? (
          <Link to={toPath(to)}>
            Change <span className="visually-hidden">{changeWhat}</span>
          </Link>
        ) : (
          <span className="hint">Cannot start yet</span>
        )}
      </dd>
    </div>
  );
}

export function CheckPage() {
  const answers = useAnswers((s) => s.answers);
  const send = useJourney(here);
  const profileQuestions = applicableProfileQuestions(content, answers.profile);
  const stages = applicableStages(content, answers.profile);
  const optionLabel = (questionId: string, value: string | undefined) => {
    if (!value) return <span className="hint">Not answered</span>;
    const q = content.profile.find((p) => p.id === questionId);
    return q?.options.find((o) => o.value === value)?.label ?? value;
  };

  return (
    <Page title="Check your answers">
      <BackLink here={here} />
      <Heading>Check your answers</Heading>
      <p className="narrow">Check what you have said before you look at the report. Use Change to correct anything; you will come back here.</p>

      <h2>About your school</h2>
      <dl className="summary-list">
        {profileQuestions.map((q) => (
          <Row
            key={q.id}
            label={q.question}
            value={optionLabel(q.id, answers.profile[q.id])}
            to={changeTo({ type: 'CHECK.CHANGE_PROFILE', questionId: q.id })}
            changeWhat={q.question.toLowerCase()}
          />
        ))}
      </dl>

      {answers.trusts.map((trust) => (
        <section key={trust.id} aria-labelledby={`check-${trust.id}`}>
          <h2 id={`check-${trust.id}`}>Ten questions for {trust.name}</h2>
          <dl className="summary-list">
            {content.tenQuestions.questions.map((q) => {
              const a = trust.answers[q.id];
              const value = a?.rating ? (
                <>
                  {ratingLabels[a.rating]}
                  {a.evidence ? `; ${evidenceLabels[a.evidence]}` : ''}
                  {a.redFlag ? (a.redFlagResolved ? '; red flag (resolved)' : '; red flag') : ''}
                  {a.redFlag && a.redFlagNote?.trim() && <span className="task-list__hint">Red flag: {a.redFlagNote.trim()}</span>}
                  {a.notes?.trim() && <span className="task-list__hint">Notes: {a.notes.trim()}</span>}
                </>
              ) : (
                <span className="hint">Not answered</span>
              );
              return (
                <Row
                  key={q.id}
                  label={`${q.number}. ${q.text}`}
                  value={value}
                  to={changeTo({ type: 'CHECK.CHANGE_QUESTION', trustId: trust.id, questionId: q.id })}
                  changeWhat={`your answer to question ${q.number} for ${trust.name}`}
                />
              );
            })}
          </dl>
        </section>
      ))}
      {answers.trusts.length === 0 && (
        <p>
          You have not named a trust yet. <Link to="/trusts">Name the trusts you are considering</Link>.
        </p>
      )}

      {stages.map((stage) => (
        <section key={stage.id} aria-labelledby={`check-${stage.id}`}>
          <h2 id={`check-${stage.id}`}>{stage.title}</h2>
          <dl className="summary-list">
            {stage.steps.map((step) => (
              <Row
                key={step.id}
                label={`${step.title}${step.weight.kind === 'precondition' || step.weight.kind === 'duty' ? ` (${legalWeightLabels[step.weight.kind].toLowerCase()})` : ''}`}
                value={stepStatusLabels[stepState(content, answers, step)]}
                to={changeTo({ type: 'CHECK.CHANGE_STEP', stepId: step.id })}
                changeWhat={step.title.toLowerCase()}
              />
            ))}
          </dl>
        </section>
      ))}

      <button type="button" className="button" onClick={() => send({ type: 'CHECK.CONFIRM' })}>
        Continue to your report
      </button>
    </Page>
  );
}
