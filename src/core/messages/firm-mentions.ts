/**
 * The mentions a firm's business letters must carry (Code de commerce R123-237): the SIREN with
 * « RCS » and the city of the registry, the registered office and, for a société, its legal form
 * and share capital. A letter from a société without them is held back as a problem to fix.
 */
import type { Language } from '../model';
import type { FirmIdentity } from '../settings/settings';
import { normalizeKey } from '../values/keys';
import { WORDS } from '../words/catalogue';
import { MESSAGE_WORDS } from '../words/messages';

/** Legal forms of a natural person trading alone: no share capital (R123-237 asks it of sociétés). */
const SOLE_TRADER_FORMS = [
  'ei',
  'eirl',
  'entrepreneur individuel',
  'entreprise individuelle',
  'micro entrepreneur',
  'micro entreprise',
  'auto entrepreneur',
];

export function isSociete(legalForm: string): boolean {
  const form = normalizeKey(legalForm)
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return form !== '' && !SOLE_TRADER_FORMS.some((f) => form === f || form.startsWith(`${f} `));
}

/** The SIREN is the SIRET's first nine digits, written 3 by 3. */
export function sirenOf(siret: string): string {
  const digits = siret.replace(/\D/g, '').slice(0, 9);
  return digits.length === 9 ? digits.replace(/(\d{3})(?=\d)/g, '$1 ') : '';
}

/** What R123-237 asks that the firm's settings lack, in French; empty when letters may go. */
export function missingFirmMentions(firm: FirmIdentity, language: Language = 'fr'): string[] {
  const missing: string[] = [];
  if (firm.legalForm === '') return [MESSAGE_WORDS.missingLegalForm[language]];
  if (isSociete(firm.legalForm)) {
    if (firm.shareCapital === '') missing.push(MESSAGE_WORDS.missingShareCapital[language]);
    if (firm.rcsCity === '') missing.push(MESSAGE_WORDS.missingRcsCity[language]);
  }
  return missing;
}

/** « SARL au capital de 10 000 € — RCS Lyon 812 345 678 », as far as the settings tell it. */
export function legalMentionsLine(firm: FirmIdentity, language: Language): string {
  const parts: string[] = [];
  const capital = WORDS.shareCapital[language];
  if (firm.legalForm !== '')
    parts.push(
      firm.shareCapital === ''
        ? firm.legalForm
        : `${firm.legalForm} ${capital} ${firm.shareCapital}`,
    );
  const siren = sirenOf(firm.siret);
  if (firm.rcsCity !== '' && siren !== '') parts.push(`RCS ${firm.rcsCity} ${siren}`);
  else if (siren !== '') parts.push(`SIREN ${siren}`);
  return parts.join(' — ');
}
