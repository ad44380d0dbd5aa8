/**
 * Who asks and who owes, as the requête must name them.
 *
 * The claimant (Code de procédure civile art. 54, 3°, in force since 1 January 2021, décret
 * n° 2020-1452 du 27 novembre 2020): « a) Pour les personnes physiques, les nom, prénoms,
 * profession, domicile, nationalité, date et lieu de naissance de chacun des demandeurs ; b) Pour
 * les personnes morales, leur forme, leur dénomination, leur siège social et l'organe qui les
 * représente légalement ».
 *
 * The debtor (art. 57, as rewritten by décret n° 2019-1333 du 11 décembre 2019, in force
 * 1 January 2020): besides the mentions of art. 54, a requête formed by one party names the
 * person it is against — surname, first names and domicile, or for a legal person its name
 * (dénomination) and registered office (siège social) — and, in every case, the pieces the
 * request rests on; it is dated and signed.
 *
 * What Relance cannot know (a natural person's birth, nationality, profession, domicile; the
 * title of a company's legal representative) is never invented: it is left as a marked blank,
 * listed in the dossier's blanks, to fill in by hand before signing.
 */
import { isSociete, sirenOf } from '../messages/firm-mentions';
import type { FirmIdentity } from '../settings/settings';
import type { Blank, DossierClient } from './types';

/** What a blank looks like in the requête: a line to write on, and the words « à compléter ». */
export const BLANK = '………………… (à compléter)';

const ART_54 = 'article 54, 3°, du Code de procédure civile';
const ART_57 = 'article 57 du Code de procédure civile';

export interface PartyText {
  text: string;
  blanks: Blank[];
}

function blank(label: string, rule: string, blanks: Blank[]): string {
  blanks.push({ label, rule });
  return BLANK;
}

function registration(firm: FirmIdentity): string {
  const siren = sirenOf(firm.siret);
  if (siren === '') return '';
  return firm.rcsCity.trim() === ''
    ? `, SIREN ${siren}`
    : `, immatriculée au registre du commerce et des sociétés de ${firm.rcsCity} sous le numéro ${siren}`;
}

/**
 * The signatory as the settings spell it, « Camille Dupont, gérante »: the name, and the title
 * written after the first comma when there is one.
 */
function nameAndTitle(signatory: string): { name: string; title: string } {
  const comma = signatory.indexOf(',');
  if (comma < 0) return { name: signatory.trim(), title: '' };
  return { name: signatory.slice(0, comma).trim(), title: signatory.slice(comma + 1).trim() };
}

/** A company (a société, an association): form, name, seat and legal representative. */
function legalCreditor(firm: FirmIdentity, blanks: Blank[]): string {
  const capital = firm.shareCapital.trim() === '' ? '' : ` au capital de ${firm.shareCapital}`;
  const signatory = nameAndTitle(firm.signatory);
  const who =
    signatory.name === ''
      ? blank('Nom du représentant légal du demandeur', ART_54, blanks)
      : signatory.name;
  const title =
    signatory.title === ''
      ? blank('Qualité du représentant légal du demandeur (gérant, président…)', ART_54, blanks)
      : signatory.title;
  return `${firm.name}, ${firm.legalForm}${capital}${registration(firm)}, dont le siège social est situé ${firm.address}, représentée par ${who}, en qualité de ${title}.`;
}

/** A natural person trading alone (EI, micro-entrepreneur): the identity of a person. */
function naturalCreditor(firm: FirmIdentity, blanks: Blank[]): string {
  const name =
    firm.signatory.trim() === ''
      ? blank('Nom et prénoms du demandeur', ART_54, blanks)
      : firm.signatory;
  const siren = sirenOf(firm.siret);
  const trade = `, entrepreneur (${firm.legalForm}) exerçant sous le nom commercial « ${firm.name} »${siren === '' ? '' : `, SIREN ${siren}`}, établissement : ${firm.address}`;
  const profession = blank('Profession du demandeur', ART_54, blanks);
  const domicile = blank('Domicile du demandeur', ART_54, blanks);
  const nationality = blank('Nationalité du demandeur', ART_54, blanks);
  const birth = blank('Date et lieu de naissance du demandeur', ART_54, blanks);
  return `${name}${trade} ; profession : ${profession} ; domicile : ${domicile} ; nationalité : ${nationality} ; date et lieu de naissance : ${birth}.`;
}

/** The claimant's mentions (art. 54, 3°), a legal person's when its legal form is a société's. */
export function creditorText(firm: FirmIdentity): PartyText {
  const blanks: Blank[] = [];
  const text = isSociete(firm.legalForm)
    ? legalCreditor(firm, blanks)
    : naturalCreditor(firm, blanks);
  return { text, blanks };
}

/** Whether the debtor is a legal person: undefined when Relance cannot tell. */
export function debtorIsLegalPerson(client: DossierClient): boolean | undefined {
  if (client.clientType === 'consumer') return false;
  const form = client.legalForm?.trim() ?? '';
  return form === '' ? undefined : isSociete(form);
}

/** The debtor's mentions (art. 57), with its SIREN when it is a professional. */
export function debtorText(client: DossierClient): PartyText {
  const blanks: Blank[] = [];
  const address = client.address ?? '';
  const siren = sirenOf(client.siren ?? '');
  const sirenText = siren === '' ? '' : `, SIREN ${siren}`;
  const legal = debtorIsLegalPerson(client);
  if (legal === true)
    return {
      text: `${client.name}, ${client.legalForm ?? ''}${sirenText}, dont le siège social est situé ${address}, prise en la personne de son représentant légal.`,
      blanks,
    };
  if (legal === false)
    return {
      text: `${client.name}${sirenText}, demeurant ${address}.`,
      blanks,
    };
  const form = blank(
    'Forme juridique du débiteur (société, ou entrepreneur individuel)',
    ART_57,
    blanks,
  );
  return {
    text: `${client.name}${sirenText}, forme juridique : ${form}, siège social ou domicile : ${address}.`,
    blanks,
  };
}
