import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { content } from '@/content';
import { checkedAgainst } from '@/domain/dates';
import { emptyAnswers, type Answers } from '@/domain/answers';
import { useAnswers } from '@/store/answers-store';
import { communityPrimary } from '../fixtures/profiles';
import { openApp } from './render-app';

/** The ten questions' page with the real content, rendered as in development (StrictMode renders twice). */
const questions = content.tenQuestions.questions;
const q = (n: number) => questions[n - 1]!;
const rated = { rating: 'meets' as const, evidence: 'documents' as const };

function answersWith(ratedNumbers: number[]): Answers {
  return {
    ...emptyAnswers(),
    profile: communityPrimary({ 'school-name': 'Hill Primary' }),
    trusts: [
      { id: 't1', name: 'Oak Valley Learning Trust', answers: Object.fromEntries(ratedNumbers.map((n) => [q(n).id, rated])) },
      { id: 't2', name: 'Cedar Trust', answers: {} },
    ],
  };
}

const renderAt = (path: string) => openApp(path, { strict: true });

const questionPath = (trustId: string, n: number) => `/trusts/${trustId}/questions/${q(n).id}`;
const heading = (n: number) => screen.findByRole('heading', { level: 1, name: new RegExp(q(n).text.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
const lookFor = () => screen.getByTestId('look-for') as HTMLDetailsElement;

beforeEach(() => {
  useAnswers.setState({ answers: answersWith([]) });
});

describe('glossary links on a page rendered twice (StrictMode, as in development)', () => {
  it('still links each glossary term once on the question page', async () => {
    renderAt(questionPath('t1', 1));
    await heading(1);
    const links = within(lookFor()).getAllByRole('button', { name: /\(what this means\)$/ });
    expect(links.length).toBeGreaterThan(0);
    const names = links.map((l) => l.textContent?.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('links terms on the "What makes a strong trust" page too', async () => {
    renderAt('/strong-trusts');
    await screen.findByRole('heading', { level: 1, name: 'What makes a strong trust' });
    expect(screen.getAllByRole('button', { name: /\(what this means\)$/ }).length).toBeGreaterThan(0);
  });
});

describe('a glossary term on a page', () => {
  it('opens its definition with the date that entry was checked to (its own asOf)', async () => {
    renderAt(questionPath('t1', 1));
    await heading(1);
    const term = within(lookFor()).getAllByRole('button', { name: /\(what this means\)$/ })[0]!;
    await userEvent.click(term);
    const dialog = await screen.findByRole('dialog');
    const entry = content.glossary.find((g) => g.term === within(dialog).getByRole('heading').textContent);
    expect(entry).toBeDefined();
    expect(dialog.textContent).toContain(entry!.definition);
    expect(dialog.textContent).toContain(checkedAgainst(entry!.asOf));
  });
});

describe('"What to look for in the answer"', () => {
  it('is open the first time a trust’s question is seen, and closed on later visits', async () => {
    const first = renderAt(questionPath('t1', 2));
    await heading(2);
    expect(lookFor().open).toBe(true);
    first.unmount();

    const again = renderAt(questionPath('t1', 2));
    await heading(2);
    expect(lookFor().open).toBe(false);
    again.unmount();

    // The same question for another trust is a first visit.
    renderAt(questionPath('t2', 2));
    await heading(2);
    expect(lookFor().open).toBe(true);
  });

  it('opens for the next question too when the user goes on from one they had closed', async () => {
    const user = userEvent.setup();
    renderAt(questionPath('t1', 1));
    await heading(1);
    await user.click(within(lookFor()).getByText('What to look for in the answer'));
    expect(lookFor().open).toBe(false);
    await user.click(screen.getByRole('link', { name: /Go to the next question you have not answered/ }));
    await heading(2);
    expect(lookFor().open).toBe(true);
  });
});

describe('the questions asked on the page', () => {
  it('groups the rating and what it is based on as one judgement', async () => {
    renderAt(questionPath('t1', 1));
    await heading(1);
    const judgement = screen.getByRole('group', { name: 'Your judgement' });
    expect(within(judgement).getByRole('group', { name: 'How well does the trust answer this?' })).toBeInTheDocument();
    expect(within(judgement).getByRole('group', { name: 'What is your rating based on?' })).toBeInTheDocument();
    expect(within(judgement).queryByRole('group', { name: 'Did you find a red flag?' })).toBeNull();
    const followUp = screen.getByRole('group', { name: 'Red flags and notes' });
    expect(within(followUp).getByRole('group', { name: 'Did you find a red flag?' })).toBeInTheDocument();
    expect(within(followUp).getByRole('textbox', { name: /Notes/ })).toBeInTheDocument();
  });
});

describe('the link to the next question not yet answered', () => {
  it('skips questions already answered for this trust, and goes round to the start', async () => {
    useAnswers.setState({ answers: answersWith([1, 3, 4, 9]) });
    const user = userEvent.setup();
    renderAt(questionPath('t1', 2));
    await heading(2);
    await user.click(screen.getByRole('link', { name: `Go to the next question you have not answered for Oak Valley Learning Trust: question 5, ${q(5).shortTitle}` }));
    await heading(5);
    expect(screen.getByTestId('next-unanswered')).toHaveTextContent(`question 6, ${q(6).shortTitle}`);
  });

  it('goes round past the last question', async () => {
    useAnswers.setState({ answers: answersWith([1, 3]) });
    renderAt(questionPath('t1', 10));
    await heading(10);
    expect(screen.getByTestId('next-unanswered')).toHaveTextContent(`question 2, ${q(2).shortTitle}`);
  });

  it('says so when every other question is answered', async () => {
    useAnswers.setState({ answers: answersWith([1, 2, 3, 4, 5, 6, 7, 8, 9]) });
    renderAt(questionPath('t1', 10));
    await heading(10);
    expect(screen.getByTestId('next-unanswered')).toHaveTextContent('You have answered every other question for Oak Valley Learning Trust.');
    expect(screen.queryByRole('link', { name: /Go to the next question you have not answered/ })).toBeNull();
  });
});
