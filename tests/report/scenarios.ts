import type { Content } from '@/content/schema';
import type { Answers, QuestionAnswer } from '@/domain/answers';
import { fullProfile as anyFullProfile } from '../fixtures/profiles';

/*
 * Assessments for the PDF tests and the benchmark. They work with any valid content (the
 * real questions/ or the test fixture), so they only use what the content says.
 */

export const SCHOOL_NAME = 'St Mary’s C of E Primary & Nursery — Zoë’s class';
export const LONG_NOTE_FIRST = 'Marmalade';
export const LONG_NOTE_LAST = 'Quixotically';

const sentences = [
  'The chair of governors, Fr. José Álvarez, visited two of the trust’s schools in the spring term.',
  'Heads there said the central team answers within a day, and that the “top slice” of 5% is explained line by line.',
  'We asked to see the scheme of delegation; the version we were sent (v3, September) names what the local board decides.',
  'The finance director said reserves stand at £1.2 million – about six weeks of spending – which seems prudent.',
  'Staff asked whether pay and conditions would change; the trust said not for existing staff, and we want that in writing.',
  'Zoë Brontë, our staff governor, noted that the trust’s curriculum leads meet each half term and share schemes of work.',
  'Parents at the open evening wanted to know about admissions; the trust confirmed it would stay its own admission authority.',
  'The trust’s improvement partner has worked with three schools that left “requires improvement” within two years.',
  'We still need to see the growth plan — the CEO mentioned taking on four more schools, which may stretch the team.',
  'Minutes of the last two trust board meetings were shared without fuss, which we took as a good sign of openness.',
];

/** About `words` words of realistic prose, starting and ending with a distinctive word. */
export function longNote(words: number): string {
  const out: string[] = [`${LONG_NOTE_FIRST} was the word the clerk used for our first meeting.`];
  let count = out[0]!.split(/\s+/).length;
  let i = 0;
  while (count < words - 12) {
    const sentence = sentences[i % sentences.length]!;
    out.push(sentence);
    count += sentence.split(/\s+/).length;
    i += 1;
    if (i % 6 === 0) out.push('\n\n');
  }
  out.push(`We end, as the chair put it, ${LONG_NOTE_LAST}.`);
  return out.join(' ').replace(/ \n\n /g, '\n\n');
}

/** Answers every applicable profile question, with this school's name (tests/fixtures/profiles.ts). */
export const fullProfile = (content: Content, schoolName = SCHOOL_NAME) => anyFullProfile(content, {}, schoolName);

const questions = (content: Content) => [...content.tenQuestions.questions].sort((a, b) => a.number - b.number);

export function emptyAssessment(): Answers {
  return { profile: {}, steps: {}, trusts: [], weights: {} };
}

/** Every question rated with notes, every step done, two trusts. */
export function completeAssessment(content: Content): Answers {
  const ratings = ['strong', 'meets', 'strong', 'meets', 'partial', 'strong', 'meets', 'strong', 'meets', 'strong'] as const;
  const evidence = ['verified', 'documents', 'verified', 'verified', 'documents', 'verified', 'documents', 'verified', 'verified', 'documents'] as const;
  const oak: Record<string, QuestionAnswer> = {};
  const ash: Record<string, QuestionAnswer> = {};
  questions(content).forEach((q, i) => {
    oak[q.id] = {
      rating: ratings[i % 10],
      evidence: evidence[i % 10],
      notes: `Question ${q.number} notes for Oak: ${sentences[i % sentences.length]} Checked on ${i + 1} March.`,
    };
    ash[q.id] = {
      rating: i % 3 === 0 ? 'partial' : 'meets',
      evidence: 'claim',
      notes: `Ash said: ${sentences[(i + 3) % sentences.length]}`,
    };
  });
  return {
    profile: fullProfile(content),
    steps: Object.fromEntries(content.stages.flatMap((s) => s.steps).map((step) => [step.id, { status: 'done' as const }])),
    weights: {},
    trusts: [
      { id: 't1', name: 'Oak Learning Trust', answers: oak },
      { id: 't2', name: 'Ash & Birch Academies Trust', answers: ash },
    ],
  };
}

