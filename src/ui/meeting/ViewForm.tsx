import { useState, type ReactNode } from 'react';
import { content } from '@/content';
import type { RatingAnswer } from '@/domain/answers';
import type { TenQuestion } from '@/content/schema';
import { VIEW_LIMITS } from '@/domain/limits';
import { ErrorSummary, type FieldError } from '@/ui/components/ErrorSummary';
import { Radios } from '@/ui/components/Radios';
import { TextField } from '@/ui/components/TextField';
import { ratingOptions } from './rating-options';
import './meeting.css';

export interface ViewDraft {
  name?: string;
  ratings: Record<string, RatingAnswer>;
}

interface ViewFormProps {
  trustName: string;
  submitLabel: string;
  /** Saves the view; a message back means it could not be saved (the form then keeps it and shows why). */
  onSave(view: ViewDraft): string | void;
  /**
   * Given, the form shows this view and reports each change (a governor's own device keeps it
   * as they go). Not given, the form keeps its own and clears after each view, so on a shared
   * device the next governor never sees the last one's answers.
   */
  value?: { name: string; ratings: Record<string, RatingAnswer> };
  onChange?(value: { name: string; ratings: Record<string, RatingAnswer> }): void;
  /** More to read before rating a question: the trust's answer, the school's notes. */
  extra?(question: TenQuestion): ReactNode;
}

/** What a strong answer looks like and the red flags, from the guidance: closed until opened. */
export function QuestionGuide({ question }: { question: TenQuestion }) {
  return (
    <div className="view-guide">
      <details>
        <summary>What a strong answer looks like</summary>
        <ul className="details__body">
          {question.strongAnswer.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
      <details>
        <summary>Red flags to watch for</summary>
        <ul className="details__body">
          {question.redFlags.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/** One governor's ratings of the ten questions, and an optional name. */
export function ViewForm({ trustName, submitLabel, onSave, value, onChange, extra }: ViewFormProps) {
  const [own, setOwn] = useState({ name: '', ratings: {} as Record<string, RatingAnswer> });
  const current = value ?? own;
  const set = (next: typeof own) => (onChange ? onChange(next) : setOwn(next));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const questions = content.tenQuestions.questions;
  const firstId = `view-${questions[0]?.id ?? ''}`;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (Object.keys(current.ratings).length === 0) {
      setErrors([{ field: firstId, message: 'Rate at least one question, or choose “Not sure yet”' }]);
      return;
    }
    const problem = onSave({ ...(current.name.trim() ? { name: current.name.trim() } : {}), ratings: current.ratings });
    if (problem) {
      setErrors([{ field: firstId, message: problem }]);
      return;
    }
    setErrors([]);
    if (!value) setOwn({ name: '', ratings: {} });
  };

  return (
    <form onSubmit={submit} noValidate className="narrow view-form">
      <ErrorSummary errors={errors} />
      <TextField
        id="view-name"
        label="Your name (optional)"
        hint="Leave this empty to stay anonymous. The meeting shows how many governors gave each rating, not who gave it, unless the chair chooses to show names."
        value={current.name}
        onChange={(name) => set({ ...current, name })}
        maxLength={VIEW_LIMITS.name}
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
          before={
            <>
              <QuestionGuide question={q} />
              {extra?.(q)}
            </>
          }
          options={ratingOptions}
          value={current.ratings[q.id]}
          onChange={(rating) => set({ ...current, ratings: { ...current.ratings, [q.id]: rating } })}
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
