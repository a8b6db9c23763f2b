import { content } from '@/content';
import { PACK_LIMITS, type PackLink } from '@/domain/trust-pack';
import { TextField } from '@/ui/components/TextField';
import { LinksEditor } from './LinksEditor';
import type { PackSectionProps } from './pack-section';

/** The trust's own answer to each of the ten questions, with links to documents that show it. */
export function AnswersSection({ draft, update, errorFor }: PackSectionProps) {
  const questions = content.tenQuestions.questions;
  const setAnswer = (id: string, patch: { answer?: string; links?: PackLink[] }) =>
    update((d) => {
      const current = d.answers[id] ?? { answer: '' };
      return { ...d, answers: { ...d.answers, [id]: { ...current, ...patch } } };
    });
  return (
    <>
      <h2>Your answers to the ten questions</h2>
      <p>
        Answer in plain words, as you would to a headteacher or a chair of governors. Say what happens in practice, and link to
        documents that show it. You can leave a question out, but schools will notice.
      </p>
      {questions.map((q) => {
        const answer = draft.answers[q.id] ?? { answer: '' };
        return (
          <section key={q.id} className="pack-question" aria-labelledby={`pack-q-${q.id}`}>
            <h3 id={`pack-q-${q.id}`}>
              {q.number}. {q.shortTitle}
            </h3>
            <TextField
              id={`pack-answer-${q.id}`}
              label={q.text}
              hint={q.strongAnswer[0] ? `A strong answer, for example: ${q.strongAnswer[0]}` : undefined}
              value={answer.answer}
              onChange={(v) => setAnswer(q.id, { answer: v })}
              error={errorFor(`pack-answer-${q.id}`)}
              multiline
              maxLength={PACK_LIMITS.answer}
            />
            <LinksEditor
              id={`pack-answer-${q.id}-link`}
              noun={`Link for question ${q.number}`}
              links={answer.links ?? []}
              max={PACK_LIMITS.linksPerAnswer}
              onChange={(links) => setAnswer(q.id, { links })}
              errorFor={errorFor}
            />
          </section>
        );
      })}
    </>
  );
}
