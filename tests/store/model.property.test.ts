import fc from 'fast-check';
import { afterEach, expect, it, vi } from 'vitest';
import type { Answers } from '@/domain/answers';
import { addTrust } from '@/domain/edit';
import { sameAnswers } from '@/domain/merge';
import { forgetRestorePoints, useRestorePoints } from '@/store/restore-points';
import { flushSaves } from '@/store/safe-storage';

/*
 * Model-based test of the real answers store (jsdom local storage): random sequences of what
 * users do, in two tabs at once, with storage events delivered late or not yet: answering,
 * adding and removing trusts, opening a save file, reloading a tab, storage filling up to its
 * quota, storage damaged, the other tab writing. After every sequence, once the tabs have
 * caught up, every answer the model says was given is saved and shown in both tabs, and
 * whatever the user removed (a trust, or everything when opening a file) is in a restore point.
 */

type Store = typeof import('@/store/answers-store');
let instances = 0;
/** A tab: its own copy of the store module (its own memory), sharing this window's local storage. */
const openTab = (): Promise<Store> => import(/* @vite-ignore */ `../../src/store/answers-store?tab=${(instances += 1)}`) as Promise<Store>;

const KEY = 'join-a-trust:answers';
const profileFields = ['school-name', 'phase', 'diocese'] as const;
const questions = ['q01-values', 'q02-autonomy', 'q03-standards'] as const;
type TabName = 'A' | 'B';

interface ModelTrust {
  name: string;
  notes: Record<string, string>;
}
interface Model {
  profile: Record<string, string>;
  trusts: ModelTrust[];
  /** What the user removed, newest last: each must be in a restore point (the last five are kept). */
  removed: { profile?: Record<string, string>; trusts: ModelTrust[] }[];
  names: number;
  /**
   * Storage was damaged and the tabs have not caught up since: a tab may not know what the other
   * has, so a reload, a removal or opening a file is left until they have (the user cannot act
   * on what their tab does not show, and a reload would find nothing: not the app's doing).
   */
  damaged: boolean;
}
interface Real {
  tabs: Record<TabName, Store>;
}

/** Time passes between one thing a user does and the next (clocks are coarse: two tabs can write in one millisecond). */
let clock = 1_764_000_000_000;
const tick = () => {
  // Typing is saved after a pause (SAVE_TIMING, 400 ms): a second later, whatever either tab had
  // waiting has been written, as its timer would have. Within a step, a change is still waiting.
  flushSaves();
  clock += 1_000;
};
afterEach(() => vi.restoreAllMocks());

const tabOf = (real: Real, tab: TabName) => real.tabs[tab].useAnswers;
const answersIn = (real: Real, tab: TabName) => tabOf(real, tab).getState().answers;
/** The other tab's storage event arrives in this tab. */
const deliver = (real: Real, tab: TabName) => real.tabs[tab].takeInOtherTab();

class TypeProfile implements fc.AsyncCommand<Model, Real> {
  constructor(readonly tab: TabName, readonly field: string, readonly value: string) {}
  check = () => true;
  async run(model: Model, real: Real) {
    tick();
    tabOf(real, this.tab).getState().setProfile(this.field, this.value);
    model.profile[this.field] = this.value;
  }
  toString = () => `${this.tab}: type ${this.field} = ${JSON.stringify(this.value)}`;
}

class AddTrust implements fc.AsyncCommand<Model, Real> {
  constructor(readonly tab: TabName) {}
  check = (model: Readonly<Model>) => model.trusts.length < 4;
  async run(model: Model, real: Real) {
    tick();
    // A tab that has not yet heard of the other tab's trusts could go over ten; four keeps well under.
    const name = `Trust ${(model.names += 1)}`;
    // As the journey does (TRUSTS.ADD): the domain's edit, kept by the store's replace.
    const { answers, replace } = tabOf(real, this.tab).getState();
    replace(addTrust(answers, name).answers);
    model.trusts.push({ name, notes: {} });
  }
  toString = () => `${this.tab}: add a trust`;
}

/** Finds the trust by name in the tab, hearing the other tab first if the tab does not have it yet. */
async function trustIn(real: Real, tab: TabName, name: string) {
  let trust = answersIn(real, tab).trusts.find((t) => t.name === name);
  if (!trust) {
    await deliver(real, tab);
    trust = answersIn(real, tab).trusts.find((t) => t.name === name);
  }
  // Still not there (storage was damaged before this tab heard of it): the user cannot see it in this tab.
  return trust;
}

