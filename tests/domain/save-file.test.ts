import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '@/domain/answers';
import { MAX_FILE_BYTES, readSaveFile, saveFileName, SAVE_FORMAT, toSaveFile } from '@/domain/save-file';
import { answersFor } from '../fixtures/arbitraries';
import { fixtureContent as content } from '../fixtures/content';

const save = (answers: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: SAVE_FORMAT, version: 1, savedAt: '2026-11-25T10:00:00Z', contentVersion: '2026.11.1', answers, ...extra });

const problemsOf = (text: string) => {
  const result = readSaveFile(text, content);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems.join(' | ');
};

describe('save files', () => {
  it('round-trips any valid assessment exactly', () => {
    fc.assert(
      fc.property(answersFor(content), (answers) => {
        const text = JSON.stringify(toSaveFile(answers, '2026.11.1', '2026-11-25T10:00:00Z'));
        const result = readSaveFile(text, content);
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.answers).toEqual(answers);
          expect(result.dropped).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('opens a version 1 file with all its data, marking the ratings the board’s agreed rating was written over', () => {
    const answers = {
      ...emptyAnswers(),
      trusts: [{ id: 't1', name: 'Oak', answers: { fq5: { rating: 'meets', notes: 'Kept.' }, fq6: { rating: 'strong' } } }],
      meeting: { views: [], agreed: { t1: { fq5: 'meets', fq6: 'partial' } } },
    };
    const result = readSaveFile(save(answers), content);
    expect(result.ok && result.answers.trusts[0]!.answers).toEqual({
      fq5: { rating: 'meets', notes: 'Kept.', ratingCopiedFromBoard: true },
      fq6: { rating: 'strong' },
    });
    const today = readSaveFile(save(answers, { version: 2 }), content);
    expect(today.ok && today.answers.trusts[0]!.answers.fq5).toEqual({ rating: 'meets', notes: 'Kept.' });
  });

  it('refuses malformed and truncated files, saying what is wrong', () => {
    expect(problemsOf('')).toMatch(/damaged or cut short/);
    expect(problemsOf(save(emptyAnswers()).slice(0, 60))).toMatch(/damaged or cut short/);
    expect(problemsOf('[1,2,3]')).toMatch(/not a save file/);
    expect(problemsOf('{"hello": "world"}')).toMatch(/does not say it is one/);
  });

  it('refuses a file from a newer version, and one with no version', () => {
    expect(problemsOf(save(emptyAnswers(), { version: 7 }))).toMatch(/newer version.*version 7/);
    expect(problemsOf(save(emptyAnswers(), { version: 'one' }))).toMatch(/version number/);
  });

  it('opens everything that reads, and sets aside and names the part that does not', () => {
    const bad = {
      ...emptyAnswers(),
      profile: { 'school-name': 'Hill Primary School' },
      trusts: [{ id: 't1', name: 'Oak', answers: { fq1: { rating: 'brilliant', notes: 'Met the CEO' } } }],
    };
    const result = readSaveFile(save(bad), content);
    if (!result.ok) throw new Error(result.problems.join(' '));
    expect(result.answers.profile['school-name']).toBe('Hill Primary School');
    expect(result.answers.trusts[0]?.answers.fq1).toEqual({ notes: 'Met the CEO' });
    expect(result.setAside).toEqual([{ kind: 'rating or note', path: 'trusts → t1 → answers → fq1 → rating' }]);
  });

  it('refuses a file whose outline is wrong, saying where', () => {
    expect(problemsOf(save({ ...emptyAnswers(), trusts: 'Oak' }))).toMatch(/trusts/);
  });

  it('refuses a file with two trusts of the same id, naming the id', () => {
    const twins = { ...emptyAnswers(), trusts: [{ id: 't1', name: 'Oak', answers: {} }, { id: 't1', name: 'Elm', answers: {} }] };
    expect(problemsOf(save(twins))).toMatch(/same reference \(t1\)/);
  });

  it('refuses oversized files before reading them, and sets aside a 5 MB string in any field', () => {
    expect(problemsOf('x'.repeat(MAX_FILE_BYTES + 1))).toMatch(/too big/);
    // A 5 MB string fits under the file limit but not in any field: that field is left out.
    const huge = { ...emptyAnswers(), profile: { 'school-name': 'a'.repeat(5_000_000), church: 'no' } };
    const result = readSaveFile(save(huge), content);
    expect(result.ok && result.answers.profile).toEqual({ church: 'no' });
    expect(result.ok && result.setAside).toEqual([{ kind: 'profile answer', path: 'profile → school-name' }]);
  });

  it('refuses prototype-pollution keys and pollutes nothing', () => {
    const text = `{"format":"${SAVE_FORMAT}","version":1,"answers":{"profile":{"__proto__":{"polluted":"yes"}},"steps":{},"trusts":[],"weights":{}}}`;
    expect(readSaveFile(text, content).ok).toBe(false);
    const constructor = save({ ...emptyAnswers(), weights: { constructor: 1 } });
    expect(readSaveFile(constructor, content).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps markup as plain text', () => {
    const answers = { ...emptyAnswers(), profile: { 'school-name': '<script>alert(1)</script>' } };
    const result = readSaveFile(save(answers), content);
    expect(result.ok && result.answers.profile['school-name']).toBe('<script>alert(1)</script>');
  });

  it('drops answers to questions the content no longer has, and says so', () => {
    const answers = { ...emptyAnswers(), steps: { 'step-explore': { status: 'done' }, 'old-step': { status: 'done' } } };
    const result = readSaveFile(save(answers), content);
    expect(result.ok && result.answers.steps).toEqual({ 'step-explore': { status: 'done' } });
    expect(result.ok && result.dropped).toEqual(['step "old-step"']);
  });

  it('names the file after the school and the date', () => {
    const answers = { ...emptyAnswers(), profile: { 'school-name': 'St Zoë’s C of E Primary' } };
    expect(saveFileName(answers, '2026-11-25')).toBe('join-a-trust-st-zoe-s-c-of-e-primary-2026-11-25.json');
    expect(saveFileName(emptyAnswers(), '2026-11-25')).toBe('join-a-trust-school-2026-11-25.json');
  });
});

describe('pruning a stored trust pack', () => {
  it('drops the trust’s words for questions the content no longer has, and keeps the rest', async () => {
    const { pruneAnswers } = await import('@/domain/answers-schema');
    const pack = {
      trustName: 'Oak',
      preparedOn: '2026-11-25',
      answers: { fq1: { answer: 'We put children first.' }, 'old-question': { answer: 'Gone.' } },
      contacts: [],
      links: [],
    };
    const answers = { ...emptyAnswers(), trusts: [{ id: 't1', name: 'Oak', answers: {}, pack }] } as never;
    const { answers: pruned } = pruneAnswers(content, answers);
    expect(Object.keys(pruned.trusts[0]!.pack!.answers)).toEqual(['fq1']);
  });
});

describe('the size limit', () => {
  it('lets back in a large assessment it saved (more than 2.5 million characters of notes)', () => {
    const long = 'Long notes. '.repeat(4_100);
    const answers = {
      ...emptyAnswers(),
      trusts: [1, 2, 3, 4, 5].map((n) => ({
        id: `t${n}`,
        name: `Trust ${n}`,
        answers: Object.fromEntries(content.tenQuestions.questions.map((q) => [q.id, { rating: 'meets' as const, notes: long.slice(0, 49_000) }])),
      })),
      steps: Object.fromEntries(content.stages.flatMap((s) => s.steps).map((step) => [step.id, { status: 'done' as const, note: long.slice(0, 19_000) }])),
    };
    const text = JSON.stringify(toSaveFile(answers, '2026.11.1', '2026-11-25T10:00:00Z'), null, 2);
    expect(text.length).toBeGreaterThan(2_500_000);
    const result = readSaveFile(text, content);
    expect(result.ok && result.answers).toEqual(answers);
  });
});
