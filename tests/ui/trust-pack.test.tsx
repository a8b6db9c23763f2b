import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAnswers, type Answers } from '@/domain/answers';
import { packToLinkData } from '@/domain/pack-link';
import { PACK_FORMAT, toPackFile, type TrustPack } from '@/domain/trust-pack';
import { fixtureContent } from '../fixtures/content';
import { PNG_LOGO } from '../fixtures/pack-arbitraries';
import { fullProfile } from '../fixtures/profiles';
import { openApp } from './render-app';

vi.mock('@/content', async () => {
  const { fixtureContent } = await import('../fixtures/content');
  return { content: fixtureContent };
});

const { useAnswers } = await import('@/store/answers-store');
const { useTrustPack } = await import('@/store/trust-pack-store');

const HOSTILE = '<script>window.__hacked = true</script><img src=x onerror="window.__hacked = true">';

const oakPack = (extra: Partial<TrustPack> = {}): TrustPack => ({
  trustName: 'Oak Valley Learning Trust',
  preparedOn: '2026-11-25',
  answers: {
    fq1: { answer: 'We put children first.\nEvery school keeps its own character.', links: [{ title: 'Our values', url: 'https://oak.example/values' }] },
  },
  about: { centralCharge: '5% of GAG, for finance, HR and school improvement.' },
  contacts: [{ name: 'Sam Patel', role: 'Chief executive', email: 'ceo@oak.example' }],
  links: [{ title: 'Accounts 2025', url: 'https://oak.example/accounts.pdf' }],
  ...extra,
});

const renderAt = (path: string) => openApp(path);

/** The fixture school, its profile finished, so its questions open. */
const school = (): Answers => ({ ...emptyAnswers(), profile: fullProfile(fixtureContent) });
const withTrust = (trust: Answers['trusts'][number]): Answers => ({ ...school(), trusts: [trust] });
const packFile = (content: unknown, name = 'oak-pack.json') => new File([JSON.stringify(content)], name, { type: 'application/json' });

beforeEach(() => {
  useAnswers.setState({ answers: school() });
  useTrustPack.getState().reset();
  delete (window as { __hacked?: boolean }).__hacked;
});

