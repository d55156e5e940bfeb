/** A failed encryption step, as a sentence for the person (a tiny module, so a page can test for it without loading the key code). */
export class VaultProblem extends Error {}
