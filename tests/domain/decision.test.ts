import { describe, expect, it } from 'vitest';
import { draftFrom, emptyDraft, longDate, minuteText, type DecisionDraft, type DecisionRecord } from '@/domain/decision';
import { checkDecision } from '@/domain/decision-check';
import { noDate } from '@/domain/date-parts';

const context = {
  schoolName: 'Hill Primary School',
  trustName: 'Riverside Learning Trust',
  viewCount: 7,
  questions: [
    { number: 1, shortTitle: 'Values', agreed: 'Strong', range: '4 Strong, 2 Meets, 1 Not sure yet' },
    { number: 2, shortTitle: 'Autonomy', range: '1 Strong, 1 Concern' },
  ],
};

const errorsOf = (draft: Partial<DecisionDraft>) => {
  const result = checkDecision({ ...emptyDraft('2026-12-03'), ...draft }, 't1');
  return 'errors' in result ? result.errors : [];
};

describe('checking the decision form', () => {
  it('needs an outcome, conditions when there are conditions, and reasons when deferred', () => {
    expect(errorsOf({})).toEqual([{ field: 'decision-outcome', message: 'Select what the governing board decided' }]);
    expect(errorsOf({ outcome: 'proceed-with-conditions', conditions: '  \n ' }).map((e) => e.field)).toEqual(['decision-conditions']);
    expect(errorsOf({ outcome: 'deferred' }).map((e) => e.field)).toEqual(['decision-reasons']);
    expect(errorsOf({ outcome: 'proceed' })).toEqual([]);
    expect(errorsOf({ outcome: 'proceed', meetingDate: emptyDraft().meetingDate })).toEqual([
      { field: 'decision-date-day', message: 'Enter the date of the meeting', date: { id: 'decision-date', parts: ['day', 'month', 'year'] } },
    ]);
  });

  it('asks for what and who on any action that has something in it, and real dates', () => {
    const errors = errorsOf({
      outcome: 'proceed',
      meetingDate: { day: '45', month: '13', year: '2026' },
      governorsPresent: 'nine',
      actions: [
        { what: '', owner: '', due: noDate() },
        { what: 'Write to the trust', owner: '', due: noDate() },
        { what: '', owner: 'Clerk', due: { day: '31', month: '2', year: '2027' } },
      ],
      minorityViews: [{ name: 'Sam', view: '' }],
    });
    expect(errors.map((e) => e.field)).toEqual(['decision-date-day', 'decision-present', 'action-1-owner', 'action-2-what', 'action-2-due-day', 'minority-0-view']);
    expect(errors.find((e) => e.field === 'action-1-owner')?.message).toBe('Say who will do action 2');
    expect(errors.find((e) => e.field === 'action-2-what')?.message).toBe('Say what is to be done for action 3');
    expect(errors.find((e) => e.field === 'minority-0-view')?.message).toBe('Write the view the governor asked to be recorded in minority view 1');
    expect(errors[0]).toEqual({ field: 'decision-date-day', message: 'Date of the meeting must be a real date', date: { id: 'decision-date', parts: ['day', 'month'] } });
    expect(errors[4]).toEqual({ field: 'action-2-due-day', message: 'The date for action 3 must be a real date', date: { id: 'action-2-due', parts: ['day'] } });
  });

  it('words every problem as a plain sentence, never "Action 2: …" or "Minority view 1: …"', () => {
    /** One character over the limit n. */
    const long = (n: number) => 'x'.repeat(n + 1);
    const errors = [
      ...errorsOf({ outcome: 'deferred', meetingDate: { day: '', month: '12', year: '' }, governorsPresent: '1000', reasons: '' }),
      ...errorsOf({
        outcome: 'proceed-with-conditions',
        conditions: `ok\n${long(1000)}`,
        reasons: long(5000),
        quorumNote: long(1000),
        governorsPresent: 'nine',
        actions: [
          { what: '', owner: '', due: { day: '3', month: '', year: '' } },
          { what: long(500), owner: long(120), due: { day: '3', month: '12', year: '26' } },
          { what: 'Write', owner: '', due: { day: 'x', month: '12', year: '2026' } },
        ],
        minorityViews: [
          { name: 'Sam', view: '' },
          { name: long(80), view: long(3000) },
        ],
      }),
      ...errorsOf({}),
      ...errorsOf({ outcome: 'proceed-with-conditions' }),
      ...errorsOf({ outcome: 'proceed', meetingDate: noDate() }),
    ].map((e) => e.message);
    expect(errors.length).toBeGreaterThanOrEqual(18);
    for (const message of errors) {
      expect(message, message).toMatch(/^[A-Z]/);
      expect(message, message).not.toMatch(/:/);
      expect(message, message).not.toMatch(/[.!?]$|\.\.|,,|\s\s/);
    }
    expect(errors).toEqual(
      expect.arrayContaining([
        'Say what is to be done for action 1',
        'Say who will do action 1',
        'The date for action 1 must include a month and year',
        'What is to be done for action 2 must be 500 characters or fewer (it has 501)',
        'The name of who will do action 2 must be 120 characters or fewer (it has 121)',
        'The year for action 2 must include 4 numbers',
        'The date for action 3 must be a real date',
        'The governor’s name in minority view 2 must be 80 characters or fewer (it has 81)',
        'Minority view 2 must be 3,000 characters or fewer (it has 3,001)',
        'Date of the meeting must include a day and year',
        'Enter the date of the meeting',
      ]),
    );
  });

  it('gives a tidy record, and the form comes back from it', () => {
    const result = checkDecision(
      {
        ...emptyDraft('2026-12-03'),
        outcome: 'proceed-with-conditions',
        conditions: ' Scheme of delegation agreed \n\n Due diligence finished ',
        actions: [
          { what: ' Write to the trust ', owner: ' Clerk ', due: { day: ' 10', month: '12 ', year: '2026' } },
          { what: '', owner: '', due: noDate() },
        ],
        minorityViews: [{ name: '', view: 'It is too soon.' }, { name: '', view: ' ' }],
        governorsPresent: '9',
        quorate: 'yes',
      },
      't1',
    );
    const expected: DecisionRecord = {
      trustId: 't1',
      outcome: 'proceed-with-conditions',
      meetingDate: '2026-12-03',
      conditions: ['Scheme of delegation agreed', 'Due diligence finished'],
      reasons: undefined,
      actions: [{ what: 'Write to the trust', owner: 'Clerk', due: '2026-12-10' }],
      minorityViews: [{ name: undefined, view: 'It is too soon.' }],
      governorsPresent: 9,
      quorate: true,
      quorumNote: undefined,
    };
    expect(result).toEqual({ record: expected });
    expect(checkDecision(draftFrom(expected), 't1')).toEqual({ record: expected });
  });
});

