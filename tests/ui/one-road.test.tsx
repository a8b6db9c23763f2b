import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { content } from '@/content';
import { applicableStages, emptyAnswers, type Answers } from '@/domain/answers';
import { stepStatus } from '@/domain/progress';
import { packToLinkData } from '@/domain/pack-link';
import type { Location } from '@/machine/location';
import { useAnswers } from '@/store/answers-store';
import { arrival } from '@/store/journey';
import { toPath } from '@/ui/journey/paths';
import { communityPrimary } from '../fixtures/profiles';
import { openApp } from './render-app';

/*
 * One road through the journey: a page that links to, or shows, a journey page asks the
 * machine whether that page opens now (store/journey.ts `arrival`, the machine's START with the
 * page to resume) rather than judging it itself. Each test below fails if a page bypasses it:
 * the machine's answer is swapped for another (vi.mocked(arrival)) and the page must follow.
 */
vi.mock('@/store/journey', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/store/journey')>();
  return { ...real, arrival: vi.fn(real.arrival) };
});
const realArrival = (await vi.importActual<typeof import('@/store/journey')>('@/store/journey')).arrival;

const q1 = content.tenQuestions.questions[0]!;
const questionAt = (trustId: string, questionId = q1.id): Location => ({ page: 'question', trustId, questionId });
const steps = applicableStages(content, communityPrimary()).flatMap((s) => s.steps);
const oak = { id: 't1', name: 'Oak Valley Learning Trust', answers: {} };
const withProfile = (profile: Record<string, string>): Answers => ({ ...emptyAnswers(), profile, trusts: [oak] });
const unfinished = () => {
  const profile = communityPrimary();
  delete profile.provision;
  return profile;
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The page's h1, whatever caption it has above it. */
const heading = (text: string) => screen.findByRole('heading', { level: 1, name: new RegExp(escape(text)) });
const provisionQuestion = content.profile.find((q) => q.id === 'provision')!.question;

/** Makes the machine say `to` for any link or deep link to a page of this kind. */
function machineSays(page: Location['page'], to: Location) {
  vi.mocked(arrival).mockImplementation((at, answers) => (at.page === page ? to : realArrival(at, answers)));
}

beforeEach(() => useAnswers.setState({ answers: withProfile(communityPrimary()) }));
afterEach(() => vi.mocked(arrival).mockImplementation(realArrival));

describe('a deep link to a question', () => {
  it('before the profile is finished goes to the profile question the journey asks next', async () => {
    useAnswers.setState({ answers: withProfile(unfinished()) });
    openApp(toPath(questionAt('t1')));
    await heading(provisionQuestion);
  });

  it('opens when the journey would open it', async () => {
    openApp(toPath(questionAt('t1')));
    await heading(q1.text);
  });

  it('goes wherever the machine says, not where the page itself would decide', async () => {
    machineSays('question', { page: 'tasks' });
    openApp(toPath(questionAt('t1')));
    await screen.findByRole('heading', { level: 1, name: 'Your tasks' });
  });

  it('still says a trust that is not there does not exist', async () => {
    openApp(toPath(questionAt('t9')));
    await screen.findByText('That trust or question does not exist on this device.');
  });
});

describe('a step page', () => {
  const open = steps.find((s) => stepStatus(content, withProfile(communityPrimary()), s.id) !== 'cannot-start')!;
  const locked = steps.find((s) => stepStatus(content, withProfile(communityPrimary()), s.id) === 'cannot-start')!;

  it('before the profile is finished says the step cannot start, and links to the profile question the journey asks next', async () => {
    useAnswers.setState({ answers: withProfile(unfinished()) });
    const { user } = openApp(`/steps/${open.id}`);
    await screen.findByText(/You cannot start this step yet/);
    await user.click(screen.getByRole('link', { name: 'Finish your school’s profile' }));
    await heading(provisionQuestion);
  });

  it('takes "can this step start" from the machine: a step the machine opens shows its form', async () => {
    machineSays('step', { page: 'step', stepId: locked.id });
    openApp(`/steps/${locked.id}`);
    await heading(locked.title);
    expect(screen.queryByText(/You cannot start this step yet/)).toBeNull();
    expect(screen.getByRole('button', { name: /^Save and continue$/ })).toBeInTheDocument();
  });

  it('and a step the machine refuses does not', async () => {
    machineSays('step', { page: 'tasks' });
    openApp(`/steps/${open.id}`);
    await screen.findByText(/You cannot start this step yet/);
    expect(screen.getByRole('link', { name: 'Go to your tasks' })).toHaveAttribute('href', expect.stringMatching(/\/tasks$/));
  });
});

describe('pages outside the journey link to a question through the machine', () => {
  const hrefOf = (name: RegExp) => screen.getAllByRole('link', { name }).map((a) => a.getAttribute('href'));

  it('compare: to the question while the profile is finished, to the profile question first while it is not', async () => {
    openApp('/compare');
    await screen.findByRole('heading', { level: 1, name: 'Compare the trusts' });
    expect(hrefOf(/for question 1, Oak Valley/)).toEqual([expect.stringMatching(new RegExp(`${toPath(questionAt('t1'))}$`))]);

    useAnswers.setState({ answers: withProfile(unfinished()) });
    await waitFor(() => expect(hrefOf(/for question 1, Oak Valley/)).toEqual([expect.stringMatching(/\/profile\/provision$/)]));
  });

  it('compare: wherever the machine says', async () => {
    machineSays('question', { page: 'profile', questionId: 'from-the-machine' });
    openApp('/compare');
    await screen.findByRole('heading', { level: 1, name: 'Compare the trusts' });
    expect(hrefOf(/for question 1, Oak Valley/)).toEqual([expect.stringMatching(/\/profile\/from-the-machine$/)]);
  });

  async function openPack() {
    const data = await packToLinkData({ trustName: 'Cedar Trust', preparedOn: '2026-11-25', answers: { [q1.id]: { answer: 'We listen.' } }, contacts: [], links: [] });
    const view = openApp(`/open-pack?d=${data}`);
    await view.user.click(await screen.findByRole('button', { name: 'Add Cedar Trust to your trusts' }));
    await screen.findByText(/has been added to your trusts/);
    return view;
  }

  it('open a pack: to the trust’s first question, or the profile first while it is not finished', async () => {
    await openPack();
    expect(hrefOf(/answer beside question 1/)).toEqual([expect.stringMatching(new RegExp(`${toPath(questionAt('t2'))}$`))]);
    useAnswers.setState({ answers: { ...useAnswers.getState().answers, profile: unfinished() } });
    await waitFor(() => expect(hrefOf(/Tell us about your school first/)).toEqual([expect.stringMatching(/\/profile\/provision$/)]));
  });

  it('open a pack: wherever the machine says', async () => {
    machineSays('question', { page: 'profile', questionId: 'from-the-machine' });
    await openPack();
    expect(hrefOf(/Tell us about your school first/)).toEqual([expect.stringMatching(/\/profile\/from-the-machine$/)]);
  });
});
