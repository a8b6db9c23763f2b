import { Link, useParams, useSearchParams } from 'react-router';
import { content, type Step } from '@/content';
import { actorLabels } from '@/domain/actors';
import { applicableStages, isQuestionAnswered, matches, stepState, stepStatuses, type StepStatus } from '@/domain/answers';
import { legalStatusLabels, stepStatusLabels } from '@/domain/labels';
import { describeLegalWeight, routeOf, routeWords } from '@/domain/legal-weight';
import { ANSWER_LIMITS } from '@/domain/limits';
import { useAnswers } from '@/store/answers-store';
import { arrival } from '@/store/journey';
import { flushSaves } from '@/store/safe-storage';
import { BackLink } from '@/ui/components/BackLink';
import { SaveButton, TasksLink } from '@/ui/components/FormEnd';
import { Cites } from '@/ui/components/Cites';
import { GlossaryText } from '@/ui/components/GlossaryText';
import { Heading, Page } from '@/ui/components/Page';
import { Radios } from '@/ui/components/Radios';
import { TextField } from '@/ui/components/TextField';
import { formatDateLong } from '@/domain/dates';
import { useArrival, useJourney } from './use-journey';
import { NotFound } from '@/ui/NotFound';
import { toPath } from './paths';
import { caption as captionOf } from '@/ui/components/caption';

const notStarted = { status: 'not-started' as StepStatus };
const stepAnswerOf = (stepId: string) => useAnswers.getState().answers.steps[stepId] ?? notStarted;

function StepStatusField({ stepId }: { stepId: string }) {
  const status = useAnswers((s) => s.answers.steps[stepId]?.status ?? 'not-started');
  const setStep = useAnswers((s) => s.setStep);
  return (
    <Radios
      name={`step-${stepId}`}
      legend="Where are you with this step?"
      options={stepStatuses.map((s) => ({ value: s, label: stepStatusLabels[s] }))}
      value={status}
      onChange={(v) => {
        setStep(stepId, { ...stepAnswerOf(stepId), status: v });
        flushSaves(); // a choice is saved at once; typing after a pause
      }}
      inline
    />
  );
}

function TenQuestionsStatus({ step }: { step: Step }) {
  const state = useAnswers((s) => stepState(content, s.answers, step));
  return (
    <p id="step-status">
      Where you are with this step: <strong>{stepStatusLabels[state]}</strong>. It is done when every trust’s ten questions are answered.
    </p>
  );
}

function StepNoteField({ stepId }: { stepId: string }) {
  const note = useAnswers((s) => s.answers.steps[stepId]?.note);
  const setStep = useAnswers((s) => s.setStep);
  return (
    <TextField
      id={`step-note-${stepId}`}
      label="Notes (optional)"
      hint="For example, who is doing it, dates, or what is still needed."
      value={note ?? ''}
      onChange={(v) => setStep(stepId, { ...stepAnswerOf(stepId), note: v })}
      multiline
      maxLength={ANSWER_LIMITS.stepNote}
    />
  );
}

