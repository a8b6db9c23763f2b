import { useState } from 'react';
import { content } from '../../../content';
import type { RatingAnswer } from '../../../domain/answers';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { TextField } from '../../components/TextField';
import { ratingOptions } from './rating-options';

export interface ViewDraft {
  name?: string;
  ratings: Record<string, RatingAnswer>;
}

/**
 * One governor's ratings of the ten questions, and an optional name. The form clears after
 * each view, so on a shared device the next governor never sees the last one's answers.
 */
export function ViewForm({ trustName, submitLabel, onSave }: { trustName: string; submitLabel: string; onSave(view: ViewDraft): void }) {
  const [name, setName] = useState('');
  const [ratings, setRatings] = useState<Record<string, RatingAnswer>>({});
  const [errors, setErrors] = useState<FieldError[]>([]);
  const questions = content.tenQuestions.questions;
  const firstId = `view-${questions[0]?.id ?? ''}`;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (Object.keys(ratings).length === 0) {
      setErrors([{ field: firstId, message: 'Rate at least one question, or choose “Not sure yet”' }]);
      return;
    }
    setErrors([]);
    onSave({ ...(name.trim() ? { name: name.trim() } : {}), ratings });
    setName('');
    setRatings({});
  };

  return (
    <form onSubmit={submit} noValidate className="narrow">
      <ErrorSummary errors={errors} />
      <TextField
        id="view-name"
        label="Your name (optional)"
        hint="Leave this empty to stay anonymous. The meeting shows how many governors gave each rating, not who gave it, unless the chair chooses to show names."
        value={name}
        onChange={setName}
        maxLength={80}
        autoComplete="name"
      />
      <p>
        How well does {trustName} answer each question, in your own view? Answer as many as you can; skip any you would rather not
        answer.
      </p>
      {questions.map((q, index) => (
        <Radios
          key={q.id}
          name={`view-${q.id}`}
          legend={`${q.number}. ${q.text}`}
          options={ratingOptions}
          value={ratings[q.id]}
          onChange={(value) => setRatings((r) => ({ ...r, [q.id]: value as RatingAnswer }))}
          error={index === 0 ? errors[0]?.message : undefined}
          inline
        />
      ))}
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </form>
  );
}
