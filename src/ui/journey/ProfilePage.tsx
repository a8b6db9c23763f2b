import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { content, type ProfileQuestion } from '@/content';
import { applicableProfileQuestions } from '@/domain/answers';
import { profilePosition } from '@/domain/progress';
import { ANSWER_LIMITS } from '@/domain/limits';
import { useAnswers } from '@/store/answers-store';
import { flushSaves } from '@/store/safe-storage';
import { BackLink } from '@/ui/components/BackLink';
import { SaveButton, TasksLink } from '@/ui/components/FormEnd';
import { ErrorSummary, type FieldError } from '@/ui/components/ErrorSummary';
import { Heading, Page } from '@/ui/components/Page';
import { Radios } from '@/ui/components/Radios';
import { TextField } from '@/ui/components/TextField';
import { useJourney } from './use-journey';
import { NotFound } from '@/ui/NotFound';

/**
 * Whether the question applies and where it sits ("3 of 12"), as one string: it changes only when
 * the answer to an earlier choice does, not on every keystroke, so typing re-renders only the field.
 */
const whereIs = (profile: Record<string, string>, questionId: string) => {
  if (!applicableProfileQuestions(content, profile).some((q) => q.id === questionId)) return '';
  const { number, total } = profilePosition(content, profile, questionId);
  return `${number} of ${total}`;
};

export function ProfilePage() {
  const { questionId = '' } = useParams();
  const [search] = useSearchParams();
  const position = useAnswers((s) => whereIs(s.answers.profile, questionId));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const here = { page: 'profile' as const, questionId, returnToCheck: search.get('change') === '1' };
  const send = useJourney(here);
  const question = content.profile.find((q) => q.id === questionId);
  if (!position || !question) {
    return <NotFound what="That question about your school does not apply, or no longer exists." />;
  }
  const fieldId = `profile-${question.id}`;
  const error = errors[0]?.message;
  const caption = `About your school: question ${position}`;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const value = useAnswers.getState().answers.profile[question.id] ?? '';
    if (value.trim() === '') {
      setErrors([{ field: fieldId, message: question.errorMessage }]);
      return;
    }
    setErrors([]);
    send({ type: 'PROFILE.ANSWER', value });
  };

  return (
    <Page title={question.question} error={errors.length > 0}>
      <BackLink here={here} />
      <div className="narrow">
        <ErrorSummary errors={errors} />
        <form onSubmit={submit} noValidate>
          <ProfileField question={question} fieldId={fieldId} caption={caption} error={error} />
          <SaveButton returnToCheck={here.returnToCheck} />
        </form>
        <TasksLink />
      </div>
    </Page>
  );
}

/** The one field of the page: the only part a keystroke re-renders. */
function ProfileField({ question, fieldId, caption, error }: { question: ProfileQuestion; fieldId: string; caption: string; error?: string }) {
  const value = useAnswers((s) => s.answers.profile[question.id]) ?? '';
  const setProfile = useAnswers((s) => s.setProfile);
  return question.kind === 'choice' ? (
    <Radios
      name={fieldId}
      legendIsHeading
      legend={<Heading caption={caption}>{question.question}</Heading>}
      hint={question.hint}
      options={question.options}
      value={value}
      onChange={(v) => {
        setProfile(question.id, v);
        flushSaves(); // a choice is saved at once; typing after a pause
      }}
      error={error}
    />
  ) : (
    <>
      <span className="caption">{caption}</span>
      <TextField
        id={fieldId}
        labelIsHeading
        label={question.question}
        hint={question.hint}
        value={value}
        onChange={(v) => setProfile(question.id, v)}
        error={error}
        maxLength={ANSWER_LIMITS.profileText}
        autoComplete={question.id === 'school-name' ? 'organization' : 'off'}
      />
    </>
  );
}