class TypeNote implements fc.AsyncCommand<Model, Real> {
  constructor(readonly tab: TabName, readonly pick: number, readonly question: string, readonly value: string) {}
  check = (model: Readonly<Model>) => model.trusts.length > 0;
  async run(model: Model, real: Real) {
    tick();
    const target = model.trusts[this.pick % model.trusts.length]!;
    const trust = await trustIn(real, this.tab, target.name);
    if (!trust) return;
    tabOf(real, this.tab).getState().setQuestion(trust.id, this.question, { ...trust.answers[this.question], notes: this.value });
    target.notes[this.question] = this.value;
  }
  toString = () => `${this.tab}: note on trust #${this.pick} ${this.question} = ${JSON.stringify(this.value)}`;
}

class Rate implements fc.AsyncCommand<Model, Real> {
  constructor(readonly tab: TabName, readonly pick: number) {}
  check = (model: Readonly<Model>) => model.trusts.length > 0;
  async run(model: Model, real: Real) {
    tick();
    const target = model.trusts[this.pick % model.trusts.length]!;
    const trust = await trustIn(real, this.tab, target.name);
    if (!trust) return;
    // A rating beside the note: it must never cost the note.
    tabOf(real, this.tab).getState().setQuestion(trust.id, 'q01-values', { ...trust.answers['q01-values'], rating: 'meets' });
  }
  toString = () => `${this.tab}: rate trust #${this.pick}`;
}

class RemoveTrust implements fc.AsyncCommand<Model, Real> {
  constructor(readonly tab: TabName, readonly pick: number) {}
  check = (model: Readonly<Model>) => model.trusts.length > 0 && !model.damaged;
  async run(model: Model, real: Real) {
    tick();
    // The user sees the trust on the page before removing it: this tab is up to date.
    await deliver(real, this.tab);
    const index = this.pick % model.trusts.length;
    const target = model.trusts[index]!;
    const trust = await trustIn(real, this.tab, target.name);
    if (!trust) return;
    tabOf(real, this.tab).getState().removeTrust(trust.id);
    model.removed.push({ trusts: [structuredClone(target)] });
    model.trusts.splice(index, 1);
  }
  toString = () => `${this.tab}: remove trust #${this.pick}`;
}

class ImportFile implements fc.AsyncCommand<Model, Real> {
  constructor(readonly tab: TabName, readonly school: string) {}
  check = (model: Readonly<Model>) => !model.damaged;
  async run(model: Model, real: Real) {
    tick();
    await deliver(real, this.tab);
    const name = `Trust ${(model.names += 1)} (from a file)`;
    const file: Answers = {
      profile: { 'school-name': this.school },
      steps: {},
      trusts: [{ id: 't1', name, answers: { 'q01-values': { notes: 'From the file' } } }],
      weights: {},
    };
    tabOf(real, this.tab).getState().replace(file, { reason: 'import', label: 'Before you opened a file' });
    // Empty answers have nothing to keep.
    if (model.trusts.length > 0 || Object.keys(model.profile).length > 0) model.removed.push({ profile: { ...model.profile }, trusts: structuredClone(model.trusts) });
    model.profile = { 'school-name': this.school };
    model.trusts = [{ name, notes: { 'q01-values': 'From the file' } }];
  }
  toString = () => `${this.tab}: open a save file`;
}

class Deliver implements fc.AsyncCommand<Model, Real> {
  constructor(readonly tab: TabName) {}
  check = () => true;
  async run(_model: Model, real: Real) {
    tick();
    await deliver(real, this.tab);
  }
  toString = () => `${this.tab}: hears the other tab`;
}

class Reload implements fc.AsyncCommand<Model, Real> {
  constructor(readonly tab: TabName) {}
  check = (model: Readonly<Model>) => !model.damaged;
  async run(_model: Model, real: Real) {
    tick();
    // Typing is saved after a pause: leaving the page (pagehide) writes what is waiting first.
    real.tabs[this.tab].flushAnswers();
    real.tabs[this.tab] = await openTab();
  }
  toString = () => `${this.tab}: reload`;
}

/** Fills local storage to its real (jsdom) quota; returns a function that frees it again. */
function fillStorage(): () => void {
  const keys: string[] = [];
  for (let size = 4_000_000; size >= 1; size = Math.floor(size / 4)) {
    for (;;) {
      try {
        const key = `filler-${keys.length}`;
        localStorage.setItem(key, 'x'.repeat(size));
        keys.push(key);
      } catch {
        break;
      }
    }
  }
  return () => keys.forEach((k) => localStorage.removeItem(k));
}

class TypeWhileFull implements fc.AsyncCommand<Model, Real> {
  constructor(readonly tab: TabName, readonly value: string) {}
  check = () => true;
  async run(model: Model, real: Real) {
    tick();
    const before = localStorage.getItem(KEY);
    const free = fillStorage();
    const store = tabOf(real, this.tab);
    store.getState().setProfile('phase', `${this.value} (typed while full)`);
    // Nothing saved is touched, unless room was made by giving up restore points.
    const after = localStorage.getItem(KEY);
    if (after !== before) expect(JSON.parse(after!).state.answers.profile.phase).toBe(`${this.value} (typed while full)`);
    expect(store.getState().answers.profile.phase).toBe(`${this.value} (typed while full)`);
    free();
    // The next keystroke saves.
    store.getState().setProfile('phase', this.value);
    model.profile.phase = this.value;
  }
  toString = () => `${this.tab}: type while storage is full`;
}

