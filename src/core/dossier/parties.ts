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
import { PARTY_WORDS } from '../words/dossier';
import type { Blank, DossierClient } from './types';

const W = PARTY_WORDS;
/** What a blank looks like in the requête: a line to write on, and the words to complete it. */
export const BLANK = W.blank.fr;

const ART_54 = W.article54.fr;
const ART_57 = W.article57.fr;

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
  return firm.rcsCity.trim() === '' ? W.siren.fr(siren) : W.registered.fr(firm.rcsCity, siren);
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
  const capital = firm.shareCapital.trim() === '' ? '' : W.capital.fr(firm.shareCapital);
  const signatory = nameAndTitle(firm.signatory);
  const who =
    signatory.name === '' ? blank(W.representativeName.fr, ART_54, blanks) : signatory.name;
  const title =
    signatory.title === '' ? blank(W.representativeTitle.fr, ART_54, blanks) : signatory.title;
  return W.legalCreditor.fr({
    name: firm.name,
    form: firm.legalForm,
    capital,
    registration: registration(firm),
    seat: firm.address,
    representative: who,
    title,
  });
}

/** A natural person trading alone (EI, micro-entrepreneur): the identity of a person. */
function naturalCreditor(firm: FirmIdentity, blanks: Blank[]): string {
  const name =
    firm.signatory.trim() === '' ? blank(W.claimantName.fr, ART_54, blanks) : firm.signatory;
  return W.naturalCreditor.fr({
    name,
    form: firm.legalForm,
    trade: firm.name,
    siren: sirenOf(firm.siret),
    address: firm.address,
    profession: blank(W.claimantProfession.fr, ART_54, blanks),
    domicile: blank(W.claimantDomicile.fr, ART_54, blanks),
    nationality: blank(W.claimantNationality.fr, ART_54, blanks),
    birth: blank(W.claimantBirth.fr, ART_54, blanks),
  });
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
  const sirenText = siren === '' ? '' : W.siren.fr(siren);
  const legal = debtorIsLegalPerson(client);
  if (legal === true)
    return {
      text: W.legalDebtor.fr(client.name, client.legalForm ?? '', sirenText, address),
      blanks,
    };
  if (legal === false)
    return {
      text: W.naturalDebtor.fr(client.name, sirenText, address),
      blanks,
    };
  const form = blank(W.debtorForm.fr, ART_57, blanks);
  return {
    text: W.unknownDebtor.fr(client.name, sirenText, form, address),
    blanks,
  };
}
