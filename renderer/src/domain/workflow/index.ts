/** Pure rules of a round's life (issue 4). No Dexie, no clock: the db layer asks, then writes. */
export * from './codes';
export * from './round-status';
export * from './presence';
export * from './product-flow';
export * from './progress';
export * from './signing';
export * from './minutes-fields';
