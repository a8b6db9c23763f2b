import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Answers } from '@/domain/answers';
import { answersSchema } from '@/domain/answers-schema';
import { memberDraftSchema, toInvitationFile } from '@/domain/meeting-link';
import { emptyPack, trustPackDraftSchema } from '@/domain/trust-pack-schema';
import { STORAGE_KEY, useAnswers } from '@/store/answers-store';
import { MEMBER_KEY, useMemberViews } from '@/store/member';
import { useStorageStatus } from '@/store/storage-status';
import { TRUST_PACK_KEY, useTrustPack } from '@/store/trust-pack-store';
import { pagePaths } from '@/ui/App';
import { content } from '@/content';
import { reload } from './reload';
import { openApp } from './render-app';

/*
 * Every form, every text field, one character past its limit. The walk enumerates the app's
 * route table and every text field each page shows, so a new page or a new field without a
 * limit fails here: each text field must have a maxLength, a paste past it must be cut with a
 * message, and whatever the page then saves must be something storage accepts and reads back
 * after a reload.
 */

const ASSESSMENT = '6f1c2b7a-3d4e-4f50-9a61-7b8c9d0e1f2a';

/** Every profile question answered (the first option where none is given here), so no step is locked. */
const fullProfile = (given: Record<string, string>) => {
  const profile = { ...given };
  for (const q of content.profile) if (!(q.id in profile) && q.kind === 'choice' && q.options[0]) profile[q.id] = q.options[0].value;
  return profile;
};

const seeded = (): Answers => ({
  profile: fullProfile({
    'school-name': 'Hill Primary School',
    phase: 'primary',
    'school-type': 'community',
    church: 'church-of-england',
    diocese: 'Diocese of Hill',
    provision: 'mainstream',
    pfi: 'no',
    deficit: 'no',
    route: 'join-existing',
    'trust-count': 'one',
  }),
  steps: { 'agree-why': { status: 'done', note: 'Agreed in spring.' } },
  trusts: [
    {
      id: 't1',
      name: 'Riverside Learning Trust',
      answers: { 'q02-autonomy': { rating: 'partial', evidence: 'claim', redFlag: true, redFlagNote: 'Scheme of delegation not seen.' } },
    },
  ],
  weights: {},
  assessmentId: ASSESSMENT,
  meeting: {
    views: [{ id: 'aaaaaaaa-0000-4000-8000-000000000001', trustId: 't1', trustName: 'Riverside Learning Trust', ratings: { 'q01-values': 'strong' }, recordedOn: '2026-12-01' }],
    agreed: {},
  },
});

interface Walk {
  path: string;
  /** Shows fields that appear only on request (a conditional answer, "Add another"). */
  reveal?(user: UserEvent): Promise<void>;
  /** The page's main button, pressed after every field is filled past its limit. */
  submit?: string;
  /** At least this many text fields (so the walk cannot pass by finding none). */
  fields?: number;
}

/** Presses every "Add a …" and "Add another …" button once, so each kind of row shows. */
async function addRows(user: UserEvent) {
  for (const button of screen.queryAllByRole('button', { name: /^Add (a|another) / })) await user.click(button);
}

const invitation = () =>
  new File([JSON.stringify(toInvitationFile({ assessmentId: ASSESSMENT, schoolName: 'Hill Primary School', trust: { id: 't1', name: 'Riverside Learning Trust' } }))], 'meeting-invitation.json', {
    type: 'application/json',
  });

/** A real address (or several) for every route in the app's route table. */
const walks: Record<string, Walk[]> = {
  '/': [{ path: '/' }],
  '/profile/:questionId': [
    { path: '/profile/school-name', submit: 'Save and continue', fields: 1 },
    { path: '/profile/diocese', submit: 'Save and continue', fields: 1 },
  ],
  '/tasks': [{ path: '/tasks' }],
  '/trusts': [{ path: '/trusts', submit: 'Save and continue', fields: 2 }],
  '/steps/:stepId': [{ path: '/steps/agree-why', submit: 'Save and continue', fields: 1 }],
  '/trusts/:trustId/questions/:questionId': [{ path: '/trusts/t1/questions/q02-autonomy', submit: 'Save and continue', fields: 2 }],
  '/check': [{ path: '/check' }],
  '/report': [{ path: '/report' }],
  '/weights': [{ path: '/weights' }],
  '/sources': [{ path: '/sources' }],
  '/myths': [{ path: '/myths' }],
  '/glossary': [{ path: '/glossary' }],
  '/strong-trusts': [{ path: '/strong-trusts' }],
  '/your-data': [{ path: '/your-data' }],
  '/trust-mode': [{ path: '/trust-mode', reveal: addRows, fields: 41 }],
  '/open-pack': [{ path: '/open-pack' }],
  '/compare': [{ path: '/compare' }],
  '/meeting': [{ path: '/meeting' }],
  '/meeting/add-view': [{ path: '/meeting/add-view' }],
  '/meeting/record': [
    {
      path: '/meeting/record?trust=t1',
      reveal: async (user) => user.click(screen.getAllByRole('radio', { name: 'Strong' })[0]!),
      submit: 'Record my view',
      fields: 1,
    },
  ],
  '/meeting/present': [{ path: '/meeting/present?trust=t1' }],
  '/meeting/decision': [
    {
      path: '/meeting/decision?trust=t1',
      reveal: async (user) => {
        await user.click(screen.getByRole('radio', { name: 'Agreed to proceed, with conditions' }));
        await addRows(user);
      },
      submit: 'Save the decision record',
      fields: 10,
    },
  ],
  '/member': [
    {
      path: '/member',
      reveal: async (user) => {
        await user.upload(screen.getByLabelText(/Choose the invitation file/), invitation());
        await screen.findByRole('textbox', { name: /Your name/ });
      },
      fields: 1,
    },
  ],
  '*': [{ path: '/no-such-page' }],
};

