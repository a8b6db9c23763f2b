import type { Content, ProfileQuestion, Step, When } from '@/content/schema';
import type { DecisionRecord } from './decision';
import type { TrustPack } from './trust-pack-schema';

/** How good the trust's answer to a question is, as the school judges it. */
export const ratings = ['concern', 'partial', 'meets', 'strong'] as const;
export type Rating = (typeof ratings)[number];
/** "unsure" is an answer too: the school has looked but cannot judge yet. */
export type RatingAnswer = Rating | 'unsure';

/** How sure the school is: what its judgement rests on. */
export const evidenceLevels = ['claim', 'documents', 'verified'] as const;
export type EvidenceLevel = (typeof evidenceLevels)[number];

export interface QuestionAnswer {
  rating?: RatingAnswer;
  evidence?: EvidenceLevel;
  redFlag?: boolean;
  redFlagNote?: string;
  /** A red flag the school has since had answered to its satisfaction. */
  redFlagResolved?: boolean;
  notes?: string;
  /**
   * Set only by the migration of saves from before the school's and the board's ratings were
   * kept apart: this rating is the board's agreed rating, written over the school's own.
   */
  ratingCopiedFromBoard?: boolean;
}

export const stepStatuses = ['not-started', 'in-progress', 'done'] as const;
export type StepStatus = (typeof stepStatuses)[number];

export interface StepAnswer {
  status: StepStatus;
  note?: string;
}

export interface TrustAnswers {
  /** Stable id made when the trust is added (t1, t2, …). */
  id: string;
  name: string;
  answers: Record<string, QuestionAnswer>;
  /** What the trust said about itself (a trust pack), kept apart from the school's own answers. */
  pack?: TrustPack;
}

/** Everything a school has said. The whole of what is saved on the device. */
export interface Answers {
  profile: Record<string, string>;
  steps: Record<string, StepAnswer>;
  trusts: TrustAnswers[];
  /** Board-chosen weights per question id; absent means the content's default. */
  weights: Record<string, number>;
  /** A random id for this assessment, made when first needed, so governors' view files can be matched to it. */
  assessmentId?: string;
  /** The highest trust number ever given in this assessment (t1, t2, …), so an id is never given twice. */
  lastTrustNumber?: number;
  /** The governing board meeting: governors' views, agreed ratings and the decision (see meeting.ts). */
  meeting?: Meeting;
}

// The board meeting's part of the answers (its files and statistics are in meeting.ts).

/** One governor's ratings of one trust. The id is random, made when the view is recorded. */
export interface MemberView {
  id: string;
  /** Optional: a governor may stay anonymous. Shown only when the chair chooses "Show names". */
  name?: string;
  trustId: string;
  trustName: string;
  /** By question id. A question left out was not answered. */
  ratings: Record<string, RatingAnswer>;
  /** yyyy-mm-dd */
  recordedOn: string;
  /**
   * 2 or more when the governor changed their view after sending it: the clerk's copy is then
   * replaced by the newer one. Absent means 1.
   */
  revision?: number;
}

export interface Meeting {
  /** Sorted by id, so the same views always give the same list whatever the order of import. */
  views: MemberView[];
  /** The board's agreed rating, by trust id, then question id. */
  agreed: Record<string, Record<string, RatingAnswer>>;
  decision?: DecisionRecord;
}

export const emptyAnswers = (): Answers => ({ profile: {}, steps: {}, trusts: [], weights: {} });

/** True when the school's profile satisfies a content condition. */
export function matches(when: When | undefined, profile: Record<string, string>): boolean {
  if (!when) return true;
  return Object.entries(when).every(([id, values]) => {
    const answer = profile[id];
    return answer !== undefined && values.includes(answer);
  });
}

/** True when an item applies to the school: its `when` holds and its `unless` (if any) does not. */
export function applies(item: { when?: When; unless?: When }, profile: Record<string, string>): boolean {
  return matches(item.when, profile) && !(item.unless !== undefined && matches(item.unless, profile));
}

/** Profile questions this school is asked, in order (branching on earlier answers). */
export function applicableProfileQuestions(content: Content, profile: Record<string, string>) {
  return content.profile.filter((q) => applies(q, profile));
}

/** The context notes a profile answer brings, for this school. */
export function applicableContextNotes(question: ProfileQuestion, profile: Record<string, string>) {
  const answer = profile[question.id];
  if (answer === undefined) return [];
  return question.contextNotes.filter((n) => n.values.includes(answer) && applies(n, profile));
}

/**
 * The stages with only the steps that apply to this school, each with its title and summary for
 * this school, and each step with what to do (and its sources) in the words for this school.
 */
export function applicableStages(content: Content, profile: Record<string, string>) {
  return content.stages.map((stage) => {
    const variant = stage.variants?.find((v) => matches(v.when, profile));
    return {
      ...stage,
      ...(variant ? { title: variant.title ?? stage.title, summary: variant.summary } : {}),
      steps: stage.steps
        .filter((step) => applies(step, profile))
        .map((step) => {
          const words = step.variants?.find((v) => matches(v.when, profile));
          return words ? { ...step, what: words.what, cites: words.cites } : step;
        }),
    };
  });
}

/** Every trust has all ten questions answered ("Not sure yet" counts as an answer). */
function tenQuestionsStatus(content: Content, answers: Pick<Answers, 'trusts'>): StepStatus {
  const questions = content.tenQuestions.questions;
  const answered = answers.trusts.map((t) => questions.filter((q) => isQuestionAnswered(t.answers[q.id])).length);
  if (answered.length > 0 && answered.every((n) => n === questions.length)) return 'done';
  return answered.some((n) => n > 0) ? 'in-progress' : 'not-started';
}

/**
 * Where a step stands. Most steps are set by hand; a step the app can see for itself (the ten
 * questions to each trust) follows what the school has recorded.
 */
export function stepState(content: Content, answers: Pick<Answers, 'steps' | 'trusts'>, step: Pick<Step, 'id' | 'completedBy'>): StepStatus {
  if (step.completedBy === 'ten-questions') return tenQuestionsStatus(content, answers);
  return answers.steps[step.id]?.status ?? 'not-started';
}

/** The step with this id, wherever it stands in the content. */
export function findStep(content: Content, stepId: string): Step | undefined {
  for (const stage of content.stages) for (const step of stage.steps) if (step.id === stepId) return step;
  return undefined;
}

/** True when the step is done (by hand, or by the app's own record for the ten questions). */
export function isStepDone(content: Content, answers: Pick<Answers, 'steps' | 'trusts'>, stepId: string): boolean {
  const step = findStep(content, stepId);
  return step ? stepState(content, answers, step) === 'done' : answers.steps[stepId]?.status === 'done';
}

export function isProfileComplete(content: Content, profile: Record<string, string>): boolean {
  return applicableProfileQuestions(content, profile).every((q) => (profile[q.id] ?? '').trim() !== '');
}

/** A question counts as answered once it has a rating, "not sure yet" included. */
export function isQuestionAnswered(answer: QuestionAnswer | undefined): boolean {
  return answer?.rating !== undefined;
}

export function isUnresolvedRedFlag(answer: QuestionAnswer | undefined): boolean {
  return answer?.redFlag === true && answer.redFlagResolved !== true;
}
