import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, expect, it } from 'vitest';
import { content } from '@/content';
import { emptyAnswers, type QuestionAnswer } from '@/domain/answers';
import { useAnswers } from '@/store/answers-store';
import { AppRoutes } from '@/ui/App';

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
        { id: 't4', name: 'Yew Trust', answers: { ...all({ rating: 'strong', evidence: 'verified' }), 'q07-local-boards': { rating: 'strong', evidence: 'verified', redFlag: true, redFlagNote: 'No local board minutes.' } } },
      ],
    },
  });
});

it('places each trust on the grid of fit label against evidence', async () => {
  render(
    <MemoryRouter initialEntries={['/report']}>
      <AppRoutes />
    </MemoryRouter>,
  );
  const section = (await screen.findByRole('heading', { name: 'Fit against evidence', level: 3 })).closest('section')!;
  const rows = within(section).getAllByRole('row');
  // Rows: strong, good, mixed, poor fit; columns: mostly told, partly checked, well checked.
  expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Strong fit');
  expect(within(rows[1]!).getAllByRole('cell')[2]).toHaveTextContent('Oak Trust');
  // An open red flag holds Yew Trust below the top label.
  expect(within(rows[2]!).getAllByRole('cell')[2]).toHaveTextContent('Yew Trust');
  expect(within(rows[4]!).getAllByRole('cell')[0]).toHaveTextContent('Ash Trust');
  expect(within(section).getByText(/Not placed yet .*Elm Trust/)).toBeInTheDocument();
});

it('names an open red flag beside the fit label', async () => {
  render(
    <MemoryRouter initialEntries={['/report']}>
      <AppRoutes />
    </MemoryRouter>,
  );
  const [heading] = await screen.findAllByRole('heading', { name: 'Yew Trust', level: 3 });
  const section = heading!.closest('.report-card') as HTMLElement;
  const label = within(section).getByText('Fit label').closest('div')!;
  expect(label).toHaveTextContent(/Good fit, with an open red flag on question 7 \(.+\)\./);
});
