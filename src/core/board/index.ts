/** The Board pack (contract 9): the model and how it is made. */
export * from './model';
export { buildBoardPack, planTitle, draftLine, DEFAULT_PLAN_TITLE, NO_LEAD, EXAMPLES_PER_RULE } from './build';
export type { BoardPackOptions } from './build';
