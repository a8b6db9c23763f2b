import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { content } from '@/content';
import { emptyAnswers, type Answers } from '@/domain/answers';
import { MEMBER_VIEW_FORMAT, readMemberViewFile, toMemberViewFile } from '@/domain/meeting-files';
import type { MemberView } from '@/domain/answers';
import { toInvitationFile } from '@/domain/meeting-link';
import { useAnswers } from '@/store/answers-store';
import { MEMBER_KEY, useMemberViews } from '@/store/member';
import { openApp } from './render-app';

const ASSESSMENT = '6f1c2b7a-3d4e-4f50-9a61-7b8c9d0e1f2a';
const questionIds = content.tenQuestions.questions.map((q) => q.id);

const view = (id: string, ratings: MemberView['ratings'], name?: string): MemberView => ({
  id,
  ...(name ? { name } : {}),
  trustId: 't1',
  trustName: 'Riverside Learning Trust',
  ratings,
  recordedOn: '2026-12-01',
});
const anna = view('aaaaaaaa-0000-4000-8000-000000000001', { 'q01-values': 'strong', 'q02-autonomy': 'concern' }, 'Anna Khan');
const ben = view('bbbbbbbb-0000-4000-8000-000000000002', { 'q01-values': 'meets', 'q02-autonomy': 'strong' }, 'Ben Ode');
const cat = view('cccccccc-0000-4000-8000-000000000003', { 'q01-values': 'strong', 'q02-autonomy': 'partial', 'q03-standards': 'unsure' });

const start = (): Answers => ({
  ...emptyAnswers(),
  profile: { 'school-name': 'Hill Primary School' },
  assessmentId: ASSESSMENT,
  trusts: [
    {
      id: 't1',
      name: 'Riverside Learning Trust',
      answers: { 'q02-autonomy': { rating: 'partial', evidence: 'documents', notes: 'Private note about the CEO.', redFlag: true, redFlagNote: 'Scheme of delegation not seen.' } },
    },
  ],
  meeting: { views: [anna], agreed: {} },
});

const jsonFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });
const viewFile = (name: string, v: MemberView, assessmentId = ASSESSMENT) => jsonFile(name, JSON.stringify(toMemberViewFile(assessmentId, v)));

const open = (path: string) => openApp(path).user;

const views = () => useAnswers.getState().answers.meeting?.views ?? [];

