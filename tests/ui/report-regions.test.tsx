import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { content } from '@/content';
import type { Answers } from '@/domain/answers';
import { useAnswers } from '@/store/answers-store';
import { AppRoutes } from '@/ui/App';
import { completeAssessment, decidedAssessment, longAssessment } from '../report/scenarios';

/*
 * Every region on the report page has a name of its own: a screen reader user moving by
 * landmarks never hears the same name twice (a section and the scroll box of the table in it
 * once shared "The trusts side by side"). Each scroll box stays a named region that the
 * keyboard can reach, as a scrolling table must be.
 */

const scenarios: [string, (c: typeof content) => Answers][] = [
  ['two trusts, every question and step done', completeAssessment],
  ['the board’s decision recorded', (c) => decidedAssessment(c)],
  ['one trust, long notes and red flags', longAssessment],
];

async function regionNames(answers: Answers): Promise<{ names: string[]; boxes: HTMLElement[] }> {
  useAnswers.setState({ answers });
  render(
    <MemoryRouter initialEntries={['/report']}>
      <AppRoutes />
    </MemoryRouter>,
  );
  await screen.findByRole('heading', { level: 1, name: /Readiness report/ });
  await screen.findByRole('heading', { level: 2, name: /How the scores work/ });
  const names: string[] = [];
  // The name option is given each region's accessible name, as a screen reader works it out.
  screen.getAllByRole('region', {
    name: (name) => {
      names.push(name);
      return true;
    },
  });
  return { names, boxes: [...document.querySelectorAll<HTMLElement>('.table-wrap')] };
}

describe('the report page’s regions', () => {
  it.each(scenarios)('%s: no two regions share a name, and every scroll box is a named region the keyboard reaches', async (_, make) => {
    const { names, boxes } = await regionNames(make(content));
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((n) => n.trim() === '')).toEqual([]);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      expect(box).toHaveAttribute('role', 'region');
      expect(box).toHaveAttribute('tabindex', '0');
    }
    // The table of trusts keeps a name that says what it holds.
    const trusts = make(content).trusts.length > 1 ? 'The trusts side by side' : 'The trust at a glance';
    expect(screen.getByRole('region', { name: trusts })).toContainElement(screen.getByRole('region', { name: `Table: ${trusts}` }));
  });
});
