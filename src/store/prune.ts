import { content } from '@/content';
import { pruneAnswers } from '@/domain/answers-schema';
import { useAnswers } from './answers-store';
import { answerChecks } from './answer-checks';
import { installChecks } from './checks';
import { reportStorage } from './storage-status';

let checked = false;

/**
 * Drops saved answers whose ids the content no longer has (after a release changed the
 * questions) and reports them. Runs once, when the first page that uses the content loads.
 */
export function pruneSavedAnswers(): void {
  // Every page but the start page loads this file first: the save is fully checked before it shows.
  installChecks(answerChecks);
  if (checked) return;
  checked = true;
  const { answers, replace } = useAnswers.getState();
  const result = pruneAnswers(content, answers);
  if (result.dropped.length > 0) {
    replace(result.answers);
    reportStorage({ dropped: result.dropped });
  }
}
