import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { content } from '../../content';
import { applicableProfileQuestions } from '../../domain/answers';
import { profilePosition } from '../../domain/progress';
import { ANSWER_LIMITS } from '../../domain/limits';
import { useAnswers, useProfileAnswers } from '../../store/answers-store';
import { BackLink } from '../components/BackLink';
import { SaveButton, TasksLink } from '../components/FormEnd';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { Heading, Page } from '../components/Page';
import { Radios } from '../components/Radios';
import { TextField } from '../components/TextField';
import { useJourney } from './use-journey';
import { NotFound } from '../NotFound';

export function ProfilePage() {
  const { questionId = '' } = useParams();
  const [search] = useSearchParams();
  const profile = useProfileAnswers();
  const setProfile = useAnswers((s) => s.setProfile);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const here = { page: 'profile' as const, questionId, returnToCheck: search.get('change') === '1' };
  const send = useJourney(here);
  const questions = applicableProfileQuestions(content, profile);
  const index = questions.findIndex((q) => q.id === questionId);
  const question = questions[index];
  if (!question) {
    return <NotFound what="That question about your school does not apply, or no longer exists." />;
  }
  const value = profile[question.id] ?? '';
  const fieldId = `profile-${question.id}`;
  const error = errors[0]?.message;
  const position = profilePosition(content, profile, question.id);
  const caption = `About your school: question ${position.number} of ${position.total}`;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
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
          {question.kind === 'choice' ? (
            <Radios
              name={fieldId}
              legendIsHeading
              legend={<Heading caption={caption}>{question.question}</Heading>}
              hint={question.hint}
              options={question.options}
              value={value}
              onChange={(v) => setProfile(question.id, v)}
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
          )}
          <SaveButton returnToCheck={here.returnToCheck} />
        </form>
        <TasksLink />
      </div>
    </Page>
  );
}
