export { buildWritePlan, ownedColumns, rollupSheets, OWNED_ACTION_COLUMNS, OWNED_MEASURE_COLUMNS } from './build-write-plan';
export type { WriteOptions } from './build-write-plan';
export { ownedColumnWrites } from './owned-columns';
export type { OwnedCell, OwnedColumnSpec } from './owned-columns';
