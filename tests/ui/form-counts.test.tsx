import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { content } from '@/content';
import { emptyAnswers, type Answers, type MemberView } from '@/domain/answers';
import { answersSchema } from '@/domain/answers-schema';
import { addTrust } from '@/domain/edit';
import { ANSWER_LIMITS, DECISION_LIMITS, VIEW_LIMITS } from '@/domain/limits';
import { PACK_LIMITS } from '@/domain/trust-pack-schema';
import { STORAGE_KEY, useAnswers } from '@/store/answers-store';
import { useStorageStatus } from '@/store/storage-status';
import { useTrustPack } from '@/store/trust-pack-store';
import { reload as freshStores } from './reload';
import { openApp } from './render-app';

/*
 * Each count and range at its limit + 1, and the three cases from issue #12 that once said
 * "saved" and then lost the whole assessment on reload.
 */

const start = (extra: Partial<Answers> = {}): Answers => ({
  ...emptyAnswers(),
  profile: { 'school-name': 'Hill Primary School' },
  trusts: [{ id: 't1', name: 'Riverside Learning Trust', answers: { 'q01-values': { rating: 'strong', evidence: 'documents', notes: 'Kept.' } } }],
  ...extra,
});

const open = (path: string) => openApp(path).user;

/** A reload (fresh stores reading localStorage): everything must be there, nothing set aside. */
function reload() {
  const raw = localStorage.getItem(STORAGE_KEY);
  expect(answersSchema.safeParse((JSON.parse(raw!) as { state: { answers: unknown } }).state.answers).success).toBe(true);
  const after = freshStores();
  expect(after.problem).toBeUndefined();
  expect(after.setAside).toBeUndefined();
  expect(after.answers).toEqual(useAnswers.getState().answers);
}

const summaryLinks = async () => within(await screen.findByRole('alert')).getAllByRole('link').map((a) => a.textContent);

beforeEach(() => {
  localStorage.clear();
  useStorageStatus.setState({ problem: undefined, backupKey: undefined });
  useAnswers.setState({ answers: start() });
});

describe('the decision record (issue #12: these once said “saved” and the next reload lost everything)', () => {
  async function decide(fill: (user: ReturnType<typeof open>) => Promise<void>) {
    const user = open('/meeting/decision?trust=t1');
    await user.click(await screen.findByRole('radio', { name: 'Agreed to proceed, with conditions' }));
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Save the decision record' }));
    return user;
  }

  it(`${DECISION_LIMITS.governorsPresentMax + 50} governors present: an error, nothing saved, and the assessment still loads`, async () => {
    await decide(async (user) => {
      await user.type(screen.getByRole('textbox', { name: 'Conditions' }), 'Due diligence first');
      await user.type(screen.getByRole('textbox', { name: /Number of governors present/ }), '150');
    });
    expect(await summaryLinks()).toEqual(['The number of governors present must be 100 or fewer']);
    expect(document.activeElement).toBe(screen.getByRole('alert'));
    expect(screen.getByRole('textbox', { name: /Number of governors present/ })).toHaveAccessibleDescription(
      /The number of governors present must be 100 or fewer/,
    );
    expect(screen.queryByText(/The decision record is saved/)).not.toBeInTheDocument();
    expect(useAnswers.getState().answers.meeting?.decision).toBeUndefined();
    reload();
    expect(useAnswers.getState().answers.trusts[0]?.answers['q01-values']?.notes).toBe('Kept.');
  });

  it(`${DECISION_LIMITS.conditions + 1} conditions: an error, nothing saved`, async () => {
    await decide(async (user) => {
      await user.click(screen.getByRole('textbox', { name: 'Conditions' }));
      await user.paste(Array.from({ length: DECISION_LIMITS.conditions + 1 }, (_, i) => `Condition ${i + 1}`).join('\n'));
    });
    expect(await summaryLinks()).toEqual(['Write 20 conditions or fewer, one on each line (there are 21)']);
    expect(useAnswers.getState().answers.meeting?.decision).toBeUndefined();
    reload();
  });

  it(`a condition of ${DECISION_LIMITS.condition + 1} characters: an error, nothing saved; at the limit it saves`, async () => {
    const user = await decide(async (u) => {
      await u.click(screen.getByRole('textbox', { name: 'Conditions' }));
      await u.paste(`Short one\n${'x'.repeat(DECISION_LIMITS.condition + 1)}`);
    });
    expect(await summaryLinks()).toEqual(['Condition 2 must be 1,000 characters or fewer (it has 1,001)']);
    expect(useAnswers.getState().answers.meeting?.decision).toBeUndefined();
    reload();

    const conditions = screen.getByRole('textbox', { name: 'Conditions' });
    await user.clear(conditions);
    await user.click(conditions);
    await user.paste(Array.from({ length: DECISION_LIMITS.conditions }, () => 'x'.repeat(DECISION_LIMITS.condition)).join('\n'));
    await user.click(screen.getByRole('button', { name: 'Save the decision record' }));
    expect(await screen.findByText(/The decision record is saved/)).toBeInTheDocument();
    expect(useAnswers.getState().answers.meeting?.decision?.conditions).toHaveLength(DECISION_LIMITS.conditions);
    reload();
  });

  it(`offers at most ${DECISION_LIMITS.actions} actions and ${DECISION_LIMITS.minorityViews} minority views`, { timeout: 60_000 }, async () => {
    const user = open('/meeting/decision?trust=t1');
    await screen.findByRole('heading', { level: 1, name: /Record the decision/ });
    // getByText, not getByRole: a role query over a form this large takes about a second a click in jsdom.
    for (let i = 1; i < DECISION_LIMITS.actions; i++) await user.click(screen.getByText('Add another action', { selector: 'button' }));
    expect(screen.getAllByRole('group', { name: /^Action \d+$/ })).toHaveLength(DECISION_LIMITS.actions);
    expect(screen.queryByRole('button', { name: 'Add another action' })).not.toBeInTheDocument();
    for (let i = 0; i < DECISION_LIMITS.minorityViews; i++) await user.click(screen.getByText('Add a minority view', { selector: 'button' }));
    expect(screen.getAllByRole('group', { name: /^Minority view \d+$/ })).toHaveLength(DECISION_LIMITS.minorityViews);
    expect(screen.queryByRole('button', { name: 'Add a minority view' })).not.toBeInTheDocument();
  });
});