/** One trust: a 2,000-word note on question 1, long notes elsewhere, red flags on most questions. */
export function longAssessment(content: Content): Answers {
  const answers: Record<string, QuestionAnswer> = {};
  questions(content).forEach((q, i) => {
    answers[q.id] = {
      rating: (['concern', 'partial', 'meets', 'unsure'] as const)[i % 4]!,
      evidence: (['claim', 'documents', 'verified'] as const)[i % 3]!,
      redFlag: i % 5 !== 4,
      redFlagResolved: i % 3 === 2,
      redFlagNote:
        i === 2
          ? longNote(300)
          : `Red flag ${q.number}: the trust’s answer on “${q.shortTitle}” was vague → we need the £ figures and it ≥ last year’s ✓.`,
      notes: i === 0 ? longNote(2000) : i === 1 ? longNote(600) : `Short note on question ${q.number}.`,
    };
  });
  const steps = content.stages.flatMap((s) => s.steps);
  return {
    profile: fullProfile(content, 'Łódź Community School – “Fr. José” wing'),
    steps: Object.fromEntries(
      steps.map((step, i) => [
        step.id,
        { status: (['done', 'in-progress', 'not-started'] as const)[i % 3]!, ...(i === 1 ? { note: 'Waiting for the diocese’s reply.' } : {}) },
      ]),
    ),
    weights: Object.fromEntries(questions(content).slice(3, 5).map((q, i) => [q.id, i === 0 ? 0 : 2.5])),
    trusts: [{ id: 't1', name: 'Saint Zoë’s Catholic Multi-Academy Trust', answers }],
  };
}

/** The complete assessment with the board's decision recorded for the first trust, and every step after the decision still to do. */
export function decidedAssessment(content: Content, outcome: 'proceed' | 'proceed-with-conditions' | 'not-proceed' | 'deferred' = 'proceed-with-conditions'): Answers {
  const base = completeAssessment(content);
  const afterDecision = new Set(content.stages.filter((s) => s.afterDecision).flatMap((s) => s.steps.map((step) => step.id)));
  const steps = Object.fromEntries(Object.entries(base.steps).filter(([id]) => !afterDecision.has(id)));
  return {
    ...base,
    steps,
    meeting: {
      views: [],
      agreed: {},
      decision: {
        trustId: base.trusts[0]!.id,
        outcome,
        meetingDate: '2026-12-03',
        conditions: outcome === 'proceed-with-conditions' ? ['The scheme of delegation is agreed in writing', 'The trust confirms its central charge for three years'] : [],
        ...(outcome === 'deferred' ? { reasons: 'We are waiting for the trust’s accounts.' } : {}),
        actions: [{ what: 'Write to the trust', owner: 'Clerk', due: '2026-12-10' }],
        minorityViews: [],
        governorsPresent: 9,
        quorate: true,
      },
    },
  };
}

/** As much as the limits allow on the summary's pages: ten trusts with the longest names, every red flag open, a long decision. */
export function crowdedAssessment(content: Content): Answers {
  const long = (prefix: string, n: number) => `${prefix} ${'Wybrzeże Ysgol Dŵr Ζήτα Academies '.repeat(10)}`.slice(0, n).trim();
  const trusts = Array.from({ length: 10 }, (_, t) => {
    const answers: Record<string, QuestionAnswer> = {};
    questions(content).forEach((q, i) => {
      answers[q.id] = { rating: i % 2 ? 'concern' : 'unsure', evidence: 'claim', redFlag: true, redFlagNote: longNote(400), notes: longNote(100) };
    });
    return { id: `t${t + 1}`, name: long(`Trust ${t + 1}`, 120), answers };
  });
  return {
    profile: fullProfile(content, long('School', 200)),
    steps: {},
    weights: {},
    trusts,
    meeting: {
      views: [],
      agreed: {},
      decision: {
        trustId: 't3',
        outcome: 'proceed-with-conditions',
        meetingDate: '2026-12-03',
        conditions: Array.from({ length: 20 }, (_, i) => `Condition ${i + 1}: ${longNote(150)}`.slice(0, 1000)),
        reasons: longNote(800).slice(0, 5000),
        actions: Array.from({ length: 30 }, (_, i) => ({ what: `Action ${i + 1}: ${longNote(80)}`.slice(0, 500), owner: long('Owner', 120), due: '2026-12-10' })),
        minorityViews: [],
        governorsPresent: 9,
        quorate: true,
      },
    },
  };
}
