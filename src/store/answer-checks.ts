import { problemsInChange } from '@/domain/guard';
import { describeSetAside, salvageAnswers } from '@/domain/salvage';

/**
 * The full checks of the answers (zod and the schemas, about 11 kB gzip): reading a save part
 * by part, and what storage would refuse in a change. Not part of start-up: checks.ts loads
 * this just after the first paint, and every page other than the start page has it before it
 * shows (store/prune.ts installs it).
 */
export const answerChecks = { salvageAnswers, describeSetAside, problemsInChange };

export type AnswerChecks = typeof answerChecks;