/** Text boxes a person types into (dates are checked as dates; files, choices and read-only boxes hold no typed text). */
/**
 * Text fields whose words are saved. Not the day, month and year boxes of a date: what they hold is
 * never saved as typed, only as a checked yyyy-mm-dd, and GOV.UK date boxes have no maxLength
 * (so a pasted "3 12 2026" is not cut short without a word).
 */
function textFields(): (HTMLInputElement | HTMLTextAreaElement)[] {
  const main = document.querySelector('main') ?? document.body;
  return [...main.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].filter(
    (el) => !el.readOnly && !el.classList.contains('date-input__input') && (el instanceof HTMLTextAreaElement || ['text', 'search', 'email', 'tel', 'url', 'number', 'password'].includes(el.type)),
  );
}

/** Storage holds what the schemas accept, and a reload (fresh stores reading localStorage) gives back the same state. */
async function expectStorageReadsBack() {
  const answersRaw = localStorage.getItem(STORAGE_KEY);
  expect(answersRaw, 'answers are saved').not.toBeNull();
  const parsed = answersSchema.safeParse((JSON.parse(answersRaw!) as { state: { answers: unknown } }).state.answers);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  const packRaw = localStorage.getItem(TRUST_PACK_KEY);
  if (packRaw) expect(trustPackDraftSchema.safeParse((JSON.parse(packRaw) as { state: { draft: unknown } }).state.draft).success).toBe(true);
  const memberRaw = localStorage.getItem(MEMBER_KEY);
  if (memberRaw) {
    for (const draft of (JSON.parse(memberRaw) as { state: { drafts: unknown[] } }).state.drafts) expect(memberDraftSchema.safeParse(draft).success).toBe(true);
  }
  const after = reload();
  expect(after.problem).toBeUndefined();
  expect(after.setAside).toBeUndefined();
  expect(after.answers).toEqual(useAnswers.getState().answers);
  if (packRaw) expect(after.pack).toEqual(useTrustPack.getState().draft);
  if (memberRaw) expect(after.member).toEqual(useMemberViews.getState().drafts);
}

beforeEach(() => {
  localStorage.clear();
  useStorageStatus.setState({ problem: undefined, backupKey: undefined }, false);
  useAnswers.setState({ answers: seeded() });
  useTrustPack.setState({ draft: emptyPack() });
  useMemberViews.setState({ drafts: [] });
});

const open = (path: string) => openApp(path).user;

it('the walk covers every route in the app', () => {
  expect(Object.keys(walks).sort()).toEqual(pagePaths.map(([path]) => path).sort());
});

describe.each(Object.values(walks).flat())('every text field on $path, one past its limit', (walk) => {
  it('has a limit, cuts a paste past it with a message, and leaves storage readable after a reload', { timeout: 60_000 }, async () => {
    const user = open(walk.path);
    await screen.findByRole('heading', { level: 1 });
    await walk.reveal?.(user);
    const fields = textFields();
    expect(fields.length, `${walk.path}: text fields found`).toBeGreaterThanOrEqual(walk.fields ?? 0);
    for (const field of fields) {
      const label = `${walk.path} #${field.id}`;
      expect(field.maxLength, `${label} has no limit (maxLength)`).toBeGreaterThan(0);
      const max = field.maxLength;
      await user.click(field);
      field.setSelectionRange(0, field.value.length);
      await user.paste('x'.repeat(max + 1));
      const now = document.getElementById(field.id) as HTMLInputElement | HTMLTextAreaElement;
      expect(now.value, label).toBe('x'.repeat(max));
      expect(document.getElementById(`${field.id}-paste`)?.textContent ?? `no message for ${label}`, label).toContain(`Only the first ${max.toLocaleString('en-GB')} of the ${(max + 1).toLocaleString('en-GB')} characters you pasted were kept`);
    }
    for (const select of document.querySelectorAll<HTMLSelectElement>('main select')) {
      const last = select.options[select.options.length - 1];
      if (last) await user.selectOptions(select, last);
    }
    if (walk.submit) {
      await user.click(screen.getByRole('button', { name: walk.submit }));
      // Either it saved, or a GOV.UK error summary took focus; never a silent refusal.
      await waitFor(() => {
        const summary = document.querySelector('.error-summary');
        if (summary) expect(document.activeElement).toBe(summary);
      });
    }
    await expectStorageReadsBack();
  });
});