export function StepPage() {
  const { stepId = '' } = useParams();
  const [search] = useSearchParams();
  // Narrow selectors (a string and a flag), so a keystroke in the note re-renders only the note.
  const stageId = useAnswers((s) => applicableStages(content, s.answers.profile).find((x) => x.steps.some((step) => step.id === stepId))?.id);
  const route = useAnswers((s) => routeOf(s.answers.profile));
  // The stage as this school sees it (its route's title, only the steps that apply), as a string.
  const caption = useAnswers((s) => {
    const shown = applicableStages(content, s.answers.profile).find((x) => x.id === stageId);
    const at = shown ? shown.steps.findIndex((x) => x.id === stepId) : -1;
    return shown && at >= 0 ? captionOf(shown.title, `step ${at + 1} of ${shown.steps.length}`) : '';
  });
  const here = { page: 'step' as const, stepId, returnToCheck: search.get('change') === '1' };
  const send = useJourney(here);
  // Whether the step can start is the machine's guard, not a copy of it here.
  const { open, to } = useArrival(here);
  const stage = content.stages.find((s) => s.id === stageId);
  const step = stage?.steps.find((s) => s.id === stepId);
  // What to do in this school's own words (a step's first variant that matches its profile), as a number.
  const variant = useAnswers((s) => (step?.variants ?? []).findIndex((v) => matches(v.when, s.answers.profile)));
  if (!stage || !step) return <NotFound what="That step does not apply to your school, or no longer exists." />;
  if (!open) {
    return (
      <Page title={step.title}>
        <BackLink here={{ page: 'tasks' }} />
        <div className="narrow">
          <Heading caption={stage.title}>{step.title}</Heading>
          <p>You cannot start this step yet. Finish the tasks before it first: your school’s profile, and the steps this stage depends on.</p>
          <p>
            <Link to={to}>{to.startsWith('/profile/') ? 'Finish your school’s profile' : 'Go to your tasks'}</Link>
          </p>
        </div>
      </Page>
    );
  }

  return (
    <Page title={step.title}>
      <BackLink here={here} />
      <div className="narrow">
        <Heading caption={caption}>{step.title}</Heading>
        {stage.afterDecision && <p className="inset">{routeWords[route].afterStage}</p>}
        <p>
          <GlossaryText text={(step.variants?.[variant] ?? step).what} />
        </p>
        {step.weight.kind === 'precondition' ? (
          <div className="warning-text" id="legal-weight">
            <span className="visually-hidden">Warning: </span>
            {describeLegalWeight(step.weight)}
          </div>
        ) : (
          <p className="inset" id="legal-weight">
            {describeLegalWeight(step.weight)}
          </p>
        )}
        {step.completedBy === 'ten-questions' && <TenQuestionsLinks />}
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>Who does it</dt>
            <dd>{step.who.map((a) => actorLabels[a]).join(', ')}</dd>
          </div>
          <div className="summary-list__row">
            <dt>How long it usually takes</dt>
            <dd>{step.duration}</dd>
          </div>
          {step.documents.length > 0 && (
            <div className="summary-list__row">
              <dt>Documents</dt>
              <dd>
                <ul>
                  {step.documents.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {step.legal && (
            <div className="summary-list__row">
              <dt>Where the law stands</dt>
              <dd>
                {legalStatusLabels[step.legal.status]}: {step.legal.basis} (checked against sources published up to {formatDateLong(step.legal.asOf)}).
                It is not legal advice.
              </dd>
            </div>
          )}
        </dl>
        <Cites ids={(step.variants?.[variant] ?? step).cites} />
        <form
          onSubmit={(event) => {
            event.preventDefault();
            send({ type: 'STEP.SAVE', answer: stepAnswerOf(step.id) });
          }}
        >
          {step.completedBy === 'ten-questions' ? <TenQuestionsStatus step={step} /> : <StepStatusField stepId={step.id} />}
          <StepNoteField stepId={step.id} />
          <SaveButton returnToCheck={here.returnToCheck} />
        </form>
        <TasksLink />
      </div>
    </Page>
  );
}

/** Links to each trust's ten questions, with how many are answered, for the step that asks them. */
function TenQuestionsLinks() {
  const trusts = useAnswers((s) => s.answers.trusts);
  const questions = content.tenQuestions.questions;
  if (trusts.length === 0) {
    return (
      <p>
        <Link to="/trusts">Name the trusts you are considering</Link>, then answer the ten questions for each.
      </p>
    );
  }
  return (
    <ul className="list" aria-label="The ten questions for each trust">
      {trusts.map((t) => {
        const answered = questions.filter((q) => isQuestionAnswered(t.answers[q.id])).length;
        const next = questions.find((q) => !isQuestionAnswered(t.answers[q.id])) ?? questions[0];
        return (
          <li key={t.id}>
            <Link to={toPath(arrival({ page: 'question', trustId: t.id, questionId: next?.id ?? '' }))}>Ten questions for {t.name}</Link> ({answered} of{' '}
            {questions.length} answered)
          </li>
        );
      })}
    </ul>
  );
}