describe('the text for the minutes', () => {
  const record: DecisionRecord = {
    trustId: 't1',
    outcome: 'proceed-with-conditions',
    meetingDate: '2026-12-03',
    conditions: ['The scheme of delegation is agreed', 'Due diligence is finished'],
    reasons: 'The trust’s values match ours.',
    actions: [{ what: 'Write to the trust.', owner: 'Clerk', due: '2026-12-10' }, { what: 'Visit two schools', owner: 'Chair' }],
    minorityViews: [{ name: 'Mr Patel', view: 'It is too soon to decide.' }, { view: 'The trust is too far away.' }],
    governorsPresent: 9,
    quorate: true,
  };

  it('is worded as a clerk would minute it', () => {
    expect(minuteText(record, context)).toBe(
      [
        'Decision on joining Riverside Learning Trust',
        'Meeting of the governing board of Hill Primary School held on 3 December 2026.',
        'Quorum: 9 governors were present. The meeting was quorate.',
        'The governing board considered Riverside Learning Trust’s answers to Sir David Carter’s ten questions, with the views of 7 governors recorded before or during the meeting.',
        'The governing board agreed to proceed with joining Riverside Learning Trust, subject to the conditions below.',
        'Conditions:\n1. The scheme of delegation is agreed\n2. Due diligence is finished',
        'Reasons: The trust’s values match ours.',
        'The board’s agreed ratings, with the range of governors’ views:\nQuestion 1 (Values): agreed Strong. Views: 4 Strong, 2 Meets, 1 Not sure yet.\nQuestion 2 (Autonomy): no rating agreed. Views: 1 Strong, 1 Concern.',
        'Actions:\n1. Write to the trust. Owner: Clerk. By 10 December 2026.\n2. Visit two schools. Owner: Chair.',
        'Minority views, recorded at the request of the governors concerned:\nMr Patel asked that their view be recorded: It is too soon to decide.\nA governor asked that their view be recorded: The trust is too far away.',
      ].join('\n\n'),
    );
  });

  it('words each outcome', () => {
    const line = (outcome: DecisionRecord['outcome']) => minuteText({ ...record, outcome, conditions: [] }, context).split('\n\n')[4];
    expect(line('proceed')).toBe('The governing board agreed to proceed with joining Riverside Learning Trust.');
    expect(line('not-proceed')).toBe('The governing board agreed not to proceed with joining Riverside Learning Trust.');
    expect(line('deferred')).toBe('The governing board agreed to defer its decision on joining Riverside Learning Trust.');
  });

  it('says when the meeting was not quorate, and leaves out what was not recorded', () => {
    const bare: DecisionRecord = { trustId: 't1', outcome: 'not-proceed', conditions: [], actions: [], minorityViews: [], quorate: false };
    const text = minuteText(bare, { ...context, viewCount: 0, questions: [{ number: 1, shortTitle: 'Values', range: 'no views yet' }] });
    expect(text).toBe(
      [
        'Decision on joining Riverside Learning Trust',
        'Meeting of the governing board of Hill Primary School.',
        'Quorum: The meeting was not quorate, so this decision must be confirmed at a quorate meeting.',
        'The governing board considered Riverside Learning Trust’s answers to Sir David Carter’s ten questions.',
        'The governing board agreed not to proceed with joining Riverside Learning Trust.',
      ].join('\n\n'),
    );
  });

  it('writes dates in full', () => {
    expect(longDate('2026-01-09')).toBe('9 January 2026');
    expect(longDate('soon')).toBe('soon');
  });
});
