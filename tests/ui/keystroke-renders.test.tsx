import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { content } from '@/content';
import { applicableStages, emptyAnswers } from '@/domain/answers';
import { fullProfile } from '../report/scenarios';
import { useAnswers } from '@/store/answers-store';
import { flushSaves } from '@/store/safe-storage';

/**
 * A keystroke re-renders only the field it changes (issue 16): not the page's guidance, not
 * the other fields. Counted by wrapping the shared components, so the count does not depend
 * on how fast the machine is.
 */
const renders = vi.hoisted(() => ({ glossary: 0, radios: 0, fields: {} as Record<string, number> }));

vi.mock('@/ui/components/GlossaryText', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/ui/components/GlossaryText')>();
  return {
    ...real,
    GlossaryText: (props: ComponentProps<typeof real.GlossaryText>) => {
      renders.glossary += 1;
      return real.GlossaryText(props);
    },
  };
});
vi.mock('@/ui/components/Radios', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/ui/components/Radios')>();
  return {
    ...real,
    Radios: (props: ComponentProps<typeof real.Radios>) => {
      renders.radios += 1;
      return real.Radios(props);
    },
  };
});
vi.mock('@/ui/components/TextField', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/ui/components/TextField')>();
  return {
    ...real,
    TextField: (props: ComponentProps<typeof real.TextField>) => {
      renders.fields[props.id] = (renders.fields[props.id] ?? 0) + 1;
      return real.TextField(props);
    },
  };
});

const { AppRoutes } = await import('@/ui/App');
const [q1, q2] = [...content.tenQuestions.questions].sort((a, b) => a.number - b.number);
const longNote = 'The board met the trust twice. '.repeat(400);

function reset() {
  renders.glossary = 0;
  renders.radios = 0;
  renders.fields = {};
}

beforeEach(() => {
  useAnswers.setState({
    answers: {
      ...emptyAnswers(),
      profile: { ...fullProfile(content), 'school-name': 'Hill Primary' },
      trusts: [
        {
          id: 't1',
          name: 'Oak Trust',
          answers: {
            [q1!.id]: { rating: 'meets', evidence: 'documents', notes: longNote },
            [q2!.id]: { rating: 'concern', evidence: 'claim', redFlag: true, redFlagNote: 'Reserves' },
          },
        },
      ],
    },
  });
});

describe('typing re-renders only its own field', () => {
  it('a question’s notes: not the guidance, not the radios, not the red flag note', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={[`/trusts/t1/questions/${q2!.id}`]}>
        <AppRoutes />
      </MemoryRouter>,
    );
    const notes = await screen.findByRole('textbox', { name: 'Notes (optional)' });
    expect(renders.glossary).toBeGreaterThan(0);
    reset();
    await user.type(notes, 'Asked for the accounts');
    expect(renders.fields[`${q2!.id}-notes`]).toBe('Asked for the accounts'.length);
    expect(renders.glossary).toBe(0);
    expect(renders.radios).toBe(0);
    expect(renders.fields[`${q2!.id}-red-flag-note`]).toBeUndefined();
    // Every keystroke is in the store, and in storage once saved.
    expect(useAnswers.getState().answers.trusts[0]!.answers[q2!.id]).toMatchObject({ notes: 'Asked for the accounts', rating: 'concern', redFlagNote: 'Reserves' });
    flushSaves();
    expect(localStorage.getItem('join-a-trust:answers')).toContain('Asked for the accounts');
  });

  it('a step’s note: not the step’s guidance or its status', async () => {
    const step = applicableStages(content, useAnswers.getState().answers.profile)[0]!.steps[0]!;
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={[`/steps/${step.id}`]}>
        <AppRoutes />
      </MemoryRouter>,
    );
    const note = await screen.findByRole('textbox', { name: 'Notes (optional)' });
    reset();
    await user.type(note, 'Chair to write');
    expect(renders.fields[`step-note-${step.id}`]).toBe('Chair to write'.length);
    expect(renders.glossary).toBe(0);
    expect(renders.radios).toBe(0);
    expect(useAnswers.getState().answers.steps[step.id]?.note).toBe('Chair to write');
  });

  it('the school’s name: the field only', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/profile/school-name']}>
        <AppRoutes />
      </MemoryRouter>,
    );
    const name = await screen.findByRole('textbox');
    reset();
    await user.type(name, ' School');
    expect(renders.fields['profile-school-name']).toBe(' School'.length);
    expect(useAnswers.getState().answers.profile['school-name']).toBe('Hill Primary School');
  });
});
