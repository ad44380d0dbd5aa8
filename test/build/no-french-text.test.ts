import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { frenchReason, functionWordsOf, noFrenchText } from '../../eslint-rules/no-french-text.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

const french = (code: string) => ({ code, errors: [{ messageId: 'french' }] });

describe('the rule against French text outside the catalogue', () => {
  tester.run('no-french-text', noFrenchText, {
    valid: [
      // Ids, keys and codes.
      "const step = 'relance-1';",
      "const state = 'in-progress';",
      "const steps = ['pre-echeance', 'mise-en-demeure', 'contentieux'];",
      "const language = 'fr';",
      'const column = `${row}:${column}`;',
      // English texts of the catalogue's kind.
      "const text = 'Run the reminders now';",
      "const text = 'Payment received on the invoice: the client is up to date.';",
      'const text = `Task to do (${step}) since ${since}.`;',
      "const text = 'a number of days between 0 and 60 (Code de commerce, article L441-10).';",
      // One function word alone is not French.
      "const text = 'en';",
      "const text = 'sans-serif';",
      // Module names are not texts.
      "import { a } from './règles';",
      "export { b } from './données';",
      "const c = await import('./élément');",
      // Comments are not literals.
      "// « Relancé » n'est pas un littéral\nconst d = 1;",
    ],
    invalid: [
      french("const text = 'Échéance';"),
      french("const text = 'Relance a été activée.';"),
      french("const text = 'Montant à payer';"),
      french("const text = 'Ouvrez « Paramètres »';"),
      french("const text = 'l’onglet';"),
      french("const text = '40\\u00a0€';"),
      french("const text = 'Total\\u202f:';"),
      french("const text = 'la facture est payee';"),
      french("const text = 'Indiquez le montant dans la colonne';"),
      french("const text = 'pour le client';"),
      french('const text = `Facture ${number} : la date est manquante`;'),
      french('const text = `${amount} réglé`;'),
      french("const headers = { 'Date d’échéance': 'due' };"),
      french("type State = 'à faire';"),
      {
        code: "const texts = ['Payé', 'Paid', 'Impayé'];",
        errors: [{ messageId: 'french' }, { messageId: 'french' }],
      },
    ],
  });

  it('names what makes a text French', () => {
    expect(frenchReason('Échéance')).toBe('a French letter "É"');
    expect(frenchReason('« Suivi »')).toBe('a French mark (U+00ab)');
    expect(frenchReason('pour le client')).toBe('French words "pour", "le"');
    expect(frenchReason('Payment received')).toBeUndefined();
  });

  it('counts a function word once however often it comes, and only whole words', () => {
    expect(functionWordsOf('le le le')).toEqual(['le']);
    expect(functionWordsOf('lesson vendetta ounce')).toEqual([]);
    expect(functionWordsOf('Mise-en-demeure')).toEqual(['en']);
  });
});

/** Every literal text under an `en:` property of the catalogue's files (src/core/words/). */
function englishTextsOfTheCatalogue(): string[] {
  const folder = join(ROOT, 'src/core/words');
  const texts: string[] = [];
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts'))) {
    const source = ts.createSourceFile(
      name,
      readFileSync(join(folder, name), 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const collect = (node: ts.Node, inEnglish: boolean): void => {
      const english =
        inEnglish ||
        (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'en');
      if (english && (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node))) {
        // A template's {{placeholders}} are the names users type in either language
        // ({{date_du_jour}}, {{une_facture}}): the template language's, not English text.
        texts.push(node.text.replace(/\{\{[^}]*\}\}/g, ' '));
      }
      ts.forEachChild(node, (child) => collect(child, english));
    };
    collect(source, false);
  }
  return texts;
}

describe('the English texts of the catalogue', () => {
  const texts = englishTextsOfTheCatalogue();

  it('are many (the walk finds them)', () => {
    expect(texts.length).toBeGreaterThan(200);
  });

  it('never hold two French function words', () => {
    expect(texts.filter((text) => functionWordsOf(text).length >= 2)).toEqual([]);
  });
});

describe('the lint configuration', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const problems = async (filePath: string, code: string) =>
    (await eslint.lintText(code, { filePath }))
      .flatMap((result) => result.messages)
      .filter((message) => message.ruleId === 'relance/no-french-text').length;
  const code = "export const text = 'Relance a été activée.';\n";

  it('refuses French text in the core outside the catalogue', async () => {
    expect(await problems('src/core/values/example.ts', code)).toBe(1);
    expect(await problems('src/core/dunning/example.ts', code)).toBe(1);
  });

  it('leaves the catalogue, the step table and the offline runtime alone', async () => {
    expect(await problems('src/core/words/example.ts', code)).toBe(0);
    expect(await problems('src/core/steps.ts', code)).toBe(0);
    expect(await problems('src/local/example.ts', code)).toBe(0);
  });

  it('leaves the tests alone', async () => {
    expect(await problems('test/core/example.test.ts', code)).toBe(0);
  });
});