describe('trusts: the eleventh', () => {
  const ten = Array.from({ length: ANSWER_LIMITS.trusts }, (_, i) => ({ id: `t${i + 1}`, name: `Trust ${i + 1}`, answers: {} }));

  it('is refused with an error by “Add trust” and by the main button, and nothing is stored', async () => {
    useAnswers.setState({ answers: start({ trusts: ten }) });
    const user = open('/trusts');
    await user.type(await screen.findByRole('textbox', { name: 'Add another trust' }), 'Oak Valley Learning Trust');
    await user.click(screen.getByRole('button', { name: 'Add trust' }));
    expect(await summaryLinks()).toEqual(['You can compare up to 10 trusts']);
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await summaryLinks()).toEqual([
      'Oak Valley Learning Trust has not been added. You can compare up to 10 trusts. Change the name or clear the box, then try again',
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'The trusts you are considering' })).toBeInTheDocument();
    expect(useAnswers.getState().answers.trusts).toHaveLength(ANSWER_LIMITS.trusts);
    reload();
  });

  it('the store refuses it too (the last line, whatever the form does)', () => {
    useAnswers.setState({ answers: start({ trusts: ten }) });
    const { answers, replace } = useAnswers.getState();
    expect(replace(addTrust(answers, 'Oak Valley Learning Trust').answers)).toBe(false);
    expect(useAnswers.getState().answers.trusts).toHaveLength(ANSWER_LIMITS.trusts);
    expect(useAnswers.getState().setQuestion('t1', 'q01-values', { notes: 'x'.repeat(ANSWER_LIMITS.questionNotes + 1) })).toBe(false);
    expect(useAnswers.getState().answers.trusts[0]?.answers).toEqual({});
  });
});

describe('governors’ views: the 101st', () => {
  it('is not recorded, the form keeps it, and an error says why', async () => {
    const views: MemberView[] = Array.from({ length: VIEW_LIMITS.views }, (_, i) => ({
      id: `aaaaaaaa-0000-4000-8000-${String(i).padStart(12, '0')}`,
      trustId: 't1',
      trustName: 'Riverside Learning Trust',
      ratings: { 'q01-values': 'strong' },
      recordedOn: '2026-12-01',
    }));
    useAnswers.setState({ answers: start({ meeting: { views, agreed: {} } }) });
    const user = open('/meeting/record?trust=t1');
    await user.type(await screen.findByRole('textbox', { name: /Your name/ }), 'Ann');
    await user.click(screen.getAllByRole('radio', { name: 'Strong' })[0]!);
    await user.click(screen.getByRole('button', { name: 'Record my view' }));
    expect(await summaryLinks()).toEqual([
      'This view has not been recorded. This assessment already holds 100 views, the most it can keep. Remove a view on the page for preparing the meeting first',
    ]);
    expect(screen.queryByText('View recorded')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Your name/ })).toHaveValue('Ann');
    expect(useAnswers.getState().answers.meeting?.views).toHaveLength(VIEW_LIMITS.views);
    reload();
  });
});

describe('the trust pack editor', () => {
  it(`offers at most ${PACK_LIMITS.contacts} contacts, ${PACK_LIMITS.links} documents and ${PACK_LIMITS.linksPerAnswer} links an answer`, { timeout: 60_000 }, async () => {
    useTrustPack.getState().reset();
    const user = open('/trust-mode');
    await screen.findByRole('heading', { level: 1 });
    const addUntilGone = async (name: RegExp) => {
      let added = 0;
      for (;;) {
        const button = screen.queryByText(name, { selector: 'button' });
        if (!button) return added;
        await user.click(button);
        added++;
      }
    };
    expect(await addUntilGone(/^Add (a|another) contact$/)).toBe(PACK_LIMITS.contacts);
    expect(await addUntilGone(/^Add (a|another) document$/)).toBe(PACK_LIMITS.links);
    const first = content.tenQuestions.questions[0]!;
    expect(await addUntilGone(new RegExp(`^Add (a|another) link for question ${first.number}$`))).toBe(PACK_LIMITS.linksPerAnswer);
    const draft = useTrustPack.getState().draft;
    expect([draft.contacts.length, draft.links.length, draft.answers[first.id]?.links?.length]).toEqual([
      PACK_LIMITS.contacts,
      PACK_LIMITS.links,
      PACK_LIMITS.linksPerAnswer,
    ]);
  });
});

describe('weights', () => {
  it('the form offers only weights the saved answers allow', async () => {
    open('/weights');
    const selects = await screen.findAllByRole('combobox', { name: /^\d+\. / });
    expect(selects.length).toBe(content.tenQuestions.questions.length);
    for (const select of selects) {
      for (const option of within(select).getAllByRole('option')) {
        const weight = Number((option as HTMLOptionElement).value);
        expect(weight).toBeGreaterThanOrEqual(ANSWER_LIMITS.weightMin);
        expect(weight).toBeLessThanOrEqual(ANSWER_LIMITS.weightMax);
      }
    }
  });
});
