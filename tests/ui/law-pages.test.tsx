import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { content } from '@/content';
import { applicableStages, emptyAnswers } from '@/domain/answers';
import { formatDateLong } from '@/domain/dates';
import { useAnswers } from '@/store/answers-store';
import { AppRoutes } from '@/ui/App';
import { communityPrimary } from '../fixtures/profiles';

/*
 * The pages that state legal points: each item's own date in words, "not legal advice" once and
 * plainly, and the journey's words on the intervention route (the board does not decide).
 */

const profile = communityPrimary({ 'school-name': 'Hill Primary' });
const intervention = { ...profile, 'existing-order': 'intervention' };

let view: ReturnType<typeof render> | undefined;
afterEach(() => view?.unmount());

function open(path: string, p: Record<string, string> = profile) {
  useAnswers.setState({ answers: { ...emptyAnswers(), profile: p } });
  view = render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>,
  );
  return view;
}

describe('the glossary page', () => {
  it('shows each entry’s own date in words, and says once that it is not legal advice', async () => {
    open('/glossary');
    await screen.findByRole('heading', { level: 1, name: 'Glossary' });
    for (const entry of content.glossary) {
      const section = document.getElementById(entry.id)!;
      expect(section, entry.id).not.toBeNull();
      expect(within(section).getByText(`Checked against sources published up to ${formatDateLong(entry.asOf)}.`)).toBeTruthy();
    }
    expect(screen.getAllByText(/not legal advice/i)).toHaveLength(1 + 1); // the page's own line, and the footer
  });

  it('the date comes from the entry, not from one date for the page', async () => {
    const first = [...content.glossary].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'))[0]!;
    const original = first.asOf;
    first.asOf = '2026-03-31';
    try {
      open('/glossary');
      await screen.findByRole('heading', { level: 1, name: 'Glossary' });
      expect(within(document.getElementById(first.id)!).getByText('Checked against sources published up to 31 March 2026.')).toBeTruthy();
    } finally {
      first.asOf = original;
    }
  });
});

describe('the facts and myths page', () => {
  it('says once that it is not legal advice, and gives each answer its date', async () => {
    open('/myths');
    await screen.findByRole('heading', { level: 1, name: 'Facts and myths' });
    expect(screen.getAllByText(/not legal advice/i)).toHaveLength(1 + 1); // the page's own line, and the footer
    expect(screen.getAllByText(/^Checked against sources published up to \d+ \w+ \d{4}\.$/)).toHaveLength(content.myths.length);
  });
});

describe('the report’s notes on the school', () => {
  it('give the date their sources were checked to, in words', async () => {
    open('/report', intervention);
    const section = (await screen.findByRole('heading', { name: /Your school’s context/ })).closest('section')!;
    const note = content.profile.find((q) => q.id === 'existing-order')!.contextNotes.find((n) => n.values.includes('intervention'))!;
    const item = within(section).getByText(/Does your school already have an academy order\?/).closest('li')!;
    expect(item).toHaveTextContent(`Checked against sources published up to ${formatDateLong(note.asOf)}.`);
  });
});

describe('the journey on the intervention route', () => {
  it('the task list does not speak of the board’s decision', async () => {
    open('/tasks', intervention);
    expect(await screen.findByRole('heading', { level: 2, name: '4. After the Regional Director chooses the trust' })).toBeTruthy();
    expect(document.getElementById('overall-progress')).toHaveTextContent(/^\d+ of \d+ early steps done$/);
    expect(document.body.textContent).not.toMatch(/before the decision|governing board decides/);
    expect(screen.queryByRole('link', { name: /The board decides and passes a resolution/ })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: '2. The trust DfE proposes' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/trusts you are considering/);
  });

  it('while a school that chose to convert still sees the decision', async () => {
    open('/tasks');
    expect(await screen.findByRole('heading', { level: 2, name: '4. After the decision' })).toBeTruthy();
    expect(document.getElementById('overall-progress')).toHaveTextContent(/done before the decision$/);
  });

  it('the decision page asks for the views the board gives DfE, not whether it agreed to proceed', async () => {
    for (const [p, legend, option] of [
      [intervention, 'What views did the governing board agree to give DfE on the trust proposed?', 'Supports joining the trust proposed, with conditions'],
      [profile, 'What did the governing board decide?', 'Agreed to proceed, with conditions'],
    ] as const) {
      useAnswers.setState({ answers: { ...emptyAnswers(), profile: p, trusts: [{ id: 't1', name: 'Oak Trust', answers: {} }] } });
      const v = render(
        <MemoryRouter initialEntries={['/meeting/decision?trust=t1']}>
          <AppRoutes />
        </MemoryRouter>,
      );
      const group = await screen.findByRole('group', { name: legend });
      expect(within(group).getByLabelText(option)).toBeTruthy();
      if (p === intervention) expect(group.textContent).not.toMatch(/proceed/i);
      v.unmount();
    }
  });

  it('a step after the order says it comes after the Regional Director chooses the trust', async () => {
    open('/steps/funding-and-costs', intervention);
    expect(await screen.findByText('This stage comes after the Regional Director chooses the trust.')).toBeTruthy();
  });

  it('a step’s caption names its stage as this school sees it, counting only the steps that apply', async () => {
    for (const [p, stepId] of [
      [intervention, 'funding-and-costs'],
      [profile, 'board-resolution'],
    ] as const) {
      const stage = applicableStages(content, p).find((s) => s.steps.some((x) => x.id === stepId))!;
      const at = stage.steps.findIndex((x) => x.id === stepId);
      expect(stage.steps.length, 'some steps of the stage do not apply, so the count can differ').toBeLessThan(
        content.stages.find((s) => s.id === stage.id)!.steps.length,
      );
      const v = open(`/steps/${stepId}`, p);
      expect(await screen.findByText(`${stage.title}: step ${at + 1} of ${stage.steps.length}`)).toBeTruthy();
      v.unmount();
    }
    view = undefined;
  });
});

describe('a step in the school’s own words', () => {
  /** A paragraph whose words match, read as they show (a glossary term's hidden "(what this means)" left out). */
  const para = (re: RegExp) => (_: string, el: Element | null) => el?.tagName === 'P' && re.test((el.textContent ?? '').replaceAll(' (what this means)', ''));
  it('the land step tells a church school about its site trustees, and a community school about its lease, each with its own sources', async () => {
    const church = { ...profile, 'school-type': 'voluntary-controlled', church: 'church-of-england', diocese: 'Diocese of Ely' };
    let v = open('/steps/land-arrangements', church);
    expect(await screen.findByText(para(/^At a church school the land is usually held by the church's site trustees/))).toBeTruthy();
    expect(screen.queryByText(para(/125-year lease/))).toBeNull();
    v.unmount();
    v = open('/steps/land-arrangements', profile);
    expect(await screen.findByText(para(/^The council owns your school's land\. It usually grants the trust a 125-year lease/))).toBeTruthy();
    expect(screen.queryByText(para(/church/i))).toBeNull();
    v.unmount();
    open('/steps/land-arrangements', { ...profile, 'school-type': 'single-academy-trust' });
    expect(await screen.findByText(para(/^Your academy trust already holds the land/))).toBeTruthy();
    const sources = content.sources.find((s) => s.id === 'gov-transfers')!;
    expect(screen.getAllByText(new RegExp(sources.title.slice(0, 30))).length).toBeGreaterThan(0);
  });
});
