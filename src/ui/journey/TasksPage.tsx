import { Link } from 'react-router';
import { content } from '@/content';
import { applicableStages } from '@/domain/answers';
import { legalWeightLabels, routeOf, routeWords } from '@/domain/legal-weight';
import { profileStatus, progress, stepStatus, trustStatus, type TaskStatus } from '@/domain/progress';
import type { JourneyEvent } from '@/machine/journey';
import { useAnswers } from '@/store/answers-store';
import { peek } from '@/store/journey';
import { Heading, Page } from '@/ui/components/Page';
import { StatusTag } from '@/ui/components/Tag';
import { toPath } from './paths';

const here = { page: 'tasks' as const };

/** A task links to wherever the journey would take it; a task that cannot start is plain text. */
function Task(props: { id: string; name: string; hint?: string; status: TaskStatus; event: JourneyEvent; extra?: React.ReactNode }) {
  const to = peek(here, props.event);
  const open = to.page !== 'tasks' && props.status !== 'cannot-start';
  const statusId = `${props.id}-status`;
  return (
    <li className="task-list__item">
      <span className="task-list__name">
        {open ? (
          <Link to={toPath(to)} aria-describedby={statusId}>
            {props.name}
          </Link>
        ) : (
          <span>{props.name}</span>
        )}
        {props.hint && <span className="task-list__hint">{props.hint}</span>}
        {props.extra}
      </span>
      <StatusTag status={props.status} id={statusId} />
    </li>
  );
}

export function TasksPage() {
  const answers = useAnswers((s) => s.answers);
  const summary = progress(content, answers);
  const stages = applicableStages(content, answers.profile);
  const profileDone = summary.profile === 'completed';
  const after = stages.filter((s) => s.afterDecision);
  const words = routeWords[routeOf(answers.profile)];
  const renderStage = (stage: (typeof stages)[number]) => {
    const counts = summary.stages.find((s) => s.id === stage.id);
    return (
      <section key={stage.id} aria-labelledby={`stage-${stage.id}`}>
        <h3 id={`stage-${stage.id}`}>{stage.title}</h3>
        <p className="hint">
          {stage.summary} {counts && `${counts.done} of ${counts.total} done.`}
        </p>
        <ul className="task-list">
          {stage.steps.map((step) => (
            <Task
              key={step.id}
              id={`step-${step.id}`}
              name={step.title}
              hint={step.weight.kind === 'precondition' || step.weight.kind === 'duty' ? legalWeightLabels[step.weight.kind] : undefined}
              status={stepStatus(content, answers, step.id)}
              event={{ type: 'TASKS.OPEN_STEP', stepId: step.id }}
            />
          ))}
        </ul>
      </section>
    );
  };

  return (
    <Page title="Your tasks">
      <Heading>Your tasks</Heading>
      <p className="progress-line" id="overall-progress">
        {words.progress(summary.overall.done, summary.overall.total)}
      </p>
      <p className="narrow">
        Work through these in any order that suits you, a few at a time. Tasks marked “Cannot start yet” open once the tasks before them
        are done.
      </p>

      <h2>1. About your school</h2>
      <ul className="task-list">
        <Task
          id="profile"
          name="Tell us about your school"
          hint="So you only see the steps that apply to you"
          status={profileStatus(content, answers)}
          event={{ type: 'TASKS.OPEN_PROFILE' }}
        />
      </ul>

      <h2>2. {words.trustsHeading}</h2>
      <ul className="task-list">
        <Task
          id="trusts"
          name={answers.trusts.length > 0 ? 'Add or rename trusts' : words.nameTrusts}
          status={!profileDone ? 'cannot-start' : answers.trusts.length > 0 ? 'completed' : 'not-started'}
          event={{ type: 'TASKS.OPEN_TRUSTS' }}
        />
        {summary.trusts.map((trust) => {
          const t = answers.trusts.find((x) => x.id === trust.id);
          if (!t) return null;
          return (
            <Task
              key={trust.id}
              id={`trust-${trust.id}`}
              name={`Ten questions for ${trust.name}`}
              hint={`${trust.done} of ${trust.total} answered`}
              status={trustStatus(content, answers, t)}
              event={{ type: 'TASKS.OPEN_QUESTIONS', trustId: trust.id }}
            />
          );
        })}
      </ul>

      <h2>3. The joining stages</h2>
      {stages.filter((s) => !s.afterDecision).map(renderStage)}

      <h2>4. {words.afterHeading}</h2>
      <p className="narrow">{words.afterNote}</p>
      <details className="after-decision">
        <summary>
          See the {after.length} stages {words.afterToggle} ({after.reduce((n, s) => n + s.steps.length, 0)} steps)
        </summary>
        <div className="details__body">{after.map(renderStage)}</div>
      </details>

      <h2>5. Check and report</h2>
      <ul className="task-list">
        <li className="task-list__item">
          <span className="task-list__name">
            <Link to={toPath(peek(here, { type: 'TASKS.CHECK' }))}>Check your answers</Link>
          </span>
        </li>
        <li className="task-list__item">
          <span className="task-list__name">
            <Link to={toPath(peek(here, { type: 'TASKS.REPORT' }))}>See your readiness report</Link>
            <span className="task-list__hint">You can look at it at any time; it says what is still missing.</span>
          </span>
        </li>
        <li className="task-list__item">
          <span className="task-list__name">
            <Link to="/compare">Compare the trusts side by side</Link>
            <span className="task-list__hint">Ratings, evidence strength and red flags for every trust.</span>
          </span>
        </li>
      </ul>

      <h2>6. Governing board meeting</h2>
      <ul className="task-list">
        <li className="task-list__item">
          <span className="task-list__name">
            <Link to="/meeting">Prepare the board meeting</Link>
            <span className="task-list__hint">Gather each governor’s view, show where views differ, agree ratings and record the decision.</span>
          </span>
        </li>
        <li className="task-list__item">
          <span className="task-list__name">
            <Link to="/member">Give my view as a governor</Link>
            <span className="task-list__hint">On your own device, with the meeting invitation from your clerk.</span>
          </span>
        </li>
      </ul>
    </Page>
  );
}
