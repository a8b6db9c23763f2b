import type { Answers, EvidenceLevel, QuestionAnswer, RatingAnswer, StepStatus } from '@/domain/answers';
import type { Content } from '@/content/schema';

/** Every question of the content answered the same way. */
export function allQuestions(content: Content, answer: QuestionAnswer): Record<string, QuestionAnswer> {
  return Object.fromEntries(content.tenQuestions.questions.map((q) => [q.id, { ...answer }]));
}

/** The first n questions (by number) answered the same way. */
export function firstQuestions(content: Content, n: number, answer: QuestionAnswer): Record<string, QuestionAnswer> {
  return Object.fromEntries(
    [...content.tenQuestions.questions]
      .sort((a, b) => a.number - b.number)
      .slice(0, n)
      .map((q) => [q.id, { ...answer }]),
  );
}

/** Every step of every stage (whatever the profile) set to one status, except those listed. */
export function allSteps(content: Content, status: StepStatus = 'done', except: string[] = []): Answers['steps'] {
  return Object.fromEntries(
    content.stages
      .flatMap((s) => s.steps)
      .filter((step) => !except.includes(step.id))
      .map((step) => [step.id, { status }]),
  );
}

export const rated = (rating: RatingAnswer, evidence?: EvidenceLevel, more: Partial<QuestionAnswer> = {}): QuestionAnswer => ({
  rating,
  ...(evidence ? { evidence } : {}),
  ...more,
});

/** A complete, fixture-shaped profile for a school that is not a church school. */
export const plainProfile = { 'school-name': 'Oakfield Primary School', church: 'no' };
