/** Scoring packs on a USB stick (issue 9 part 2): the file formats, the secretary's and the member's side. */
export * from './format';
export { contentDigest, signReturnedPack, returnedPackMac } from './crypto';
export * from './secretary';
export * from './member';
