import { beforeEach, expect, it } from 'vitest';
import { emptyAnswers } from '@/domain/answers';
import { STORAGE_KEY, STORE_VERSION, useAnswers } from '@/store/answers-store';
import { flushSaves } from '@/store/safe-storage';

/**
 * Saves from before the school's and the board's ratings were kept apart (store version 1):
 * agreeing a rating in the meeting wrote it over the school's own. They open with every answer
 * kept, the board's ratings still agreed, and the overwritten ratings marked.
 */

const v1 = {
  profile: { 'school-name': 'Hill Primary School' },
  steps: { 'agree-why': { status: 'done' } },
  trusts: [
    {
      id: 't1',
      name: 'Riverside Learning Trust',
      answers: {
        // The head said "Not sure yet"; the board agreed "Meets", which was written over it.
        'q05-supporting-others': { rating: 'meets', evidence: 'documents', notes: 'Asked twice.' },
        'q01-values': { rating: 'strong', evidence: 'verified' },
      },
    },
  ],
  weights: { 'q01-values': 2 },
  meeting: { views: [], agreed: { t1: { 'q05-supporting-others': 'meets' } } },
};

beforeEach(() => {
  useAnswers.setState({ answers: emptyAnswers() });
  // Typing is saved after a pause: write the reset now, so clearing storage leaves nothing waiting.
  flushSaves();
  localStorage.clear();
});

it('opens a version 1 save with all its data, marks the ratings the board wrote over, and saves it as today’s version', async () => {
  expect(STORE_VERSION).toBe(2);
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { answers: v1 }, version: 1 }));
  await useAnswers.persist.rehydrate();
  const answers = useAnswers.getState().answers;
  expect(answers.profile).toEqual(v1.profile);
  expect(answers.steps).toEqual(v1.steps);
  expect(answers.weights).toEqual(v1.weights);
  expect(answers.meeting?.agreed).toEqual(v1.meeting.agreed);
  expect(answers.trusts[0]!.answers).toEqual({
    'q05-supporting-others': { rating: 'meets', evidence: 'documents', notes: 'Asked twice.', ratingCopiedFromBoard: true },
    'q01-values': { rating: 'strong', evidence: 'verified' },
  });
  // The next save is today's version, so the migration never runs twice.
  useAnswers.getState().setWeight('q01-values', 1.5);
  flushSaves();
  const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { version: number };
  expect(stored.version).toBe(2);
});

it('leaves a version 2 save alone: a school rating equal to the board’s is the school’s own', async () => {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { answers: v1 }, version: 2 }));
  await useAnswers.persist.rehydrate();
  expect(useAnswers.getState().answers.trusts[0]!.answers['q05-supporting-others']).toEqual({
    rating: 'meets',
    evidence: 'documents',
    notes: 'Asked twice.',
  });
});