beforeEach(() => {
  useAnswers.setState({ answers: start() });
  useMemberViews.setState({ drafts: [] });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('adding governors’ files', () => {
  it('adds good files, names each bad file in the error summary, and loses nothing already recorded', async () => {
    const user = open('/meeting');
    const input = await screen.findByLabelText('Choose governors’ view files (.json)');
    const before = useAnswers.getState().answers;
    await user.upload(input, [
      viewFile('ben.json', ben),
      viewFile('anna-again.json', anna),
      jsonFile('cut-short.json', JSON.stringify(toMemberViewFile(ASSESSMENT, cat)).slice(0, 80)),
      viewFile('other-school.json', cat, '99999999-aaaa-4bbb-8ccc-dddddddddddd'),
      jsonFile('newer.json', JSON.stringify({ ...toMemberViewFile(ASSESSMENT, cat), version: 9 })),
      jsonFile('hostile.json', JSON.stringify(toMemberViewFile(ASSESSMENT, cat)).replace('"ratings":{', '"ratings":{"__proto__":{"x":1},')),
    ]);

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const problems = within(summary).getAllByRole('link').map((a) => a.textContent);
    expect(problems).toEqual([
      expect.stringMatching(/^anna-again\.json was not added\. This view is already recorded/),
      expect.stringMatching(/^cut-short\.json was not added\. The file is damaged or cut short/),
      expect.stringMatching(/^other-school\.json was not added\. It was made for a different assessment/),
      expect.stringMatching(/^newer\.json was not added\. The file was made by a newer version of this tool/),
      expect.stringMatching(/^hostile\.json was not added\. .*not allowed \(__proto__\)/),
    ]);
    expect(screen.getByText('6 files read: 1 added, 5 not added.')).toBeInTheDocument();
    expect(screen.getByText('Added a governor’s view of Riverside Learning Trust from ben.json (2 of 10 questions answered).')).toBeInTheDocument();

    // Only Ben's view is new; Anna's is as it was; the school's own answers are untouched.
    expect(views()).toEqual([anna, ben]);
    expect(useAnswers.getState().answers.trusts).toEqual(before.trusts);
    expect(useAnswers.getState().answers.profile).toEqual(before.profile);

    // An error link moves focus to the line about that file.
    await user.click(within(summary).getAllByRole('link')[1]!);
    expect(document.activeElement?.textContent).toMatch(/cut-short\.json/);
  });

  it('adding the same file twice changes nothing', async () => {
    const user = open('/meeting');
    const input = await screen.findByLabelText('Choose governors’ view files (.json)');
    await user.upload(input, viewFile('ben.json', ben));
    const once = useAnswers.getState().answers.meeting;
    await user.upload(input, viewFile('ben-copy.json', ben));
    expect(await screen.findByText(/^ben-copy\.json was not added\. This view is already recorded/, { selector: 'a' })).toBeInTheDocument();
    expect(useAnswers.getState().answers.meeting).toBe(once);
  });

  it('refuses an oversized file without reading it', async () => {
    const user = open('/meeting');
    const input = await screen.findByLabelText('Choose governors’ view files (.json)');
    await user.upload(input, jsonFile('huge.json', 'x'.repeat(300_000)));
    expect(await screen.findByText(/^huge\.json was not added\. The file is too big/, { selector: 'a' })).toBeInTheDocument();
    expect(views()).toEqual([anna]);
  });

  it('lists views by number, not name, until names are asked for; a view can be removed', async () => {
    const user = open('/meeting');
    await screen.findByRole('heading', { name: '3. Views recorded' });
    expect(screen.queryByText(/Anna Khan/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show names' }));
    expect(screen.getByText(/View 1: Anna Khan/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove view 1' }));
    await user.click(await screen.findByRole('button', { name: 'Yes, remove this view' }));
    expect(views()).toEqual([]);
  });
});

describe('recording views in turn on this device', () => {
  it('saves each view and clears the form for the next governor', async () => {
    const user = open('/meeting/record?trust=t1');
    const values = await screen.findByRole('group', { name: /^1\. What does the Trust care about/ });
    await user.click(within(values).getByLabelText('Partly meets'));
    await user.type(screen.getByLabelText('Your name (optional)'), 'Dee');
    await user.click(screen.getByRole('button', { name: 'Record my view' }));
    expect(await screen.findByText(/2 views of Riverside Learning Trust so far/)).toBeInTheDocument();
    const added = views().find((v) => v.name === 'Dee');
    expect(added).toMatchObject({ trustId: 't1', ratings: { 'q01-values': 'partial' } });
    expect(within(values).getByLabelText('Partly meets')).not.toBeChecked();
    expect(screen.getByLabelText('Your name (optional)')).toHaveValue('');
  });

  it('asks for at least one rating', async () => {
    const user = open('/meeting/record?trust=t1');
    await user.click(await screen.findByRole('button', { name: 'Record my view' }));
    expect(await screen.findByRole('link', { name: /Rate at least one question/ })).toBeInTheDocument();
    expect(views()).toEqual([anna]);
  });
});

describe('a governor on their own device', () => {
  it('opens the invitation, rates, says the view is ready to send, downloads a file the clerk can add, and keeps the view', async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    useAnswers.setState({ answers: emptyAnswers() });
    const user = open('/member');
    const invitation = toInvitationFile({
      assessmentId: ASSESSMENT,
      schoolName: 'Hill Primary School',
      trust: { id: 't1', name: 'Riverside Learning Trust' },
      trustAnswers: { 'q03-standards': 'We publish every school’s results each term.' },
      school: { 'q03-standards': { rating: 'partial', redFlag: true, redFlagNote: 'Two schools below floor.' } },
    });
    await user.upload(await screen.findByLabelText(/Choose the invitation file/), jsonFile('meeting-invitation.json', JSON.stringify(invitation)));
    expect(await screen.findByText(/to give your view of/)).toHaveTextContent('Invitation from Hill Primary School to give your view of Riverside Learning Trust.');
    // Informed: the guidance, the trust's own answer and what the school found, beside the question.
    const q3 = screen.getByRole('group', { name: /^3\./ });
    expect(within(q3).getByText('What a strong answer looks like')).toBeInTheDocument();
    expect(within(q3).getByText('Red flags to watch for')).toBeInTheDocument();
    const guidance = content.tenQuestions.questions.find((q) => q.id === 'q03-standards')!;
    for (const line of [...guidance.strongAnswer, ...guidance.redFlags]) expect(within(q3).getByText(line)).toBeInTheDocument();
    expect(within(q3).getByText('We publish every school’s results each term.')).toBeInTheDocument();
    expect(within(q3).getByText(/Two schools below floor/)).toBeInTheDocument();
    expect(within(q3).getByText(/The school’s rating/)).toHaveTextContent('The school’s rating: Partly meets');
    expect(within(screen.getByRole('group', { name: /^1\./ })).queryByText(/trust’s own answer/)).not.toBeInTheDocument();

    await user.click(within(q3).getByLabelText('Not sure yet'));
    await user.click(screen.getByRole('button', { name: 'My view is ready to send' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Your view is ready to send/ })).toHaveFocus();
    expect(screen.getByText(/1 of 10 questions rated/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download my view as a file' }));
    expect(await screen.findByText(/Send it to your clerk, for example by email/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send again' })).toBeInTheDocument();
    const text = await blob!.text();
    expect(JSON.parse(text)).toMatchObject({ format: MEMBER_VIEW_FORMAT, assessmentId: ASSESSMENT, trust: { id: 't1' } });
    const read = readMemberViewFile(text, questionIds, { assessmentId: ASSESSMENT, trusts: [{ id: 't1', name: 'Riverside Learning Trust' }] });
    expect(read.ok && read.value.view.ratings).toEqual({ 'q03-standards': 'unsure' });
    // Kept on this device, in its own key: the form does not go blank, and no school's answers are touched.
    expect(useAnswers.getState().answers).toEqual(emptyAnswers());
    expect(JSON.parse(localStorage.getItem(MEMBER_KEY) ?? '{}').state.drafts[0].ratings).toEqual({ 'q03-standards': 'unsure' });

    // Change my view: the ratings are still there; sent again, it is a later revision of the same view.
    await user.click(screen.getByRole('button', { name: 'Change my view' }));
    const again = await screen.findByRole('group', { name: /^3\./ });
    expect(within(again).getByLabelText('Not sure yet')).toBeChecked();
    await user.click(within(screen.getByRole('group', { name: /^1\./ })).getByLabelText('Strong'));
    await user.click(screen.getByRole('button', { name: 'My view is ready to send' }));
    await user.click(await screen.findByRole('button', { name: 'Download my view as a file' }));
    const second = readMemberViewFile(await blob!.text(), questionIds, { assessmentId: ASSESSMENT, trusts: [{ id: 't1', name: 'Riverside Learning Trust' }] });
    expect(second.ok && second.value.view).toMatchObject({ id: read.ok ? read.value.view.id : '', revision: 2, ratings: { 'q01-values': 'strong', 'q03-standards': 'unsure' } });

    // Clearing it removes it from the device.
    await user.click(screen.getByRole('button', { name: 'Clear my view from this device' }));
    await user.click(await screen.findByRole('button', { name: 'Yes, clear my view' }));
    expect(useMemberViews.getState().drafts).toEqual([]);
    expect(await screen.findByRole('heading', { level: 1, name: /Give my view as a governor/ })).toBeInTheDocument();
  }, 60_000);

  /** Opens an invitation from a file, rates question 1 and makes the view ready to send; gives the view link. */
  async function readyToSend(user: ReturnType<typeof userEvent.setup>) {
    const invitation = toInvitationFile({
      assessmentId: ASSESSMENT,
      schoolName: 'Hill Primary School',
      trust: { id: 't1', name: 'Riverside Learning Trust' },
    });
    await user.upload(await screen.findByLabelText(/Choose the invitation file/), jsonFile('meeting-invitation.json', JSON.stringify(invitation)));
    await user.click(within(await screen.findByRole('group', { name: /^1\./ })).getByLabelText('Strong'));
    await user.click(screen.getByRole('button', { name: 'My view is ready to send' }));
    await screen.findByRole('heading', { level: 1, name: /Your view is ready to send/ });
    const box = screen.getByLabelText<HTMLTextAreaElement>('Your view as a link');
    await waitFor(() => expect(box.value).toMatch(/#\/meeting\/add-view\?d=Z/));
    return box.value;
  }

  it('sends the view link with the device’s share sheet where it has one, and can copy it too', async () => {
    const share = vi.fn<(data: ShareData) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      useAnswers.setState({ answers: emptyAnswers() });
      const user = open('/member');
      const link = await readyToSend(user);
      const writeText = vi.spyOn(navigator.clipboard, 'writeText');
      await user.click(screen.getByRole('button', { name: 'Share my view' }));
      await waitFor(() => expect(share).toHaveBeenCalledTimes(1));
      expect(share.mock.calls[0]![0]).toMatchObject({ url: link, title: 'My view of Riverside Learning Trust' });
      expect(await screen.findByText(/^Shared\. If your clerk does not get it/)).toBeInTheDocument();
      // Sent once: the same button now sends it again.
      await user.click(screen.getByRole('button', { name: 'Send again' }));
      await waitFor(() => expect(share).toHaveBeenCalledTimes(2));
      await user.click(screen.getByRole('button', { name: 'Copy the link' }));
      await waitFor(() => expect(writeText).toHaveBeenCalledWith(link));
      // The governor closing the share sheet is not an error.
      share.mockRejectedValueOnce(new DOMException('closed', 'AbortError'));
      await user.click(screen.getByRole('button', { name: 'Send again' }));
      await waitFor(() => expect(share).toHaveBeenCalledTimes(3));
      expect(screen.queryByText(/could not share/)).not.toBeInTheDocument();
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  }, 60_000);

  it('without a share sheet, copies the view link, or selects it to copy by hand', async () => {
    expect('share' in navigator).toBe(false);
    useAnswers.setState({ answers: emptyAnswers() });
    const user = open('/member');
    const link = await readyToSend(user);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy the link' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(link));
    expect(await screen.findByText('The link is copied. Paste it into an email or a message to your clerk.')).toBeInTheDocument();
    writeText.mockRejectedValueOnce(new Error('not allowed'));
    await user.click(screen.getByRole('button', { name: 'Send again' }));
    expect(await screen.findByText(/The link could not be copied for you\. It is selected in the box below/)).toBeInTheDocument();
    const box = screen.getByLabelText<HTMLTextAreaElement>('Your view as a link');
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, link.length]);
  }, 60_000);

  it('the start page has a way in for a governor with an invitation', async () => {
    const user = open('/');
    const heading = await screen.findByRole('heading', { level: 2, name: 'I am a governor with an invitation' });
    expect(heading.nextElementSibling).toHaveTextContent('Has your clerk sent you a link or a QR code? Open it on your phone, tablet or computer.');
    await user.click(within(heading.nextElementSibling as HTMLElement).getByRole('link', { name: 'Give my view as a governor' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Give my view as a governor/ })).toBeInTheDocument();
    expect(screen.getByLabelText(/Choose the invitation file/)).toBeInTheDocument();
  });

  it('names a wrong file and says why', async () => {
    const user = open('/member');
    await user.upload(await screen.findByLabelText(/Choose the invitation file/), viewFile('my-view.json', ben));
    expect(await screen.findByRole('link', { name: /^my-view\.json could not be opened\. .*governor’s view, not a meeting invitation/ })).toBeInTheDocument();
  });
});

describe('the meeting view', () => {
  beforeEach(() => {
    useAnswers.setState({ answers: { ...start(), meeting: { views: [anna, ben, cat], agreed: {} } } });
  });

  it('moves with the keys a presenter or clicker sends, and announces each item', async () => {
    const user = open('/meeting/present?trust=t1');
    expect(await screen.findByRole('heading', { level: 1, name: /Board discussion: Riverside Learning Trust/ })).toBeInTheDocument();
    const status = () => document.querySelector('.meeting [role="status"]')?.textContent;
    await user.keyboard('{ArrowRight}');
    // Question 2 first: the widest spread (Concern to Strong).
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('2. Autonomy');
    expect(status()).toBe('Item 2 of 12: Question 2: Autonomy');
    await user.keyboard('{PageDown}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('1. Values');
    await user.keyboard('{PageUp}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('2. Autonomy');
    await user.keyboard('{End}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Summary');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Summary');
    await user.keyboard('{Home}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Board discussion');
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Board discussion');
  });

  it('the Next and Back buttons and the jump list work too', async () => {
    const user = open('/meeting/present?trust=t1');
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('2. Autonomy');
    await user.selectOptions(screen.getByLabelText('Jump to question'), 'Question 3: Standards');
    // Choosing in the list does not move until "Go": arrow keys in the list stay in the list.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('2. Autonomy');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('3. Standards');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('1. Values');
  });

  it('shows counts, not names or notes, until the chair asks for them', async () => {
    const user = open('/meeting/present?trust=t1');
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    const table = screen.getByRole('table', { name: /How governors rated it \(3 views\)/ });
    expect(within(table).getByRole('row', { name: /Strong 1/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Concern 1/ })).toBeInTheDocument();
    expect(screen.getByText('Views differ widely (Concern to Strong)')).toBeInTheDocument();
    expect(screen.queryByText(/Anna Khan/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Private note/)).not.toBeInTheDocument();
    // The school's open red flag is always on the slide.
    expect(screen.getByText(/Scheme of delegation not seen/)).toHaveTextContent('Red flag: Scheme of delegation not seen.');
    await user.click(screen.getByRole('button', { name: 'Show names' }));
    expect(screen.getByRole('button', { name: 'Show names' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(table).getByRole('row', { name: /Concern 1 Anna Khan/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show notes' }));
    expect(screen.getByText(/Private note about the CEO\./)).toHaveTextContent('Notes: Private note about the CEO.');
  });

  it('arrow keys on the chair’s rating buttons choose a rating, and do not change the item', async () => {
    const user = open('/meeting/present?trust=t1');
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    const group = screen.getByRole('group', { name: 'Agree the board’s rating' });
    await user.click(within(group).getByLabelText('Strong'));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('2. Autonomy');
  });

  it('the chair’s agreed rating is kept beside the school’s assessment, and the views stay on record', async () => {
    const user = open('/meeting/present?trust=t1');
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    const group = screen.getByRole('group', { name: 'Agree the board’s rating' });
    await user.click(within(group).getByLabelText('Meets what we need'));
    await user.click(screen.getByRole('button', { name: 'Record the board’s rating' }));
    expect(await screen.findByText(/Recorded: the board agreed “Meets what we need” for question 2/)).toBeInTheDocument();
    const { answers } = useAnswers.getState();
    expect(answers.trusts[0]!.answers['q02-autonomy']).toMatchObject({ rating: 'partial', evidence: 'documents', notes: 'Private note about the CEO.' });
    expect(answers.meeting?.agreed).toEqual({ t1: { 'q02-autonomy': 'meets' } });
    expect(answers.meeting?.views).toEqual([anna, ben, cat]);
    expect(screen.getByText(/^Board’s agreed rating:/)).toHaveTextContent('Board’s agreed rating: Meets what we need');
    expect(screen.getByText(/^School’s assessment:/)).toHaveTextContent('School’s assessment: Partly meets');
    await user.keyboard('{End}');
    expect(screen.getByRole('row', { name: /2\. Autonomy 1 Strong, 1 Partly meets, 1 Concern Meets what we need/ })).toBeInTheDocument();
  });
});

describe('the decision record', () => {
  it('checks the form, saves it, words it for the minutes and copies it', async () => {
    const user = open('/meeting/decision?trust=t1');
    // After userEvent.setup(), which puts in a clipboard of its own.
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(await screen.findByRole('button', { name: 'Save the decision record' }));
    expect(await screen.findByRole('link', { name: 'Select what the governing board decided' })).toBeInTheDocument();

    await user.click(screen.getByLabelText('Agreed to proceed, with conditions'));
    await user.type(screen.getByLabelText('Conditions'), 'The scheme of delegation is agreed');
    await user.type(screen.getByLabelText('Number of governors present (optional)'), '9');
    await user.click(within(screen.getByRole('group', { name: 'Was the meeting quorate?' })).getByLabelText('Yes'));
    await user.type(screen.getByLabelText('What is to be done'), 'Write to the trust');
    await user.type(screen.getByLabelText('Who will do it'), 'Clerk');
    await user.click(screen.getByRole('button', { name: 'Add a minority view' }));
    await user.type(screen.getByLabelText('Their view'), 'It is too soon.');
    await user.click(screen.getByRole('button', { name: 'Save the decision record' }));

    expect(await screen.findByText(/The decision record is saved/)).toBeInTheDocument();
    const decision = useAnswers.getState().answers.meeting?.decision;
    expect(decision).toMatchObject({ trustId: 't1', outcome: 'proceed-with-conditions', conditions: ['The scheme of delegation is agreed'], governorsPresent: 9, quorate: true });
    const minutes = screen.getByLabelText('The decision as the clerk would minute it') as HTMLTextAreaElement;
    expect(minutes.value).toContain('The governing board agreed to proceed with joining Riverside Learning Trust, subject to the conditions below.');
    expect(minutes.value).toContain('A governor asked that their view be recorded: It is too soon.');
    expect(minutes).toHaveAttribute('readonly');

    await user.click(screen.getByRole('button', { name: 'Copy text for the minutes' }));
    expect(writeText).toHaveBeenCalledWith(minutes.value);
    expect(await screen.findByText('Copied. Paste it into the minutes.')).toBeInTheDocument();
  });

  it('takes the date of the meeting as day, month and year boxes and saves it as yyyy-mm-dd', async () => {
    const user = open('/meeting/decision?trust=t1');
    const group = await screen.findByRole('group', { name: 'Date of the meeting' });
    expect(group).toHaveAccessibleDescription('For example, 27 3 2026');
    expect(document.querySelector('input[type="date"]')).toBeNull();
    const box = (label: string) => within(group).getByLabelText(label) as HTMLInputElement;
    for (const [label, width] of [['Day', 2], ['Month', 2], ['Year', 4]] as const) {
      expect(box(label)).toHaveAttribute('inputmode', 'numeric');
      expect(box(label)).toHaveClass(`input--width-${width}`);
    }
    await user.click(screen.getByLabelText('Agreed to proceed'));
    for (const [label, value] of [['Day', '3'], ['Month', '12'], ['Year', '2026']] as const) {
      await user.clear(box(label));
      await user.type(box(label), value);
    }
    const dueGroup = screen.getByRole('group', { name: 'By when (optional)' });
    await user.type(screen.getByLabelText('What is to be done'), 'Write to the trust');
    await user.type(screen.getByLabelText('Who will do it'), 'Clerk');
    await user.type(within(dueGroup).getByLabelText('Day'), '10');
    await user.type(within(dueGroup).getByLabelText('Month'), '1');
    await user.type(within(dueGroup).getByLabelText('Year'), '2027');
    await user.click(screen.getByRole('button', { name: 'Save the decision record' }));
    expect(await screen.findByText(/The decision record is saved/)).toBeInTheDocument();
    expect(useAnswers.getState().answers.meeting?.decision).toMatchObject({
      meetingDate: '2026-12-03',
      actions: [{ what: 'Write to the trust', owner: 'Clerk', due: '2027-01-10' }],
    });
    expect((screen.getByLabelText('The decision as the clerk would minute it') as HTMLTextAreaElement).value).toContain('held on 3 December 2026');
  });

  it('words an action’s and a minority view’s problems as sentences, the same in the summary and by the field', async () => {
    const user = open('/meeting/decision?trust=t1');
    await user.click(await screen.findByLabelText('Agreed to proceed'));
    await user.click(screen.getByRole('button', { name: 'Add another action' }));
    await user.type(within(screen.getByRole('group', { name: 'Action 2' })).getByLabelText('What is to be done'), 'Write to the trust');
    await user.click(screen.getByRole('button', { name: 'Add a minority view' }));
    await user.type(screen.getByLabelText('Governor’s name (optional)'), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Save the decision record' }));
    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['Say who will do action 2', 'Write the view the governor asked to be recorded in minority view 1']);
    for (const link of links) {
      const field = document.getElementById(link.getAttribute('href')!.slice(1))!;
      expect(document.getElementById(`${field.id}-error`)).toHaveTextContent(`Error: ${link.textContent!}`);
    }
    expect(useAnswers.getState().answers.meeting?.decision).toBeUndefined();
  });

  it('says 31 2 2026 must be a real date, marks only the day, links to it, and saves nothing', async () => {
    const user = open('/meeting/decision?trust=t1');
    const group = await screen.findByRole('group', { name: 'Date of the meeting' });
    const box = (label: string) => within(group).getByLabelText(label) as HTMLInputElement;
    await user.click(screen.getByLabelText('Agreed to proceed'));
    for (const [label, value] of [['Day', '31'], ['Month', '2'], ['Year', '2026']] as const) {
      await user.clear(box(label));
      await user.type(box(label), value);
    }
    await user.click(screen.getByRole('button', { name: 'Save the decision record' }));
    const link = await screen.findByRole('link', { name: 'Date of the meeting must be a real date' });
    expect(link).toHaveAttribute('href', '#decision-date-day');
    expect(within(group).getByText('Date of the meeting must be a real date')).toBeInTheDocument();
    expect(group).toHaveAccessibleDescription(/For example, 27 3 2026 Error: ?Date of the meeting must be a real date/);
    expect(box('Day')).toHaveClass('input--error');
    expect(box('Month')).not.toHaveClass('input--error');
    expect(box('Year')).not.toHaveClass('input--error');
    await user.click(link);
    expect(document.activeElement).toBe(box('Day'));
    expect(useAnswers.getState().answers.meeting?.decision).toBeUndefined();
    expect(screen.queryByText(/The decision record is saved/)).toBeNull();
  });

  it('shows a saved date split into the three boxes', async () => {
    useAnswers.setState({
      answers: {
        ...start(),
        meeting: {
          views: [],
          agreed: {},
          decision: { trustId: 't1', outcome: 'proceed', meetingDate: '2026-12-03', conditions: [], actions: [{ what: 'Write', owner: 'Clerk', due: '2027-01-10' }], minorityViews: [] },
        },
      },
    });
    open('/meeting/decision?trust=t1');
    const group = await screen.findByRole('group', { name: 'Date of the meeting' });
    expect([within(group).getByLabelText('Day'), within(group).getByLabelText('Month'), within(group).getByLabelText('Year')].map((b) => (b as HTMLInputElement).value)).toEqual(['3', '12', '2026']);
    const due = screen.getByRole('group', { name: 'By when (optional)' });
    expect(['Day', 'Month', 'Year'].map((l) => (within(due).getByLabelText(l) as HTMLInputElement).value)).toEqual(['10', '1', '2027']);
  });

  it('selects the text to copy by hand when the browser will not copy', async () => {
    useAnswers.setState({
      answers: { ...start(), meeting: { views: [], agreed: {}, decision: { trustId: 't1', outcome: 'deferred', reasons: 'Accounts not seen.', conditions: [], actions: [], minorityViews: [] } } },
    });
    const user = open('/meeting/decision?trust=t1');
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) }, configurable: true });
    await user.click(await screen.findByRole('button', { name: 'Copy text for the minutes' }));
    expect(await screen.findByText(/The text is selected: press Ctrl\+C/)).toBeInTheDocument();
    const minutes = screen.getByLabelText('The decision as the clerk would minute it') as HTMLTextAreaElement;
    await waitFor(() => expect(document.activeElement).toBe(minutes));
    expect(minutes.selectionEnd - minutes.selectionStart).toBe(minutes.value.length);
    expect(minutes.value).toContain('The governing board agreed to defer its decision on joining Riverside Learning Trust.');
  });
});
