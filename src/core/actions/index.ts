/** Action calculations (contract 4.2). */
export { calculateBrag, DEFAULT_AMBER_WINDOW } from './brag';
export type { BragInput, BragResult } from './brag';
export { evaluateActions, evaluateActionRow } from './evaluate';
