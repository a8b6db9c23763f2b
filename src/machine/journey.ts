import { and, assign, not, setup } from 'xstate';
import type { QuestionAnswer, StepAnswer } from '@/domain/answers';
import { addTrust, canAddTrust, setProfileAnswer, setQuestionAnswer, setStepAnswer } from '@/domain/edit';
import type { JourneyContext, JourneyInput } from './context';
import type { Location } from './location';
import * as where from './where';

/**
 * The journey: start → school profile → task list → stage steps and the ten questions
 * (per trust) → check answers → report. It decides only what comes next; its context
 * (context.ts) is handed in from the URL and the store.
 */
export type JourneyEvent =
  /** `resume`: the journey page the user was last on, if any; the journey goes back there if it still can. */
  | { type: 'START'; resume?: Location }
  | { type: 'PROFILE.ANSWER'; value: string }
  | { type: 'TASKS.OPEN_PROFILE' }
  | { type: 'TASKS.OPEN_TRUSTS' }
  | { type: 'TASKS.OPEN_STEP'; stepId: string }
  | { type: 'TASKS.OPEN_QUESTIONS'; trustId: string }
  | { type: 'TASKS.CHECK' }
  | { type: 'TASKS.REPORT' }
  | { type: 'TRUSTS.ADD'; name: string }
  | { type: 'TRUSTS.DONE' }
  | { type: 'STEP.SAVE'; answer: StepAnswer }
  | { type: 'QUESTION.SAVE'; answer: QuestionAnswer }
  | { type: 'CHECK.CHANGE_PROFILE'; questionId: string }
  | { type: 'CHECK.CHANGE_STEP'; stepId: string }
  | { type: 'CHECK.CHANGE_QUESTION'; trustId: string; questionId: string }
  | { type: 'CHECK.CONFIRM' }
  | { type: 'BACK' };

const atProfileQuestion = (context: JourneyContext, questionId: string | undefined) => ({
  itemId: questionId,
  trustId: undefined,
  returnToCheck: context.returnToCheck,
});

