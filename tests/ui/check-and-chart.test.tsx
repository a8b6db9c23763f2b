import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, expect, it } from 'vitest';
import { content } from '@/content';
import { emptyAnswers } from '@/domain/answers';
import { useAnswers } from '@/store/answers-store';
import { AppRoutes } from '@/ui/App';

const [q1, q2] = [...content.tenQuestions.questions].sort((a, b) => a.number - b.number);

beforeEach(() => {
  useAnswers.setState({
    answers: {
      ...emptyAnswers(),
      profile: { 'school-name': 'Hill Primary' },
      trusts: [
        {
          id: 't1',
          name: 'Oak Trust',
          answers: {
            [q1!.id]: { rating: 'concern', evidence: 'documents', redFlag: true, redFlagNote: 'No local board minutes.', notes: 'Asked the CEO twice.' },
            [q2!.id]: { rating: 'strong', evidence: 'verified' },
          },
        },
      ],
    },
  });
});

const at = (path: string) =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>,
  );

it('check your answers shows the notes and the wording of a red flag', async () => {
  at('/check');
  await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
  expect(screen.getByText('Red flag: No local board minutes.')).toBeInTheDocument();
  expect(screen.getByText('Notes: Asked the CEO twice.')).toBeInTheDocument();
});

it('a “Concern” rating has a visible bar in the report’s chart, not an empty one', async () => {
  const view = at('/report');
  await screen.findByRole('heading', { level: 1, name: /Readiness report/ });
  const table = screen.getByRole('table', { name: 'Ratings and evidence for Oak Trust' });
  const bar = table.querySelector('tbody tr .rating-bar') as HTMLElement;
  expect(bar.style.width).toBe('0.5em');
  view.unmount();
});
