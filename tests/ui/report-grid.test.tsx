import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, expect, it } from 'vitest';
import { content } from '../../src/content';
import { emptyAnswers, type QuestionAnswer } from '../../src/domain/answers';
import { useAnswers } from '../../src/store/answers-store';
import { AppRoutes } from '../../src/ui/App';

const all = (answer: QuestionAnswer) => Object.fromEntries(content.tenQuestions.questions.map((q) => [q.id, answer]));

beforeEach(() => {
  useAnswers.setState({
    answers: {
      ...emptyAnswers(),
      profile: { 'school-name': 'Hill Primary' },
      trusts: [
        { id: 't1', name: 'Oak Trust', answers: all({ rating: 'strong', evidence: 'verified' }) },
        { id: 't2', name: 'Ash Trust', answers: all({ rating: 'concern', evidence: 'claim' }) },
        { id: 't3', name: 'Elm Trust', answers: {} },
      ],
    },
  });
});

it('places each trust on the 2×2 of fit against evidence', async () => {
  render(
    <MemoryRouter initialEntries={['/report']}>
      <AppRoutes />
    </MemoryRouter>,
  );
  const section = (await screen.findByRole('heading', { name: 'Fit against evidence', level: 2 })).closest('section')!;
  const rows = within(section).getAllByRole('row');
  // Row 1: high fit (promising | strong fit); row 2: low fit (unclear | poor fit).
  expect(within(rows[1]!).getAllByRole('cell')[1]).toHaveTextContent('Strong fitOak Trust');
  expect(within(rows[2]!).getAllByRole('cell')[0]).toHaveTextContent('Unclear — ask moreAsh Trust');
  expect(within(section).getByText(/Not placed yet .*Elm Trust/)).toBeInTheDocument();
});
