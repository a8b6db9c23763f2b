import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAnswers } from '@/domain/answers';
import { MAX_FILE_BYTES } from '@/domain/save-file';
import { MAX_PACK_CHARS } from '@/domain/trust-pack';
import { UNCHANGED } from '@/ui/components/refused-file';

vi.mock('@/content', async () => {
  const { fixtureContent } = await import('../fixtures/content');
  return { content: fixtureContent };
});

const { AppRoutes } = await import('@/ui/App');
const { useAnswers } = await import('@/store/answers-store');
const { useTrustPack } = await import('@/store/trust-pack-store');

beforeEach(() => {
  useAnswers.setState({ answers: { ...emptyAnswers(), profile: { 'school-name': 'Hill' } } });
  useTrustPack.getState().reset();
});

/** A file that says it is bigger than `size` without holding that many bytes. */
const bigFile = (size: number) => {
  const file = new File(['{}'], 'big.json');
  Object.defineProperty(file, 'size', { value: size + 1 });
  return file;
};

const pages = [
  { path: '/your-data', heading: /^Your data/, input: 'Choose a save file (.json)', unchanged: UNCHANGED.answers, tooBig: MAX_FILE_BYTES },
  { path: '/open-pack', heading: /^Open a trust pack/, input: 'Choose a trust pack file (.json)', unchanged: UNCHANGED.answers, tooBig: MAX_PACK_CHARS * 4 },
  { path: '/trust-mode', heading: /Prepare a pack for schools/, input: 'Open a trust pack file to edit (.json)', unchanged: UNCHANGED.pack, tooBig: MAX_PACK_CHARS * 4 },
];

describe('every page that opens a file says the same "Nothing has been changed" when it refuses one', () => {
  for (const page of pages) {
    it(`${page.path}: a broken file and a file too big each end with it`, async () => {
      const user = userEvent.setup();
      render(
        <MemoryRouter initialEntries={[page.path]}>
          <AppRoutes />
        </MemoryRouter>,
      );
      await screen.findByRole('heading', { level: 1, name: page.heading });
      const input = screen.getByLabelText(page.input);
      for (const file of [new File(['{"format": '], 'cut.json'), bigFile(page.tooBig)]) {
        await user.upload(input, file);
        const summary = await screen.findByRole('alert');
        await waitFor(() => expect(within(summary).getAllByRole('link').at(-1)).toHaveTextContent(page.unchanged));
        expect(within(summary).getAllByRole('link')[0]).toHaveTextContent(`${file.name} could not be opened.`);
      }
    });
  }
});
