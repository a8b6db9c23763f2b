import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { content } from '@/content';
import { emptyAnswers } from '@/domain/answers';
import { useAnswers } from '@/store/answers-store';
import { AppRoutes } from '@/ui/App';
import { caption } from '@/ui/components/caption';
import { communityPrimary } from '../fixtures/profiles';

const doubled = /[?!.:;,]\s*[:;,]|[:;,]\s*[?!.:;,]/;

describe('captions never double their punctuation', () => {
  it('joins parts with a colon, or only a space after a part that already ends in punctuation', () => {
    expect(caption('Getting started', 'step 1 of 4')).toBe('Getting started: step 1 of 4');
    expect(caption('Deciding: why join a trust?', 'step 1 of 4')).toBe('Deciding: why join a trust? Step 1 of 4');
    expect(caption('Oak Valley Trust Ltd.', 'question 2 of 10')).toBe('Oak Valley Trust Ltd. Question 2 of 10');
    expect(caption('Oak:', 'question 2 of 10')).toBe('Oak: question 2 of 10');
    expect(caption('  ', 'question 2 of 10')).toBe('question 2 of 10');
  });

  it('gives no doubled punctuation for any stage of the real content', () => {
    for (const stage of content.stages) {
      expect(caption(stage.title, `step 1 of ${stage.steps.length}`), stage.title).not.toMatch(doubled);
    }
  });

  it('shows "Deciding: why join a trust? Step 1 of 4" on the first step page', async () => {
    const stage = content.stages.find((s) => s.title.endsWith('?'));
    expect(stage, 'a stage whose title ends in a question mark').toBeDefined();
    const step = stage!.steps[0]!;
    useAnswers.setState({
      answers: {
        ...emptyAnswers(),
        profile: communityPrimary(),
      },
    });
    render(
      <MemoryRouter initialEntries={[`/steps/${step.id}`]}>
        <AppRoutes />
      </MemoryRouter>,
    );
    const heading = await screen.findByRole('heading', { level: 1, name: new RegExp(step.title) });
    const shown = heading.querySelector('.caption')?.textContent ?? '';
    expect(shown).toBe(`${stage!.title} Step 1 of ${stage!.steps.length}`);
    expect(shown).not.toMatch(doubled);
  });
});
