/** The eligibility wizard's public surface: questions as data, routing, rules, URLs and state paths. */
export * from './questions';
export * from './evaluation';
export { evaluate, outcomeBasis, OUTCOME_SOURCES } from './evaluate';
export { nextStep, prune, walk, follows, previousQuestion, answersBefore, type Next, type Walk } from './flow';
export * from './steps';
export * from './query';
export * from './statePath';
export * from './states';
export * from './text';
export * from './href';
