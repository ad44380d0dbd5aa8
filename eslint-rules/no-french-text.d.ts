import type { ESLint, Rule } from 'eslint';

/** Short French function words: two distinct ones in a text make it French. */
export declare const FUNCTION_WORDS: ReadonlySet<string>;
/** The distinct function words of a text, lower-cased, in the order they first appear. */
export declare function functionWordsOf(text: string): string[];
/** Why a text is French (a phrase for the lint message), or undefined when it is not. */
export declare function frenchReason(text: string): string | undefined;
/** The rule: no French text outside the catalogue of words or a listed data module. */
export declare const noFrenchText: Rule.RuleModule;
declare const plugin: ESLint.Plugin;
export default plugin;
