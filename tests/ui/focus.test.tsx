import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, expect, it } from 'vitest';
import { emptyAnswers } from '@/domain/answers';
import { useAnswers } from '@/store/answers-store';
import { AppRoutes } from '@/ui/App';

beforeEach(() => {
  useAnswers.setState({ answers: emptyAnswers() });
});

it('moves focus to the new page’s heading, even when the page loads on demand', async () => {
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={['/']}>
      <AppRoutes />
    </MemoryRouter>,
  );
  await user.click(await screen.findByRole('button', { name: 'Start now' }));
  const heading = await screen.findByRole('heading', { level: 1, name: /What is your school called/ });
  await waitFor(() => expect(document.activeElement).toBe(heading));
  expect(document.title).toBe('What is your school called? – Should we join a trust?');

  await user.type(screen.getByRole('textbox'), 'Hill Primary');
  await user.click(screen.getByRole('button', { name: 'Save and continue' }));
  const next = await screen.findByRole('heading', { level: 1, name: /Which phase/ });
  await waitFor(() => expect(document.activeElement).toBe(next));
  expect(useAnswers.getState().answers.profile['school-name']).toBe('Hill Primary');
});
