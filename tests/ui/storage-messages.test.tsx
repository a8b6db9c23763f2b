import { render, screen, within } from '@testing-library/react';
import { act } from 'react';
import { afterEach, expect, it } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import { reportStorage } from '@/store/storage-status';
import { Layout } from '@/ui/Layout';

afterEach(() => {
  act(() => reportStorage({ problem: undefined }));
});

it('the storage messages load only when there is one to show, inside the live region that is always there', async () => {
  const { container } = render(
    <MemoryRouter initialEntries={['/']}>
      <Routes>
        <Route element={<Layout />}>
          <Route path="/" element={<h1>Start</h1>} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
  const live = container.querySelector('main [aria-live="polite"]') as HTMLElement;
  expect(live).toBeInTheDocument();
  expect(live).toBeEmptyDOMElement();
  act(() => reportStorage({ problem: 'full' }));
  expect(await within(live).findByRole('heading', { name: 'This device’s storage is full' })).toBeInTheDocument();
  expect(screen.getAllByText(/Not saved/).length).toBeGreaterThan(0);
});