describe('a school with a trust pack', () => {
  it('sees the trust’s answer beside the question, marked “Provided by the trust”', async () => {
    useAnswers.setState({ answers: withTrust({ id: 't1', name: 'Oak Valley Learning Trust', answers: {}, pack: oakPack() }) });
    renderAt('/trusts/t1/questions/fq1');
    await screen.findByRole('heading', { level: 1, name: /Fixture question 1\?/ });
    const panel = screen.getByRole('region', { name: 'Provided by the trust' });
    expect(within(panel).getByText(/We put children first\./)).toBeInTheDocument();
    expect(within(panel).getByText(/Oak Valley Learning Trust, in its pack of 25 November 2026/)).toBeInTheDocument();
    const link = within(panel).getByRole('link', { name: /Our values/ });
    expect(link).toHaveAttribute('href', 'https://oak.example/values');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(panel).getByText(/nobody has checked it/)).toBeInTheDocument();
    // The panel comes before the school's own rating, and the rating is still unset.
    const rating = screen.getByRole('group', { name: 'How well does the trust answer this?' });
    expect(panel.compareDocumentPosition(rating) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(rating).getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
  });

  it('says when the pack has no answer to a question, and shows no panel without a pack', async () => {
    useAnswers.setState({ answers: withTrust({ id: 't1', name: 'Oak', answers: {}, pack: oakPack() }) });
    const { unmount } = renderAt('/trusts/t1/questions/fq2');
    await screen.findByRole('heading', { level: 1, name: /Fixture question 2\?/ });
    expect(screen.getByText(/pack has no answer to question 2/)).toBeInTheDocument();
    unmount();
    useAnswers.setState({ answers: withTrust({ id: 't1', name: 'Oak', answers: {} }) });
    renderAt('/trusts/t1/questions/fq1');
    await screen.findByRole('heading', { level: 1, name: /Fixture question 1\?/ });
    expect(screen.queryByText('Provided by the trust')).toBeNull();
  });

  it('shows a hostile pack as plain text: no script, no markup, no unsafe link', async () => {
    const hostile = oakPack({
      trustName: HOSTILE,
      answers: { fq1: { answer: HOSTILE, links: [{ title: HOSTILE, url: 'https://oak.example/"><script>x</script>' }] } },
      about: { vision: HOSTILE },
      contacts: [{ name: HOSTILE, role: HOSTILE, email: 'a@b.example' }],
    });
    // A link that got past every check would still render as text, never as a javascript: link.
    const tampered = { ...hostile, links: [{ title: 'Click me', url: 'javascript:alert(1)' }] };
    useAnswers.setState({ answers: withTrust({ id: 't1', name: 'Oak', answers: {}, pack: tampered }) });
    renderAt('/trusts/t1/questions/fq1');
    await screen.findByRole('heading', { level: 1, name: /Fixture question 1\?/ });
    const panel = screen.getByTestId('provided-by-trust');
    expect(within(panel).getAllByText(HOSTILE, { exact: false }).length).toBeGreaterThan(0);
    expect(panel.querySelector('script')).toBeNull();
    expect(panel.querySelector('img')).toBeNull();
    expect(panel.querySelectorAll('a[href^="javascript:"]')).toHaveLength(0);
    expect(within(panel).getByText(/Click me \(not a safe web address: javascript:alert\(1\)\)/)).toBeInTheDocument();
    for (const a of panel.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https:\/\//);
    expect((window as { __hacked?: boolean }).__hacked).toBeUndefined();
  });

  it('opens a pack from a file: the trust cannot set the school’s ratings', async () => {
    const user = userEvent.setup();
    const sneaky = {
      format: PACK_FORMAT,
      version: 1,
      pack: { ...oakPack(), answers: { fq1: { answer: 'We are strong.', rating: 'strong', evidence: 'verified' } }, ratings: { fq1: 'strong' } },
    };
    renderAt('/open-pack');
    await screen.findByRole('heading', { level: 1, name: 'Open a trust pack' });
    await user.upload(screen.getByLabelText('Choose a trust pack file (.json)'), packFile(sneaky));
    await user.click(await screen.findByRole('button', { name: 'Add Oak Valley Learning Trust to your trusts' }));
    await screen.findByText(/has been added to your trusts/);
    const trust = useAnswers.getState().answers.trusts[0]!;
    expect(trust.answers).toEqual({});
    expect(trust.pack?.answers).toEqual({ fq1: { answer: 'We are strong.' } });
    expect(JSON.stringify(useAnswers.getState().answers)).not.toMatch(/strong"|verified/);

    await user.click(screen.getByRole('link', { name: /answer beside question 1/ }));
    const rating = await screen.findByRole('group', { name: 'How well does the trust answer this?' });
    expect(within(rating).getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    expect(screen.getByText('We are strong.')).toBeInTheDocument();
  });

  it('attaches a pack to a trust of the same name after a confirmation that names what is replaced, keeping the school’s ratings', async () => {
    const user = userEvent.setup();
    const ours = { fq1: { rating: 'concern' as const, evidence: 'verified' as const, notes: 'Our visit' } };
    useAnswers.setState({ answers: withTrust({ id: 't1', name: 'oak valley learning trust', answers: ours, pack: oakPack({ preparedOn: '2026-01-10' }) }) });
    renderAt('/open-pack');
    await screen.findByRole('heading', { level: 1, name: 'Open a trust pack' });
    await user.upload(screen.getByLabelText('Choose a trust pack file (.json)'), packFile(toPackFile(oakPack({ answers: { fq1: { answer: 'New answer' } } }))));
    await user.click(await screen.findByRole('button', { name: 'Attach the pack to oak valley learning trust' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('replaces the trust’s answers from its pack of 10 January 2026 with those from its pack of 25 November 2026');
    expect(dialog).toHaveTextContent('Your own ratings, evidence, red flags and notes for oak valley learning trust are kept');
    await user.click(within(dialog).getByRole('button', { name: 'Yes, attach it' }));
    await screen.findByText(/now attached to Oak Valley Learning Trust/);
    const trust = useAnswers.getState().answers.trusts;
    expect(trust).toHaveLength(1);
    expect(trust[0]?.answers).toEqual(ours);
    expect(trust[0]?.pack?.answers.fq1?.answer).toBe('New answer');
    // The pack it replaced is kept in a restore point ("Your data" can go back to it).
    const { useRestorePoints } = await import('@/store/restore-points');
    const point = useRestorePoints.getState().points[0];
    expect(point).toMatchObject({ reason: 'pack', label: 'Before you opened the pack from Oak Valley Learning Trust' });
    expect(point?.answers.trusts[0]?.pack?.preparedOn).toBe('2026-01-10');
    expect(point?.answers.trusts[0]?.answers).toEqual(ours);
  });

  it('refuses hostile and broken files, saying what is wrong, and changes nothing', async () => {
    const user = userEvent.setup();
    const before = withTrust({ id: 't1', name: 'Elm', answers: { fq1: { rating: 'meets' } } });
    useAnswers.setState({ answers: before });
    renderAt('/open-pack');
    await screen.findByRole('heading', { level: 1, name: 'Open a trust pack' });
    const input = screen.getByLabelText('Choose a trust pack file (.json)');
    const cases: [File, RegExp][] = [
      [new File(['{"format":"should-we-join-a-trust/trust-pack","vers'], 'cut.json'), /cut.json could not be opened\. This is not a trust pack: it is damaged or cut short/],
      [new File([`{"format":"${PACK_FORMAT}","version":1,"pack":{"__proto__":{"x":1}}}`], 'proto.json'), /proto.json could not be opened\. .*not allowed \(__proto__\)/],
      [packFile({ ...toPackFile(oakPack()), version: 9 }, 'new.json'), /new.json could not be opened\. .*newer version/],
      [packFile(toPackFile(oakPack({ logo: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=' })), 'svg.json'), /svg.json could not be opened\. The logo must be a PNG or JPEG/],
    ];
    for (const [file, message] of cases) {
      await user.upload(input, file);
      const summary = await screen.findByRole('alert');
      await waitFor(() => expect(summary).toHaveTextContent(message));
      expect(summary).toHaveTextContent('Nothing has been changed');
    }
    expect(useAnswers.getState().answers).toEqual(before);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('opens a pack from a link', async () => {
    const user = userEvent.setup();
    const data = await packToLinkData(oakPack({ logo: PNG_LOGO, colour: '#0f6b3a' }));
    renderAt(`/open-pack?d=${data}`);
    const heading = await screen.findByRole('heading', { level: 2, name: 'Oak Valley Learning Trust' });
    expect(heading.closest('.pack-band')).toHaveStyle({ '--pack-colour': '#0f6b3a' });
    expect(screen.getByRole('img', { name: 'Oak Valley Learning Trust logo' })).toHaveAttribute('src', PNG_LOGO);
    expect(screen.getByText(/The link holds answers to 1 of 10 questions, 1 contact and 1 published document/)).toBeInTheDocument();
    expect(useAnswers.getState().answers.trusts).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Add Oak Valley Learning Trust to your trusts' }));
    await screen.findByText(/has been added/);
    expect(useAnswers.getState().answers.trusts[0]?.pack?.logo).toBe(PNG_LOGO);
  });

  it('says so when a link is damaged', async () => {
    const data = await packToLinkData(oakPack());
    renderAt(`/open-pack?d=${data.slice(0, 40)}`);
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(/The link could not be opened\. .*(damaged or cut short)/);
  });
});

describe('trust mode', () => {
  it('prepares a pack, checks it, and makes a link that opens it', async () => {
    const user = userEvent.setup();
    renderAt('/trust-mode');
    await screen.findByRole('heading', { level: 1, name: /Prepare a pack for schools/ });
    // Nothing entered: the name is asked for, with a link to the field.
    await user.click(screen.getByRole('button', { name: 'Make a link' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the trust’s name' })).toHaveAttribute('href', '#pack-trust-name');

    await user.type(screen.getByLabelText('Name of the trust'), 'Oak Valley Learning Trust');
    await user.type(screen.getByLabelText('Fixture question 1?'), 'We put children first.');
    await user.click(screen.getByRole('button', { name: 'Add a document' }));
    await user.type(screen.getByLabelText('Title'), 'Accounts');
    await user.type(screen.getByLabelText(/Web address/), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Make a link' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The address of document link 1 must start with https://'));
    expect(screen.getByLabelText(/Web address/)).toHaveAttribute('aria-invalid', 'true');

    await user.clear(screen.getByLabelText(/Web address/));
    await user.type(screen.getByLabelText(/Web address/), 'https://oak.example/accounts.pdf');
    await user.click(screen.getByRole('button', { name: 'Make a link' }));
    const box = await screen.findByLabelText('Link to your pack');
    const link = (box as HTMLTextAreaElement).value;
    expect(link).toMatch(/#\/open-pack\?d=Z[A-Za-z0-9_-]+$/);
    expect(screen.getByTestId('pack-message')).toHaveTextContent(/Your link is ready \([\d,]+ characters\)/);
    // The draft is kept apart from any school's answers.
    expect(useAnswers.getState().answers).toEqual(school());
    expect(JSON.parse(localStorage.getItem('join-a-trust:trust-pack') ?? '{}').state.draft.trustName).toBe('Oak Valley Learning Trust');

    // A school opening that link sees the trust's answers.
    cleanup();
    renderAt(link.slice(link.indexOf('#') + 1));
    await user.click(await screen.findByRole('button', { name: 'Add Oak Valley Learning Trust to your trusts' }));
    await user.click(await screen.findByRole('link', { name: /answer beside question 1/ }));
    const panel = await screen.findByRole('region', { name: 'Provided by the trust' });
    expect(panel).toHaveTextContent('We put children first.');
  }, 60_000);

  it('asks for the number of schools as a whole number from 1 to 500, and a school opening the pack sees it', async () => {
    const user = userEvent.setup();
    renderAt('/trust-mode');
    await screen.findByRole('heading', { level: 1, name: /Prepare a pack for schools/ });
    await user.type(screen.getByLabelText('Name of the trust'), 'Oak Valley Learning Trust');
    const schools = screen.getByLabelText('Number of schools in the trust (optional)');
    const sentence = 'Enter the number of schools in the trust as a whole number from 1 to 500, like 12';
    for (const typed of ['0', '501', '12.5', 'twelve', '1e2']) {
      await user.clear(schools);
      await user.type(schools, typed);
      await user.click(screen.getByRole('button', { name: 'Make a link' }));
      // The summary and the message by the field say the same sentence, and the link goes to the field.
      const summary = await screen.findByRole('alert');
      expect(within(summary).getByRole('link', { name: sentence })).toHaveAttribute('href', '#pack-schools');
      expect(document.getElementById('pack-schools-error')).toHaveTextContent(sentence);
      expect(schools).toHaveAttribute('aria-invalid', 'true');
      expect(screen.queryByLabelText('Link to your pack')).toBeNull();
    }
    await user.clear(schools);
    await user.type(schools, ' 12 ');
    await user.click(screen.getByRole('button', { name: 'Make a link' }));
    const link = ((await screen.findByLabelText('Link to your pack')) as HTMLTextAreaElement).value;
    cleanup();
    renderAt(link.slice(link.indexOf('#') + 1));
    expect(await screen.findByText(/The trust says it has 12 schools\./)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Add Oak Valley Learning Trust to your trusts' }));
    await waitFor(() => expect(useAnswers.getState().answers.trusts[0]?.pack?.schools).toBe(12));
  }, 60_000);

  it('checks the colour’s contrast and tells the trust when it falls back', async () => {
    const user = userEvent.setup();
    renderAt('/trust-mode');
    await screen.findByRole('heading', { level: 1, name: /Prepare a pack for schools/ });
    await user.click(screen.getByLabelText('Use our colour'));
    expect(screen.getByText(/Your colour will be used/)).toBeInTheDocument();
    useTrustPack.getState().update((d) => ({ ...d, colour: '#ffdd00' }));
    expect(await screen.findByText(/contrast of only 1\.\d to 1 .* dark blue instead/)).toBeInTheDocument();
    // The preview band does not use a colour that fails.
    expect(document.querySelector('.pack-band')?.getAttribute('style') ?? '').not.toContain('--pack-colour');
  });

  it('opening a pack file, or starting a new pack, can be undone: the pack being prepared comes back', async () => {
    const user = userEvent.setup();
    useTrustPack.getState().replace(oakPack({ trustName: 'Birch Trust' }));
    renderAt('/trust-mode');
    await screen.findByRole('heading', { level: 1, name: /Prepare a pack for schools/ });
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    await user.upload(screen.getByLabelText('Open a trust pack file to edit (.json)'), packFile(toPackFile(oakPack())));
    await waitFor(() => expect(useTrustPack.getState().draft.trustName).toBe('Oak Valley Learning Trust'));
    await user.click(screen.getByRole('button', { name: 'Undo: bring back the pack you were preparing' }));
    expect(useTrustPack.getState().draft.trustName).toBe('Birch Trust');
    expect(screen.getByTestId('pack-message')).toHaveTextContent('The pack you were preparing for Birch Trust is back.');
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Start a new pack' }));
    await user.click(await screen.findByRole('button', { name: 'Yes, delete it and start again' }));
    await waitFor(() => expect(useTrustPack.getState().draft.trustName).toBe(''));
    await user.click(await screen.findByRole('button', { name: 'Undo: bring back the pack you were preparing' }));
    expect(useTrustPack.getState().draft).toEqual(oakPack({ trustName: 'Birch Trust' }));
  });

  it('refuses an SVG logo and a logo over 100 kB', async () => {
    const user = userEvent.setup({ applyAccept: false });
    renderAt('/trust-mode');
    await screen.findByRole('heading', { level: 1, name: /Prepare a pack for schools/ });
    const input = screen.getByLabelText('Logo (optional)');
    await user.upload(input, new File(['<svg onload="alert(1)"/>'], 'logo.svg', { type: 'image/svg+xml' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('logo.svg could not be added. The logo must be a PNG or JPEG picture');
    await user.upload(input, new File([new Uint8Array(150_000)], 'big.png', { type: 'image/png' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('big.png could not be added. The logo is 150 kB, and the most is 100 kB.'));
    expect(useTrustPack.getState().draft.logo).toBeUndefined();
  });
});

describe('the report', () => {
  it('keeps “Provided by the trust” apart from “Checked by the school”, and links to the comparison', async () => {
    useAnswers.setState({
      answers: {
        ...emptyAnswers(),
        trusts: [
          { id: 't1', name: 'Oak', answers: { fq1: { rating: 'partial', evidence: 'documents', notes: 'Our own view.' } }, pack: oakPack({ trustName: 'Oak' }) },
          { id: 't2', name: 'Elm', answers: {} },
        ],
      },
    });
    renderAt('/report');
    const oak = await screen.findByRole('region', { name: 'Oak' });
    const q1 = within(oak).getByRole('heading', { level: 4, name: /1\. Fixture question 1\?/ }).closest('.report-question') as HTMLElement;
    expect(q1).toHaveTextContent(/Checked by the school: School’s assessment: Partly meets; Documents we have seen.*Our own view\..*Provided by the trust \(not checked\)We put children first\./);
    expect(within(oak).getByRole('heading', { level: 4, name: 'Provided by the trust' })).toBeInTheDocument();
    expect(within(oak).getByText('5% of GAG, for finance, HR and school improvement.')).toBeInTheDocument();
    const elm = screen.getByRole('region', { name: 'Elm' });
    expect(elm).not.toHaveTextContent(/Provided by the trust|Checked by the school/);
    expect(screen.getByRole('link', { name: 'Open the comparison page' })).toHaveAttribute('href', '/compare');
  });
});

describe('comparing trusts', () => {
  it('shows every trust side by side in a table with row and column headers', async () => {
    useAnswers.setState({
      answers: {
        ...emptyAnswers(),
        trusts: [
          { id: 't1', name: 'Oak', answers: { fq1: { rating: 'strong', evidence: 'verified' } }, pack: oakPack({ trustName: 'Oak' }) },
          { id: 't2', name: 'Elm', answers: { fq1: { rating: 'concern', evidence: 'claim', redFlag: true, redFlagNote: HOSTILE } } },
        ],
      },
    });
    renderAt('/compare');
    const table = await screen.findByRole('table', { name: 'Ratings, evidence strength and red flags for each trust' });
    expect(within(table).getByRole('columnheader', { name: 'Oak' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Elm' })).toBeInTheDocument();
    const q1 = within(table).getByRole('rowheader', { name: '1. Question 1' }).closest('tr')!;
    expect(q1).toHaveTextContent(/Strong.*Checked for ourselves.*Concern.*What the trust has told us.*Red flag/);
    expect(within(table).getByRole('rowheader', { name: 'Evidence strength' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Trust pack' }).closest('tr')).toHaveTextContent(/Provided by the trust, 25 November 2026.*None/);
    expect(screen.getByRole('region', { name: /Ratings, evidence strength/ })).toHaveAttribute('tabindex', '0');
    expect(screen.getByText(HOSTILE)).toBeInTheDocument();
    expect(document.querySelector('main script')).toBeNull();
  });
  it('shows each trust’s own facts from its pack beside the school’s ratings', async () => {
    const three = oakPack({
      trustName: 'Oak',
      answers: { fq1: { answer: 'Values.' }, fq2: { answer: '  ' }, fq3: { answer: '', links: [{ title: 'Plan', url: 'https://oak.example/plan' }] }, fq4: { answer: 'Standards.' } },
    });
    useAnswers.setState({
      answers: {
        ...emptyAnswers(),
        trusts: [
          { id: 't1', name: 'Oak', answers: { fq1: { rating: 'strong', evidence: 'verified' } }, pack: { ...three, schools: 12 } },
          { id: 't2', name: 'Elm', answers: {}, pack: oakPack({ trustName: 'Elm', about: {} }) },
          { id: 't3', name: 'Ash', answers: {} },
        ],
      },
    });
    renderAt('/compare');
    const table = await screen.findByRole('table', { name: 'Ratings, evidence strength and red flags for each trust' });
    const answered = within(table).getByRole('rowheader', { name: 'The trust’s own answers' }).closest('tr')!;
    expect([...answered.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      'The trust’s pack answered 3 of the 10 questions',
      'The trust’s pack answered 1 of the 10 questions',
      'No pack',
    ]);
    const charge = within(table).getByRole('rowheader', { name: 'Central charge, in the trust’s words' }).closest('tr')!;
    expect([...charge.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '5% of GAG, for finance, HR and school improvement.',
      'Not given in the trust’s pack',
      'No pack',
    ]);
    // The number of schools, beside the charge; a pack from before the field says it is not given.
    const schools = within(table).getByRole('rowheader', { name: 'Number of schools in the trust, as its pack says' }).closest('tr')!;
    expect([...schools.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['12 schools', 'Not given in the trust’s pack', 'No pack']);
    expect(charge.nextElementSibling).toBe(schools);
  });
});
