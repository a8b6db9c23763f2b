import { useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { content } from '@/content';
import { evidenceLevels, type QuestionAnswer, type RatingAnswer } from '@/domain/answers';
import { evidenceHints, evidenceLabels, ratingHints, ratingLabels, ratingSourceLabels } from '@/domain/labels';
import { ANSWER_LIMITS } from '@/domain/limits';
import { nextUnansweredQuestion } from '@/machine/where';
import { useAnswers } from '@/store/answers-store';
import { arrival } from '@/store/journey';
import { flushSaves } from '@/store/safe-storage';
import { guidanceSeen, markGuidanceSeen } from '@/store/visits';
import { BackLink } from '@/ui/components/BackLink';
import { SaveButton, TasksLink } from '@/ui/components/FormEnd';
import { Cites } from '@/ui/components/Cites';
import { ErrorSummary, type FieldError } from '@/ui/components/ErrorSummary';
import { GlossaryText, glossarySections } from '@/ui/components/GlossaryText';
import { Heading, Page } from '@/ui/components/Page';
import { Radios } from '@/ui/components/Radios';
import { TextField } from '@/ui/components/TextField';
import { TrustAnswerPanel } from '@/ui/trust-pack/TrustAnswerPanel';
import { toPath } from './paths';
import { useArrival, useJourney, useRedirect } from './use-journey';
import { NotFound } from '@/ui/NotFound';
import { caption } from '@/ui/components/caption';

/** Best first, as in the meeting; the words are the one vocabulary in domain/labels.ts. */
const ratingOptions = (['strong', 'meets', 'partial', 'concern', 'unsure'] as RatingAnswer[]).map((value) => ({
  value,
  label: ratingLabels[value],
  hint: ratingHints[value],
}));

/*
 * A keystroke re-renders only the field it changes: the page reads the answer only when the
 * form is sent, and each field subscribes to its own part of the answer (useAnswerPart).
 */
const answerOf = (trustId: string, questionId: string): QuestionAnswer =>
  useAnswers.getState().answers.trusts.find((t) => t.id === trustId)?.answers[questionId] ?? {};

function useAnswerPart<K extends keyof QuestionAnswer>(trustId: string, questionId: string, part: K): QuestionAnswer[K] {
  return useAnswers((s) => s.answers.trusts.find((t) => t.id === trustId)?.answers[questionId]?.[part]);
}

/** Typing is saved after a pause; a choice (a radio, a checkbox) is saved at once. */
function useUpdate(trustId: string, questionId: string, saveNow = false) {
  const setQuestion = useAnswers((s) => s.setQuestion);
  return (patch: Partial<QuestionAnswer>) => {
    setQuestion(trustId, questionId, { ...answerOf(trustId, questionId), ...patch });
    if (saveNow) flushSaves();
  };
}

interface FieldProps {
  trustId: string;
  questionId: string;
  id(name: string): string;
  errorFor(field: string): string | undefined;
}

function RatingField({ trustId, questionId, id, errorFor }: FieldProps) {
  const value = useAnswerPart(trustId, questionId, 'rating');
  const update = useUpdate(trustId, questionId, true);
  return (
    <Radios
      name={id('rating')}
      legend="How well does the trust answer this?"
      options={ratingOptions}
      value={value}
      onChange={(v) => update({ rating: v, ratingCopiedFromBoard: undefined })}
      error={errorFor(id('rating'))}
    />
  );
}

function EvidenceField({ trustId, questionId, id, errorFor }: FieldProps) {
  const value = useAnswerPart(trustId, questionId, 'evidence');
  const update = useUpdate(trustId, questionId, true);
  return (
    <Radios
      name={id('evidence')}
      legend="What is your rating based on?"
      options={evidenceLevels.map((e) => ({ value: e, label: evidenceLabels[e], hint: evidenceHints[e] }))}
      value={value}
      onChange={(v) => update({ evidence: v })}
      error={errorFor(id('evidence'))}
    />
  );
}

function RedFlagNote({ trustId, questionId, id, errorFor }: FieldProps) {
  const value = useAnswerPart(trustId, questionId, 'redFlagNote');
  const update = useUpdate(trustId, questionId);
  return (
    <TextField
      id={id('red-flag-note')}
      label="What is the red flag?"
      value={value ?? ''}
      onChange={(v) => update({ redFlagNote: v })}
      error={errorFor(id('red-flag-note'))}
      multiline
      maxLength={ANSWER_LIMITS.redFlagNote}
    />
  );
}

function RedFlagResolved({ trustId, questionId, id }: FieldProps) {
  const value = useAnswerPart(trustId, questionId, 'redFlagResolved');
  const update = useUpdate(trustId, questionId, true);
  return (
    <div className="checkbox">
      <input type="checkbox" id={id('red-flag-resolved')} checked={value === true} onChange={(e) => update({ redFlagResolved: e.target.checked })} />
      <label htmlFor={id('red-flag-resolved')}>The trust has since answered this to our satisfaction</label>
    </div>
  );
}

function RedFlagField(props: FieldProps) {
  const { trustId, questionId, id } = props;
  const value = useAnswerPart(trustId, questionId, 'redFlag');
  const update = useUpdate(trustId, questionId, true);
  return (
    <Radios
      name={id('red-flag')}
      legend="Did you find a red flag?"
      options={[
        { value: 'no', label: 'No' },
        { value: 'yes', label: 'Yes' },
      ]}
      value={value === undefined ? undefined : value ? 'yes' : 'no'}
      onChange={(v) => update({ redFlag: v === 'yes' })}
      inline
      conditional={{
        yes: (
          <>
            <RedFlagNote {...props} />
            <RedFlagResolved {...props} />
          </>
        ),
      }}
    />
  );
}

function NotesField({ trustId, questionId, id }: FieldProps) {
  const value = useAnswerPart(trustId, questionId, 'notes');
  const update = useUpdate(trustId, questionId);
  return (
    <TextField
      id={id('notes')}
      label="Notes (optional)"
      hint="What the trust said, who you spoke to, what to follow up."
      value={value ?? ''}
      onChange={(v) => update({ notes: v })}
      multiline
      maxLength={ANSWER_LIMITS.questionNotes}
    />
  );
}

export function QuestionPage() {
  const { trustId = '', questionId = '' } = useParams();
  const [search] = useSearchParams();
  const trustName = useAnswers((s) => s.answers.trusts.find((t) => t.id === trustId)?.name);
  const pack = useAnswers((s) => s.answers.trusts.find((t) => t.id === trustId)?.pack);
  const boardRating = useAnswers((s) => s.answers.meeting?.agreed[trustId]?.[questionId]);
  const copiedFromBoard = useAnswers((s) => s.answers.trusts.find((t) => t.id === trustId)?.answers[questionId]?.ratingCopiedFromBoard);
  const [errors, setErrors] = useState<FieldError[]>([]);
  // "What to look for" opens by itself the first time this trust's question is seen, not after.
  const firstVisit = useMemo(() => !guidanceSeen(trustId, questionId), [trustId, questionId]);
  useEffect(() => markGuidanceSeen(trustId, questionId), [trustId, questionId]);
  // A question id, so a keystroke elsewhere on the page does not re-render it.
  const nextUnanswered = useAnswers((s) => nextUnansweredQuestion({ content, answers: s.answers, trustId, itemId: questionId }));
  const here = { page: 'question' as const, trustId, questionId, returnToCheck: search.get('change') === '1' };
  const send = useJourney(here);
  const questions = content.tenQuestions.questions;
  const question = questions.find((q) => q.id === questionId);
  // A question opens only when the journey would open it (the profile complete first); if not, it goes where the machine says.
  const { open, to } = useArrival(here);
  const exists = trustName !== undefined && question !== undefined;
  useRedirect(exists && !open ? to : undefined);
  if (!exists) return <NotFound what="That trust or question does not exist on this device." />;
  if (!open) return null;
  const trust = { id: trustId, name: trustName, pack };

  const id = (name: string) => `${question.id}-${name}`;
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const fieldProps: FieldProps = { trustId: trust.id, questionId: question.id, id, errorFor };
  const [[why = []] = [], strong = [], flags = [], evidence = []] = glossarySections([
    [question.whyItMatters],
    question.strongAnswer,
    question.redFlags,
    question.evidence,
  ]);
  const nextUnansweredQ = questions.find((q) => q.id === nextUnanswered);
  const { attribution } = content.tenQuestions;
  const pillars = question.pillars.map((p) => content.pillars.pillars.find((x) => x.id === p)?.name).filter(Boolean);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const answer = answerOf(trust.id, question.id);
    const found: FieldError[] = [];
    if (!answer.rating) found.push({ field: id('rating'), message: 'Select how well the trust answers this question, or “Not sure yet”' });
    if (answer.rating && answer.rating !== 'unsure' && !answer.evidence) {
      found.push({ field: id('evidence'), message: 'Select what your rating is based on' });
    }
    if (answer.redFlag && (answer.redFlagNote ?? '').trim() === '') {
      found.push({ field: id('red-flag-note'), message: 'Say what the red flag is, so the board can follow it up' });
    }
    setErrors(found);
    if (found.length === 0) send({ type: 'QUESTION.SAVE', answer });
  };

  return (
    <Page title={`Question ${question.number}: ${question.shortTitle} – ${trust.name}`} error={errors.length > 0}>
      <BackLink here={here} />
      <div className="narrow">
        <ErrorSummary errors={errors} />
        <Heading caption={caption(trust.name, `question ${question.number} of ${questions.length}`)}>{question.text}</Heading>
        <p className="hint">
          One of ten questions to ask any trust, attributed to {attribution.author} ({attribution.role}), as published by{' '}
          {attribution.publishedBy}.
        </p>
        {trust.pack && <TrustAnswerPanel pack={trust.pack} questionId={question.id} />}
        <details key={`${trust.id}/${question.id}`} open={firstVisit} data-testid="look-for">
          <summary>What to look for in the answer</summary>
          <div className="details__body">
            <h2>Why it matters</h2>
            <p>
              <GlossaryText segments={why} />
            </p>
            <h2>What a strong answer looks like</h2>
            <ul>
              {question.strongAnswer.map((s, i) => (
                <li key={s}>
                  <GlossaryText segments={strong[i] ?? []} />
                </li>
              ))}
            </ul>
            <h2>Red flags</h2>
            <ul>
              {question.redFlags.map((s, i) => (
                <li key={s}>
                  <GlossaryText segments={flags[i] ?? []} />
                </li>
              ))}
            </ul>
            <h2>Evidence to ask the trust for</h2>
            <ul>
              {question.evidence.map((s, i) => (
                <li key={s}>
                  <GlossaryText segments={evidence[i] ?? []} />
                </li>
              ))}
            </ul>
            {pillars.length > 0 && (
              <p>
                DfE trust quality description{pillars.length > 1 ? 's' : ''}: {pillars.join('; ')}.{' '}
                <span className="hint">
                  ({content.pillars.framework}. {content.pillars.status})
                </span>
              </p>
            )}
            <Cites ids={question.cites} />
            <p>
              <Link to="/strong-trusts">What makes a strong trust</Link>: the sector’s eight elements and the DfE’s quality descriptions.
            </p>
          </div>
        </details>

        <form onSubmit={submit} noValidate>
          {boardRating && (
            <div className="inset" data-testid="board-rating">
              <p>
                {ratingSourceLabels.board}: <strong>{ratingLabels[boardRating]}</strong>. The report’s figures use the board’s rating;
                your own assessment below is kept and shown beside it.
              </p>
              {copiedFromBoard && (
                <p>An earlier version of this tool wrote the board’s rating over yours. If your own rating was different, choose it again.</p>
              )}
            </div>
          )}
          <div role="group" aria-labelledby={id('judgement')} aria-describedby={id('judgement-hint')} className="question-group">
            <h2 id={id('judgement')}>Your judgement</h2>
            <p className="hint" id={id('judgement-hint')}>
              Rate the trust’s answer and say what your rating is based on. How sure you are matters as much as the rating: the report
              shows them side by side.
            </p>
            <RatingField {...fieldProps} />
            <EvidenceField {...fieldProps} />
          </div>
          <div role="group" aria-labelledby={id('follow-up')} className="question-group">
            <h2 id={id('follow-up')}>Red flags and notes</h2>
            <RedFlagField {...fieldProps} />
            <NotesField {...fieldProps} />
          </div>
          <SaveButton returnToCheck={here.returnToCheck} />
        </form>
        {nextUnansweredQ ? (
          <p data-testid="next-unanswered">
            <Link to={toPath(arrival({ page: 'question', trustId: trust.id, questionId: nextUnansweredQ.id }))}>
              Go to the next question you have not answered for {trust.name}: question {nextUnansweredQ.number}, {nextUnansweredQ.shortTitle}
            </Link>
          </p>
        ) : (
          <p data-testid="next-unanswered">You have answered every other question for {trust.name}.</p>
        )}
        <TasksLink />
      </div>
    </Page>
  );
}