export const journeyMachine = setup({
  types: {
    context: {} as JourneyContext,
    events: {} as JourneyEvent,
    input: {} as JourneyInput,
  },
  guards: {
    profileComplete: ({ context }) => where.profileComplete(context),
    hasValue: ({ event }) => event.type === 'PROFILE.ANSWER' && typeof event.value === 'string' && event.value.trim() !== '',
    hasName: ({ event }) => event.type === 'TRUSTS.ADD' && typeof event.name === 'string' && event.name.trim() !== '',
    roomForTrust: ({ context }) => canAddTrust(context.answers),
    canOpenStep: ({ context, event }) =>
      (event.type === 'TASKS.OPEN_STEP' || event.type === 'CHECK.CHANGE_STEP') && where.canOpenStep(context, event.stepId),
    canOpenQuestions: ({ context, event }) =>
      (event.type === 'TASKS.OPEN_QUESTIONS' || event.type === 'CHECK.CHANGE_QUESTION') &&
      where.profileComplete(context) &&
      context.answers.trusts.some((t) => t.id === event.trustId),
    canResume: ({ context, event }, params: { page: Location['page'] }) =>
      event.type === 'START' && event.resume?.page === params.page && where.canResume(context, event.resume),
    returnToCheck: ({ context }) => context.returnToCheck,
    profileQuestionsLeft: ({ context }) => where.nextProfileQuestion(context) !== undefined,
    stepsLeftInStage: ({ context }) => where.nextStepInStage(context) !== undefined,
    questionsLeft: ({ context }) => where.nextQuestion(context) !== undefined,
    hasPreviousProfileQuestion: ({ context }) => where.previousProfileQuestion(context) !== undefined,
    hasPreviousQuestion: ({ context }) => where.previousQuestion(context) !== undefined,
    laterStageStep: ({ context }) => where.nextStepInLaterStage(context) !== undefined,
    trustQuestionsLeft: ({ context }) => where.nextTrustWithQuestionsLeft(context) !== undefined,
    readyToCheck: ({ context }) => where.readyToCheck(context),
  },
  actions: {
    saveProfileAnswer: assign(({ context, event }) => {
      if (event.type !== 'PROFILE.ANSWER' || !context.itemId) return {};
      return { answers: setProfileAnswer(context.answers, context.itemId, event.value) };
    }),
    saveStep: assign(({ context, event }) => {
      if (event.type !== 'STEP.SAVE' || !context.itemId) return {};
      return { answers: setStepAnswer(context.answers, context.itemId, event.answer) };
    }),
    saveQuestion: assign(({ context, event }) => {
      if (event.type !== 'QUESTION.SAVE' || !context.itemId || !context.trustId) return {};
      return { answers: setQuestionAnswer(context.answers, context.trustId, context.itemId, event.answer) };
    }),
    addTrust: assign(({ context, event }) => {
      if (event.type !== 'TRUSTS.ADD') return {};
      return { answers: addTrust(context.answers, event.name).answers };
    }),
    goToFirstUnansweredProfileQuestion: assign(({ context }) =>
      atProfileQuestion(context, where.firstUnansweredProfileQuestion(context) ?? where.firstProfileQuestion(context)),
    ),
    goToNextProfileQuestion: assign(({ context }) => atProfileQuestion(context, where.nextProfileQuestion(context))),
    goToPreviousProfileQuestion: assign(({ context }) => atProfileQuestion(context, where.previousProfileQuestion(context))),
    goToStep: assign(({ event }) => (event.type === 'TASKS.OPEN_STEP' ? { itemId: event.stepId, trustId: undefined } : {})),
    goToNextStep: assign(({ context }) => ({ itemId: where.nextStepInStage(context) })),
    goToLaterStageStep: assign(({ context }) => ({ itemId: where.nextStepInLaterStage(context), trustId: undefined })),
    goToNextTrustQuestions: assign(({ context }) => {
      const next = where.nextTrustWithQuestionsLeft(context);
      return { trustId: next?.trustId, itemId: next?.questionId };
    }),
    goToFirstQuestion: assign(({ context, event }) =>
      event.type === 'TASKS.OPEN_QUESTIONS'
        ? { trustId: event.trustId, itemId: where.firstUnansweredQuestion(context, event.trustId) }
        : {},
    ),
    goToNextQuestion: assign(({ context }) => ({ itemId: where.nextQuestion(context) })),
    goToPreviousQuestion: assign(({ context }) => ({ itemId: where.previousQuestion(context) })),
    changeProfile: assign(({ event }) =>
      event.type === 'CHECK.CHANGE_PROFILE' ? { itemId: event.questionId, trustId: undefined, returnToCheck: true } : {},
    ),
    changeStep: assign(({ event }) =>
      event.type === 'CHECK.CHANGE_STEP' ? { itemId: event.stepId, trustId: undefined, returnToCheck: true } : {},
    ),
    changeQuestion: assign(({ event }) =>
      event.type === 'CHECK.CHANGE_QUESTION' ? { itemId: event.questionId, trustId: event.trustId, returnToCheck: true } : {},
    ),
    clearPosition: assign({ itemId: undefined, trustId: undefined, returnToCheck: false }),
    resumePosition: assign(({ event }) => {
      if (event.type !== 'START' || !event.resume) return {};
      const r = event.resume;
      const itemId = r.page === 'profile' ? r.questionId : r.page === 'step' ? r.stepId : r.page === 'question' ? r.questionId : undefined;
      return { itemId, trustId: r.page === 'question' ? r.trustId : undefined, returnToCheck: false };
    }),
    firstUnansweredProfileAfterChange: assign(({ context }) => ({
      itemId: where.firstUnansweredProfileQuestion(context),
    })),
  },
}).createMachine({
  id: 'journey',
  context: ({ input }) => ({ content: input.content, answers: input.answers, returnToCheck: false }),
  initial: 'start',
  states: {
    start: {
      description: 'What the tool does; Start or Continue where you left off.',
      on: {
        START: [
          // Back to the page the user left, if it can still be opened; a Change link's return to check answers is not kept.
          { guard: { type: 'canResume', params: { page: 'profile' } }, target: 'profile', actions: 'resumePosition' },
          { guard: { type: 'canResume', params: { page: 'trusts' } }, target: 'trusts', actions: 'resumePosition' },
          { guard: { type: 'canResume', params: { page: 'step' } }, target: 'step', actions: 'resumePosition' },
          { guard: { type: 'canResume', params: { page: 'question' } }, target: 'question', actions: 'resumePosition' },
          { guard: { type: 'canResume', params: { page: 'check' } }, target: 'check', actions: 'resumePosition' },
          { guard: { type: 'canResume', params: { page: 'report' } }, target: 'report', actions: 'resumePosition' },
          { guard: 'profileComplete', target: 'tasks', actions: 'clearPosition' },
          { target: 'profile', actions: 'goToFirstUnansweredProfileQuestion' },
        ],
      },
    },
    profile: {
      description: 'One school profile question per page; the answers branch the journey.',
      on: {
        'PROFILE.ANSWER': [
          { guard: { type: 'hasValue' }, actions: 'saveProfileAnswer', target: 'profileAnswered' },
        ],
        BACK: [
          { guard: 'returnToCheck', target: 'check', actions: 'clearPosition' },
          { guard: 'hasPreviousProfileQuestion', actions: 'goToPreviousProfileQuestion', target: 'profile', reenter: true },
          { target: 'start', actions: 'clearPosition' },
        ],
      },
    },
    profileAnswered: {
      description: 'Decides where a profile answer leads: a question it opened, the next one, check answers or the task list.',
      always: [
        { guard: and(['returnToCheck', 'profileComplete']), target: 'check', actions: 'clearPosition' },
        { guard: 'returnToCheck', target: 'profile', actions: 'firstUnansweredProfileAfterChange' },
        { guard: 'profileQuestionsLeft', target: 'profile', actions: 'goToNextProfileQuestion' },
        { guard: not('profileComplete'), target: 'profile', actions: 'goToFirstUnansweredProfileQuestion' },
        { target: 'tasks', actions: 'clearPosition' },
      ],
    },
    tasks: {
      description: 'The task list: every stage, every trust, with statuses.',
      on: {
        'TASKS.OPEN_PROFILE': { target: 'profile', actions: 'goToFirstUnansweredProfileQuestion' },
        'TASKS.OPEN_TRUSTS': { guard: 'profileComplete', target: 'trusts', actions: 'clearPosition' },
        'TASKS.OPEN_STEP': { guard: 'canOpenStep', target: 'step', actions: 'goToStep' },
        'TASKS.OPEN_QUESTIONS': { guard: 'canOpenQuestions', target: 'question', actions: 'goToFirstQuestion' },
        'TASKS.CHECK': { target: 'check', actions: 'clearPosition' },
        'TASKS.REPORT': { target: 'report', actions: 'clearPosition' },
        BACK: { target: 'start', actions: 'clearPosition' },
      },
    },
    trusts: {
      description: 'Name the trust or trusts being considered.',
      on: {
        'TRUSTS.ADD': { guard: and(['hasName', 'roomForTrust']), actions: 'addTrust', target: 'trusts', reenter: true },
        // On to the first trust's questions, as the task list would; the task list once every question is answered.
        'TRUSTS.DONE': [
          { guard: and(['profileComplete', 'trustQuestionsLeft']), target: 'question', actions: ['clearPosition', 'goToNextTrustQuestions'] },
          { target: 'tasks', actions: 'clearPosition' },
        ],
        BACK: { target: 'tasks', actions: 'clearPosition' },
      },
    },
    step: {
      description: 'One stage step per page: status and a note.',
      on: {
        'STEP.SAVE': [
          { guard: 'returnToCheck', actions: ['saveStep', 'clearPosition'], target: 'check' },
          { guard: 'stepsLeftInStage', actions: ['saveStep', 'goToNextStep'], target: 'step', reenter: true },
          { actions: 'saveStep', target: 'stageSaved' },
        ],
        BACK: [
          { guard: 'returnToCheck', target: 'check', actions: 'clearPosition' },
          { target: 'tasks', actions: 'clearPosition' },
        ],
      },
    },
    question: {
      description: "One of Carter's ten questions for one trust per page.",
      on: {
        'QUESTION.SAVE': [
          { guard: 'returnToCheck', actions: ['saveQuestion', 'clearPosition'], target: 'check' },
          { guard: 'questionsLeft', actions: ['saveQuestion', 'goToNextQuestion'], target: 'question', reenter: true },
          { actions: 'saveQuestion', target: 'trustSaved' },
        ],
        BACK: [
          { guard: 'returnToCheck', target: 'check', actions: 'clearPosition' },
          { guard: 'hasPreviousQuestion', actions: 'goToPreviousQuestion', target: 'question', reenter: true },
          { target: 'tasks', actions: 'clearPosition' },
        ],
      },
    },
    stageSaved: {
      description:
        'After the last step of a stage: on to the next stage with a step left that can start, else check answers when everything before the decision is done, else the task list.',
      always: [
        { guard: 'laterStageStep', target: 'step', actions: 'goToLaterStageStep' },
        { guard: 'readyToCheck', target: 'check', actions: 'clearPosition' },
        { target: 'tasks', actions: 'clearPosition' },
      ],
    },
    trustSaved: {
      description:
        "After a trust's last question: on to the next trust with questions left, else check answers when everything before the decision is done, else the task list.",
      always: [
        { guard: 'trustQuestionsLeft', target: 'question', actions: 'goToNextTrustQuestions' },
        { guard: 'readyToCheck', target: 'check', actions: 'clearPosition' },
        { target: 'tasks', actions: 'clearPosition' },
      ],
    },
    check: {
      description: 'Check your answers, with Change links that come back here.',
      on: {
        'CHECK.CHANGE_PROFILE': { target: 'profile', actions: 'changeProfile' },
        'CHECK.CHANGE_STEP': { guard: 'canOpenStep', target: 'step', actions: 'changeStep' },
        'CHECK.CHANGE_QUESTION': { guard: 'canOpenQuestions', target: 'question', actions: 'changeQuestion' },
        'CHECK.CONFIRM': { target: 'report', actions: 'clearPosition' },
        BACK: { target: 'tasks', actions: 'clearPosition' },
      },
    },
    report: {
      description: 'The readiness report.',
      on: { BACK: { target: 'check', actions: 'clearPosition' } },
    },
  },
});
