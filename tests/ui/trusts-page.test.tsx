import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyAnswers, type Answers } from '@/domain/answers';
import { useAnswers } from '@/store/answers-store';
import { openApp } from './render-app';

/*
 * "The trusts you are considering": GOV.UK add another (a name typed but not added is added by
 * the main button, or an error says why not), and names that keep their spaces while typed.
 */

const start = (trusts: Answers['trusts'] = []): Answers => ({
  ...emptyAnswers(),
  profile: { 'school-name': 'Hill Primary School' },
  trusts,
});
const names = () => useAnswers.getState().answers.trusts.map((t) => t.name);

const open = () => openApp('/trusts').user;

beforeEach(() => {
  useAnswers.setState({ answers: start() });
});

describe('add another', () => {
  it('a name typed but not added is added by “Save and continue”', async () => {
    const user = open();
    await user.type(await screen.findByRole('textbox', { name: 'Name of the trust' }), '  Oak Valley Learning Trust ');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: /tasks/i })).toBeInTheDocument();
    expect(names()).toEqual(['Oak Valley Learning Trust']);
  });

  it('a typed name that cannot be added stops the page with an error that says it was not added', async () => {
    useAnswers.setState({ answers: start([{ id: 't1', name: 'Oak Valley Learning Trust', answers: {} }]) });
    const user = open();
    const field = await screen.findByRole('textbox', { name: 'Add another trust' });
    await user.type(field, 'oak valley learning trust');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'oak valley learning trust has not been added. You have already added oak valley learning trust. Change the name or clear the box, then try again',
    ]);
    expect(document.activeElement).toBe(summary);
    expect(field).toHaveAccessibleDescription(/has not been added/);
    expect(names()).toEqual(['Oak Valley Learning Trust']);

    // Clearing the box lets the user go on.
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: /tasks/i })).toBeInTheDocument();
  });

  it('an empty box goes straight on, adding nothing', async () => {
    useAnswers.setState({ answers: start([{ id: 't1', name: 'Riverside', answers: {} }]) });
    const user = open();
    await user.click(await screen.findByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: /tasks/i })).toBeInTheDocument();
    expect(names()).toEqual(['Riverside']);
  });
});

describe('renaming a trust (#15)', () => {
  it('keeps the spaces typed between words, and trims only when the field is left', async () => {
    useAnswers.setState({ answers: start([{ id: 't1', name: 'Oak', answers: {} }]) });
    const user = open();
    const field = await screen.findByRole('textbox', { name: 'Name of trust 1' });
    await user.type(field, ' Valley ');
    expect(field).toHaveValue('Oak Valley ');
    expect(names()).toEqual(['Oak Valley ']);
    await user.tab();
    expect(names()).toEqual(['Oak Valley']);
    expect(field).toHaveValue('Oak Valley');
  });

  it('a name cleared to nothing is an error on the main button, not a nameless trust', async () => {
    useAnswers.setState({ answers: start([{ id: 't1', name: 'Oak', answers: {} }]) });
    const user = open();
    await user.clear(await screen.findByRole('textbox', { name: 'Name of trust 1' }));
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe('Enter the name of trust 1, or remove it');
  });
});
