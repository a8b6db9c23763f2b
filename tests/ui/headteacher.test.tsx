import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAnswers, type Answers } from '@/domain/answers';
import { openApp } from './render-app';

vi.mock('@/content', async () => {
  const { fixtureContent } = await import('../fixtures/content');
  return { content: fixtureContent };
});

const { useAnswers } = await import('@/store/answers-store');
const { LAST_PAGE_KEY } = await import('@/store/visits');

const renderAt = (path: string) => openApp(path);

const finished: Answers = {
  ...emptyAnswers(),
  profile: { 'school-name': 'Hill Primary', church: 'no' },
  trusts: [{ id: 't1', name: 'Oak Valley Learning Trust', answers: {} }],
};

beforeEach(() => {
  useAnswers.setState({ answers: emptyAnswers() });
});

describe('coming back later', () => {
  it('offers "Continue where you left off" first on the start page, and it goes to the page the user left', async () => {
    useAnswers.setState({ answers: finished });
    const user = userEvent.setup();
    const first = renderAt('/trusts/t1/questions/fq6');
    await screen.findByRole('heading', { level: 1, name: /Fixture question 6\?/ });
    first.unmount();

    renderAt('/');
    const resume = await screen.findByTestId('resume');
    // Before anything else on the page but the heading.
    const main = document.querySelector('main')!;
    const h1 = within(main).getByRole('heading', { level: 1 });
    expect(h1.nextElementSibling).toBe(resume);
    expect(resume).toHaveTextContent(/Last time you were on “Question 6: Question 6 – Oak Valley Learning Trust”/);
    await user.click(within(resume).getByRole('button', { name: 'Continue where you left off' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Fixture question 6\?/ })).toBeInTheDocument();
  });

  it('goes to the task list when the page left can no longer open (its trust was removed)', async () => {
    useAnswers.setState({ answers: finished });
    localStorage.setItem(LAST_PAGE_KEY, JSON.stringify({ path: '/trusts/t9/questions/fq2', title: 'Gone' }));
    const user = userEvent.setup();
    renderAt('/');
    await user.click(await screen.findByRole('button', { name: 'Continue where you left off' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your tasks' })).toBeInTheDocument();
  });

  it('forgets the last page on "Start again"', async () => {
    useAnswers.setState({ answers: finished });
    localStorage.setItem(LAST_PAGE_KEY, JSON.stringify({ path: '/tasks', title: 'Your tasks' }));
    const user = userEvent.setup();
    renderAt('/');
    await user.click(await screen.findByRole('button', { name: 'Start again' }));
    await user.click(await screen.findByRole('button', { name: /^Yes, clear my answers/ }));
    expect(await screen.findByRole('button', { name: 'Start now' })).toBeInTheDocument();
    expect(localStorage.getItem(LAST_PAGE_KEY)).toBeNull();
  });
});

describe('check your answers', () => {
  it('offers no Change link for a step that cannot start yet, and one for every step that can', async () => {
    useAnswers.setState({ answers: finished });
    renderAt('/check');
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    const row = (title: string | RegExp) => screen.getByText(title, { selector: 'dt' }).closest('.summary-list__row') as HTMLElement;
    // "Consult" needs "Explore options" done first; "Apply" comes after the decision.
    for (const blocked of [/^Consult/, /^Board resolution/, /^Apply/]) {
      expect(within(row(blocked)).queryByRole('link')).toBeNull();
      expect(within(row(blocked)).getByText('Cannot start yet')).toBeInTheDocument();
    }
    for (const open of [/^Explore options/, /^Due diligence/]) {
      expect(within(row(open)).getByRole('link', { name: /^Change/ })).toHaveAttribute('href', expect.stringMatching(/^\/steps\/.+\?change=1$/));
    }
  });
});
