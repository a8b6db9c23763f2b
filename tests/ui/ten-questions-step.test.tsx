import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { expect, it } from 'vitest';
import { content } from '@/content';
import { emptyAnswers, type QuestionAnswer } from '@/domain/answers';
import { useAnswers } from '@/store/answers-store';
import { AppRoutes } from '@/ui/App';
import { communityPrimary } from '../fixtures/profiles';

const all = (answer: QuestionAnswer) => Object.fromEntries(content.tenQuestions.questions.map((q) => [q.id, answer]));
const profile = communityPrimary({ 'school-name': 'Hill Primary', 'trust-count': 'two-or-three' });

function open(trusts: { id: string; name: string; answers: Record<string, QuestionAnswer> }[]) {
  useAnswers.setState({ answers: { ...emptyAnswers(), profile, trusts } });
  return render(
    <MemoryRouter initialEntries={['/steps/ask-ten-questions']}>
      <AppRoutes />
    </MemoryRouter>,
  );
}

it('links to each trust’s ten questions and is in progress until every trust is answered', async () => {
  const view = open([
    { id: 't1', name: 'Oak Trust', answers: all({ rating: 'strong' }) },
    { id: 't2', name: 'Ash Trust', answers: {} },
  ]);
  const list = await screen.findByRole('list', { name: 'The ten questions for each trust' });
  const oak = within(list).getByRole('link', { name: 'Ten questions for Oak Trust' });
  const ash = within(list).getByRole('link', { name: 'Ten questions for Ash Trust' });
  expect(oak.getAttribute('href')).toMatch(/^\/trusts\/t1\/questions\//);
  expect(ash.getAttribute('href')).toBe(`/trusts/t2/questions/${content.tenQuestions.questions[0]!.id}`);
  expect(list).toHaveTextContent('10 of 10 answered');
  expect(list).toHaveTextContent('0 of 10 answered');
  // The app sets the status; there are no status radios to contradict it.
  expect(screen.getByText(/Where you are with this step/)).toHaveTextContent('In progress');
  expect(screen.queryByRole('radio')).toBeNull();
  view.unmount();
});

it('shows done once every trust’s ten questions are answered', async () => {
  open([
    { id: 't1', name: 'Oak Trust', answers: all({ rating: 'strong' }) },
    { id: 't2', name: 'Ash Trust', answers: all({ rating: 'unsure' }) },
  ]);
  expect(await screen.findByText(/Where you are with this step/, undefined)).toHaveTextContent('Done');
});