class Settle implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real) {
    tick();
    await settle(real);
    model.damaged = false;
  }
  toString = () => 'both tabs catch up';
}

class Damage implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real) {
    tick();
    const raw = localStorage.getItem(KEY);
    if (raw === null) return;
    localStorage.setItem(KEY, raw.slice(0, Math.floor(raw.length / 2)));
    await deliver(real, 'A');
    await deliver(real, 'B');
    model.damaged = true;
  }
  toString = () => 'storage damaged';
}

const tab = fc.constantFrom<TabName>('A', 'B');
const text = fc.string({ minLength: 1, maxLength: 12 });
const commands = [
  fc.tuple(tab, fc.constantFrom(...profileFields), text).map(([t, f, v]) => new TypeProfile(t, f, v)),
  tab.map((t) => new AddTrust(t)),
  fc.tuple(tab, fc.nat(), fc.constantFrom(...questions), text).map(([t, p, q, v]) => new TypeNote(t, p, q, v)),
  fc.tuple(tab, fc.nat()).map(([t, p]) => new Rate(t, p)),
  fc.tuple(tab, fc.nat()).map(([t, p]) => new RemoveTrust(t, p)),
  fc.tuple(tab, text).map(([t, s]) => new ImportFile(t, s)),
  tab.map((t) => new Deliver(t)),
  tab.map((t) => new Reload(t)),
  fc.tuple(tab, text).map(([t, v]) => new TypeWhileFull(t, v)),
  fc.constant(new Damage()),
  fc.constant(new Settle()),
];

/** Both tabs catch up: each hears the other and writes what it has; then once more. */
async function settle(real: Real) {
  for (let round = 0; round < 2; round += 1) {
    for (const t of ['A', 'B'] as const) {
      await deliver(real, t);
      tabOf(real, t).setState((s) => s);
      // Written after a pause, or now: the tab is left open until it has been.
      real.tabs[t].flushAnswers();
    }
  }
}

function expectHolds(model: Model, real: Real) {
  const stored = (JSON.parse(localStorage.getItem(KEY) ?? 'null') as { state: { answers: Answers } } | null)?.state.answers;
  const a = answersIn(real, 'A');
  const b = answersIn(real, 'B');
  if (model.trusts.length === 0 && Object.keys(model.profile).length === 0) return;
  expect(stored).toBeDefined();
  expect(sameAnswers(stored!, a)).toBe(true);
  expect(sameAnswers(stored!, b)).toBe(true);
  expect(stored!.profile).toEqual(model.profile);
  expect(stored!.trusts.map((t) => t.name).sort()).toEqual(model.trusts.map((t) => t.name).sort());
  for (const trust of model.trusts) {
    const saved = stored!.trusts.find((t) => t.name === trust.name)!;
    for (const [q, note] of Object.entries(trust.notes)) expect(saved.answers[q]?.notes, `${trust.name} ${q}`).toBe(note);
  }
  expect(new Set(stored!.trusts.map((t) => t.id)).size).toBe(stored!.trusts.length);
  // Whatever the user removed is in one of the restore points (the last five removals).
  const points = useRestorePoints.getState().points.map((p) => p.answers);
  for (const removal of model.removed.slice(-5)) {
    const found = points.some(
      (p) =>
        Object.entries(removal.profile ?? {}).every(([k, v]) => p.profile[k] === v) &&
        removal.trusts.every((t) => {
          const kept = p.trusts.find((x) => x.name === t.name);
          return kept && Object.entries(t.notes).every(([q, n]) => kept.answers[q]?.notes === n);
        }),
    );
    expect(found, `a restore point holds ${JSON.stringify(removal)}`).toBe(true);
  }
}

it('no saved answer is ever lost unless the user removed it, and then a restore point has it', async () => {
  await fc.assert(
    fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), async (cmds) => {
      vi.spyOn(Date, 'now').mockImplementation(() => clock);
      localStorage.clear();
      forgetRestorePoints();
      const real: Real = { tabs: { A: await openTab(), B: await openTab() } };
      const model: Model = { profile: {}, trusts: [], removed: [], names: 0, damaged: false };
      await fc.asyncModelRun(() => ({ model, real }), cmds);
      await settle(real);
      expectHolds(model, real);
    }),
    { numRuns: Number(process.env.MODEL_RUNS ?? 100) },
  );
}, 300_000);
