/**
 * A local ESLint rule: no French text outside the catalogue of words (src/core/words/). Every
 * text Relance writes has an English id there, its French and its English side by side; what a
 * module outside it holds in French is either such a text left behind, or data read from the
 * user's sheet or the law, kept in a data module listed by name in eslint.config.js.
 *
 * A string literal or a template literal's part is French text when it holds
 * - a letter with a French diacritic (àâäçéèêëîïôöûùüÿœæ, capitals too),
 * - a French typographic mark: « » ’, the narrow no-break space (U+202F) or the no-break space
 *   (U+00A0), or
 * - two distinct French function words (FUNCTION_WORDS), whole words, any case.
 * Imports' and exports' module names are not texts; comments are not literals.
 *
 * Plain JavaScript, loaded by eslint.config.js without a build step
 * (https://eslint.org/docs/latest/extend/custom-rules).
 */

const DIACRITICS = /[àâäçéèêëîïôöûùüÿœæ]/iu;

const MARKS = /[«»’\u202f\u00a0]/u;

/**
 * Short French words that carry no meaning of their own, none of them an English word: two of
 * them in one text make it French (« la facture est due », « pour le client »).
 */
export const FUNCTION_WORDS = new Set([
  'le',
  'la',
  'les',
  'des',
  'du',
  'une',
  'un',
  'est',
  'sont',
  'pas',
  'ne',
  'pour',
  'avec',
  'dans',
  'sur',
  'vous',
  'votre',
  'vos',
  'nous',
  'notre',
  'nos',
  'aux',
  'au',
  'cette',
  'ces',
  'ce',
  'qui',
  'que',
  'par',
  'ou',
  'et',
  'en',
  'il',
  'ils',
  'elle',
  'leur',
  'mais',
  'sans',
]);

/** The distinct function words of a text, lower-cased, in the order they first appear. */
export function functionWordsOf(text) {
  const found = new Set();
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (FUNCTION_WORDS.has(word)) found.add(word);
  }
  return [...found];
}

/** Why a text is French (a phrase for the lint message), or undefined when it is not. */
export function frenchReason(text) {
  const diacritic = DIACRITICS.exec(text);
  if (diacritic) return `a French letter "${diacritic[0]}"`;
  const mark = MARKS.exec(text);
  if (mark) return `a French mark (U+${mark[0].codePointAt(0).toString(16).padStart(4, '0')})`;
  const words = functionWordsOf(text);
  if (words.length >= 2) return `French words "${words.slice(0, 2).join('", "')}"`;
  return undefined;
}

/** A literal that names a module (import, export … from, import()), not a text. */
function namesAModule(node) {
  const parent = node.parent;
  if (parent === undefined || parent === null) return false;
  switch (parent.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportNamedDeclaration':
    case 'ImportExpression':
    case 'TSExternalModuleReference':
      return parent.source === node || parent.expression === node;
    case 'TSImportType':
      return true;
    default:
      return false;
  }
}

/** @type {import('eslint').Rule.RuleModule} */
export const noFrenchText = {
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'French text lives in the catalogue of words (src/core/words/) or in a listed data module',
    },
    schema: [],
    messages: {
      french:
        'French text outside the catalogue of words ({{reason}}): make it an entry of src/core/words/, or, if it is data read from the sheet or the law, list its module in eslint.config.js.',
    },
  },
  create(context) {
    const check = (node, text) => {
      const reason = frenchReason(text);
      if (reason !== undefined) context.report({ node, messageId: 'french', data: { reason } });
    };
    return {
      Literal(node) {
        if (typeof node.value === 'string' && !namesAModule(node)) check(node, node.value);
      },
      TemplateElement(node) {
        check(node, node.value.cooked ?? node.value.raw);
      },
    };
  },
};

/** The local plugin eslint.config.js loads: `relance/no-french-text`. */
export default { rules: { 'no-french-text': noFrenchText } };
