/**
 * The words of the injonction-de-payer dossier (dossier/): the requête and the bordereau as the
 * clerk of a French court reads them, the titles of the pieces, the pages of record, the file
 * names, and the Journal's notes. The requête and the bordereau go to a French judge: the
 * callers take `.fr`; the English says the same for a reader of the code or a translation.
 *
 * The articles cited are the Code de procédure civile's as in force (docs/french-law.md):
 * art. 54 (the mentions of a request), 57 (the debtor, the pieces, date and signature) and
 * 1405 to 1407 (the injonction de payer); the basis of the claim cites the Code civil (1103),
 * the Code de commerce (L441-10, D441-5).
 */
import { formatIsoDay, type Day } from '../values/day';
import type { Cents } from '../values/money';
import { byCount, elidedDe, WORDS, type Entry } from './catalogue';
import { formatEnglishDay, formatEuros, formatFrenchDay } from './format';
import { formatPercent, joinList } from './wording';

/** What a piece of the dossier is (dossier/types.ts PieceKind). */
export type PieceKindName = 'invoice' | 'reminder' | 'formal-notice' | 'receipt' | 'statement';

/** A registered letter as the requête cites it: its number (may be empty), posting, presentation. */
export interface RegisteredLetter {
  number: string;
  postedOn: Day;
  presentedOn?: Day;
}

/** An invoice as the requête claims it: issued (when known), due, settled (when paid late), owed. */
export interface ClaimedInvoice {
  number: string;
  issued: Day | undefined;
  due: Day;
  settled: Day | undefined;
  amount: Cents;
}

/** One stretch of penalties, as the breakdown lists it (dossier/types.ts BreakdownPenalty). */
export interface PenaltyStretch {
  from: Day;
  to: Day;
  days: number;
  baseCents: Cents;
  rateText: string;
  cents: Cents;
}

/** A company claimant's mentions, each written already (a blank where Relance does not know). */
export interface CompanyClaimant {
  name: string;
  form: string;
  capital: string;
  registration: string;
  seat: string;
  representative: string;
  title: string;
}

/** A claimant trading alone: a person's mentions, each written already or a blank. */
export interface PersonClaimant {
  name: string;
  form: string;
  trade: string;
  siren: string;
  address: string;
  profession: string;
  domicile: string;
  nationality: string;
  birth: string;
}

const frDay = formatFrenchDay;
const enDay = formatEnglishDay;
const frEuros = (cents: number): string => formatEuros(cents as Cents, 'fr');
const enEuros = (cents: number): string => formatEuros(cents as Cents, 'en');
/** « n° 1A 234 », nothing when the registered letter's number is not known. */
const frNumber = (number: string): string => (number === '' ? '' : ` n° ${number}`);
const enNumber = (number: string): string => (number === '' ? '' : ` no. ${number}`);
/** « Pièce n° 3 »: a piece as the requête, the bordereau and its own page name it. */
const frPiece = (number: number): string => `Pièce n° ${number}`;
const enPiece = (number: number): string => `Exhibit no. ${number}`;

/** « À Madame ou Monsieur le Président du tribunal de commerce de Lorient »; another name as is. */
function frCourtAddress(court: string): string {
  return /^tribunal\b/i.test(court)
    ? `À Madame ou Monsieur le Président du ${court.charAt(0).toLowerCase()}${court.slice(1)}`
    : `À Madame ou Monsieur le Président — ${court}`;
}

function enCourtAddress(court: string): string {
  return /^tribunal\b/i.test(court)
    ? `To the President of the ${court}`
    : `To the President — ${court}`;
}

/** The requête's and the bordereau's lines (dossier/requete.ts). */
export const REQUETE_WORDS = {
  title: { fr: 'Requête en injonction de payer', en: 'Application for an order for payment' },
  articles: {
    fr: '(articles 1405 à 1407 du Code de procédure civile)',
    en: '(articles 1405 to 1407 of the French Code of Civil Procedure)',
  },
  courtAddress: { fr: frCourtAddress, en: enCourtAddress },
  claimant: { fr: 'Le demandeur', en: 'The claimant' },
  againstDebtor: { fr: 'Contre le débiteur', en: 'Against the debtor' },
  object: { fr: 'Objet de la demande', en: 'Object of the application' },
  objectText: {
    fr: (total: Cents, statedOn: Day) =>
      `Le demandeur sollicite une ordonnance enjoignant au débiteur de lui payer la somme de ${frEuros(total)}, arrêtée au ${frDay(statedOn)}, selon le décompte ci-après.`,
    en: (total: Cents, statedOn: Day) =>
      `The claimant seeks an order enjoining the debtor to pay the sum of ${enEuros(total)}, as at ${enDay(statedOn)}, according to the breakdown below.`,
  },
  facts: { fr: 'Exposé des faits et des moyens', en: 'Statement of facts and pleas' },
  /** « pièce n° 2 », « pièces n° 2 et 3 ». */
  pieceNumbers: {
    fr: (numbers: readonly string[]) =>
      `${byCount(numbers.length, 'fr', 'pièce', 'pièces')} n° ${joinList(numbers, 'fr')}`,
    en: (numbers: readonly string[]) =>
      `${byCount(numbers.length, 'en', 'exhibit', 'exhibits')} no. ${joinList(numbers, 'en')}`,
  },
  invoiced: {
    fr: (open: readonly string[], pieces: string) => {
      const several = open.length > 1;
      return `Le demandeur a facturé au débiteur les prestations ou fournitures décrites ${several ? 'aux factures' : 'à la facture'} n° ${joinList(open, 'fr')} (${pieces}). ${several ? 'Ces factures sont demeurées impayées' : 'Cette facture est demeurée impayée'} à l’échéance convenue, en tout ou partie.`;
    },
    en: (open: readonly string[], pieces: string) => {
      const several = open.length > 1;
      return `The claimant invoiced the debtor for the services or supplies described in ${several ? 'invoices' : 'invoice'} no. ${joinList(open, 'en')} (${pieces}). ${several ? 'These invoices remained' : 'This invoice remained'} unpaid, in whole or in part, on the agreed due date.`;
    },
  },
  paidLate: {
    fr: (number: string, pieces: string) =>
      `La facture n° ${number} (${pieces}), réglée en principal après son échéance, reste redevable des pénalités de retard courues jusqu’au jour de son paiement et de l’indemnité forfaitaire pour frais de recouvrement.`,
    en: (number: string, pieces: string) =>
      `Invoice no. ${number} (${pieces}), whose principal was paid after its due date, still owes the late payment penalties run until the day of its payment and the fixed recovery indemnity.`,
  },
  reminded: {
    fr: (days: readonly Day[], pieces: string) =>
      `Le débiteur a été relancé ${joinList(
        days.map((d) => `le ${frDay(d)}`),
        'fr',
      )} (${pieces}), sans résultat.`,
    en: (days: readonly Day[], pieces: string) =>
      `The debtor was reminded ${joinList(
        days.map((d) => `on ${enDay(d)}`),
        'en',
      )} (${pieces}), to no avail.`,
  },
  /** The mise en demeure, and its deadline when Relance knows it. */
  noticeGiven: {
    fr: (lrar: RegisteredLetter, piece: number, deadline: Day | undefined) => {
      const presented =
        lrar.presentedOn === undefined ? '' : `, présentée le ${frDay(lrar.presentedOn)}`;
      const expired =
        deadline === undefined
          ? ''
          : ` Le délai de huit jours qu’elle lui accordait a expiré le ${frDay(deadline)} sans paiement.`;
      return `Par lettre recommandée avec avis de réception${frNumber(lrar.number)}, déposée le ${frDay(lrar.postedOn)}${presented}, le débiteur a été mis en demeure de payer (pièce n° ${piece}).${expired}`;
    },
    en: (lrar: RegisteredLetter, piece: number, deadline: Day | undefined) => {
      const presented =
        lrar.presentedOn === undefined ? '' : `, presented on ${enDay(lrar.presentedOn)}`;
      const expired =
        deadline === undefined
          ? ''
          : ` The eight days it granted expired on ${enDay(deadline)} without payment.`;
      return `By registered letter with acknowledgement of receipt${enNumber(lrar.number)}, posted on ${enDay(lrar.postedOn)}${presented}, the debtor was given formal notice to pay (exhibit no. ${piece}).${expired}`;
    },
  },
  claimCertain: {
    fr: 'La créance est ainsi certaine, liquide et exigible. Le demandeur est fondé à en poursuivre le recouvrement par la voie de l’injonction de payer.',
    en: 'The claim is therefore certain, liquid and due. The claimant is entitled to pursue its recovery by way of an order for payment.',
  },

  // The breakdown of the sum (« le décompte des différents éléments de la créance », art. 1407).
  breakdown: { fr: 'Décompte de la créance', en: 'Breakdown of the claim' },
  invoiceClaimed: {
    fr: ({ number, issued, due, settled, amount }: ClaimedInvoice) =>
      `Facture n° ${number}${issued === undefined ? '' : ` du ${frDay(issued)}`}, échue le ${frDay(due)}${settled === undefined ? '' : `, réglée le ${frDay(settled)}`} : ${frEuros(amount)}`,
    en: ({ number, issued, due, settled, amount }: ClaimedInvoice) =>
      `Invoice no. ${number}${issued === undefined ? '' : ` of ${enDay(issued)}`}, due on ${enDay(due)}${settled === undefined ? '' : `, paid on ${enDay(settled)}`}: ${enEuros(amount)}`,
  },
  paymentReceived: {
    fr: (day: Day, amount: Cents) => `règlement reçu le ${frDay(day)} : − ${frEuros(amount)}`,
    en: (day: Day, amount: Cents) => `payment received on ${enDay(day)}: − ${enEuros(amount)}`,
  },
  principalLeft: {
    fr: (amount: Cents) => `reste dû en principal : ${frEuros(amount)}`,
    en: (amount: Cents) => `principal still due: ${enEuros(amount)}`,
  },
  penaltyStretch: {
    fr: (p: PenaltyStretch) =>
      `pénalités de retard du ${frDay(p.from)} au ${frDay(p.to)} (${p.days} ${byCount(p.days, 'fr', 'jour', 'jours')}) sur ${frEuros(p.baseCents)} au taux de ${p.rateText} : ${frEuros(p.cents)}`,
    en: (p: PenaltyStretch) =>
      `late payment penalties from ${enDay(p.from)} to ${enDay(p.to)} (${p.days} ${byCount(p.days, 'en', 'day', 'days')}) on ${enEuros(p.baseCents)} at the rate of ${p.rateText}: ${enEuros(p.cents)}`,
  },
  penaltiesPaid: {
    fr: (amount: Cents) => `pénalités déjà réglées : − ${frEuros(amount)}`,
    en: (amount: Cents) => `penalties already paid: − ${enEuros(amount)}`,
  },
  penaltiesLeft: {
    fr: (amount: Cents) => `pénalités de retard restant dues : ${frEuros(amount)}`,
    en: (amount: Cents) => `late payment penalties still due: ${enEuros(amount)}`,
  },
  invoicePenalties: {
    fr: (amount: Cents) => `total des pénalités de retard de la facture : ${frEuros(amount)}`,
    en: (amount: Cents) => `total late payment penalties of the invoice: ${enEuros(amount)}`,
  },
  indemnity: {
    fr: (amount: Cents) => `indemnité forfaitaire pour frais de recouvrement : ${frEuros(amount)}`,
    en: (amount: Cents) => `fixed recovery indemnity: ${enEuros(amount)}`,
  },
  principalTotal: {
    fr: (amount: Cents) => `Total en principal : ${frEuros(amount)}`,
    en: (amount: Cents) => `Total principal: ${enEuros(amount)}`,
  },
  penaltiesTotal: {
    fr: (amount: Cents) => `Total des pénalités de retard : ${frEuros(amount)}`,
    en: (amount: Cents) => `Total late payment penalties: ${enEuros(amount)}`,
  },
  indemnitiesTotal: {
    fr: (amount: Cents) => `Total des indemnités forfaitaires : ${frEuros(amount)}`,
    en: (amount: Cents) => `Total fixed indemnities: ${enEuros(amount)}`,
  },
  totalClaimed: {
    fr: (statedOn: Day, amount: Cents) =>
      `Somme totale réclamée, arrêtée au ${frDay(statedOn)} : ${frEuros(amount)}`,
    en: (statedOn: Day, amount: Cents) =>
      `Total sum claimed, as at ${enDay(statedOn)}: ${enEuros(amount)}`,
  },

  basis: { fr: 'Fondement de la créance', en: 'Basis of the claim' },
  pieces: { fr: 'Pièces produites', en: 'Exhibits produced' },
  piecesIntro: {
    fr: 'Au soutien de la requête sont produites les pièces suivantes, selon le bordereau joint :',
    en: 'In support of the application, the following exhibits are produced, as listed in the attached schedule:',
  },
  piece: {
    fr: (number: number, title: string) => `${frPiece(number)} : ${title}`,
    en: (number: number, title: string) => `${enPiece(number)}: ${title}`,
  },

  // Place, date and signature (art. 57).
  signatureBlank: {
    fr: 'Lieu et date de la requête, et signature',
    en: 'Place and date of the application, and signature',
  },
  madeAt: {
    fr: (blank: string) => `Fait à ${blank}, le ${blank}`,
    en: (blank: string) => `Made at ${blank}, on ${blank}`,
  },
  signedFor: {
    fr: (signatory: string, firm: string) => `${signatory}, pour ${firm}`,
    en: (signatory: string, firm: string) => `${signatory}, for ${firm}`,
  },
  signature: { fr: 'Signature :', en: 'Signature:' },

  // The bordereau (« le bordereau des documents justificatifs », art. 1407).
  bordereauTitle: { fr: 'Bordereau des pièces communiquées', en: 'Schedule of exhibits' },
  bordereauIntro: {
    fr: (firm: string, client: string, court: string) =>
      `Requête en injonction de payer ${elidedDe(firm)} contre ${client}, ${frCourtAddress(court).replace(/^À /, 'adressée à ')}.`,
    en: (firm: string, client: string, court: string) =>
      `Application for an order for payment of ${firm} against ${client}, addressed ${enCourtAddress(court).replace(/^To /, 'to ')}.`,
  },
  bordereauPiece: {
    fr: (number: number, title: string, file: string) =>
      `${frPiece(number)} : ${title} — fichier « ${file} »`,
    en: (number: number, title: string, file: string) =>
      `${enPiece(number)}: ${title} — file « ${file} »`,
  },
} as const satisfies Record<string, Entry<unknown>>;

/** The legal basis of each part of the claim (dossier/breakdown.ts). */
export const BASIS_WORDS = {
  contract: {
    fr: 'La créance a une cause contractuelle (article 1405 du Code de procédure civile) : le prix facturé au débiteur, demeuré impayé à l’échéance convenue (les contrats légalement formés tiennent lieu de loi à ceux qui les ont faits, article 1103 du Code civil).',
    en: 'The claim has a contractual cause (article 1405 of the French Code of Civil Procedure): the price invoiced to the debtor, left unpaid on the agreed due date (contracts lawfully formed have the force of law for those who made them, article 1103 of the French Civil Code).',
  },
  contractualPenalties: {
    fr: (ratePercent: number, floorPercent: number) =>
      `Les pénalités de retard sont dues de plein droit, sans rappel, à compter du jour suivant la date de règlement figurant sur la facture, au taux de ${formatPercent(ratePercent, 'fr')} prévu aux conditions de règlement, jamais inférieur à trois fois le taux d’intérêt légal (article L441-10 du Code de commerce, plancher aujourd’hui de ${formatPercent(floorPercent, 'fr')}).`,
    en: (ratePercent: number, floorPercent: number) =>
      `Late payment penalties are due as of right, without reminder, from the day after the payment date stated on the invoice, at the rate of ${formatPercent(ratePercent, 'en')} set in the terms of payment, never below three times the legal interest rate (article L441-10 of the French Commercial Code, a floor of ${formatPercent(floorPercent, 'en')} today).`,
  },
  statutoryPenalties: {
    fr: 'Les pénalités de retard sont dues de plein droit, sans rappel, à compter du jour suivant la date de règlement figurant sur la facture, au taux de la Banque centrale européenne appliqué à son opération de refinancement la plus récente, en vigueur au 1er janvier ou au 1er juillet de chaque semestre, majoré de 10 points (article L441-10 du Code de commerce). Elles sont calculées jour par jour sur le solde restant dû (montant × taux × jours / 365).',
    en: 'Late payment penalties are due as of right, without reminder, from the day after the payment date stated on the invoice, at the rate the European Central Bank applied to its most recent refinancing operation, in force on 1 January or 1 July of each half-year, plus 10 points (article L441-10 of the French Commercial Code). They are computed day by day on the balance due (amount × rate × days / 365).',
  },
  indemnity: {
    fr: (amount: Cents) =>
      `L’indemnité forfaitaire pour frais de recouvrement de ${frEuros(amount)} par facture est due de plein droit par tout professionnel en situation de retard de paiement (articles L441-10 et D441-5 du Code de commerce).`,
    en: (amount: Cents) =>
      `The fixed recovery indemnity of ${enEuros(amount)} per invoice is due as of right by any professional late in payment (articles L441-10 and D441-5 of the French Commercial Code).`,
  },
  paidLate: {
    fr: 'Une facture réglée après son échéance reste redevable des pénalités courues jusqu’au jour du paiement et de l’indemnité forfaitaire (article L441-10 du Code de commerce).',
    en: 'An invoice paid after its due date still owes the penalties run until the day of payment and the fixed indemnity (article L441-10 of the French Commercial Code).',
  },
  penaltiesLabel: { fr: 'pénalités de retard', en: 'late payment penalties' },
} as const satisfies Record<string, Entry<unknown>>;

/** Who asks and who owes (dossier/parties.ts): art. 54, 3° and art. 57. */
export const PARTY_WORDS = {
  /** What a blank looks like in the requête: a line to write on, and the words « à compléter ». */
  blank: { fr: '………………… (à compléter)', en: '………………… (to be completed)' },
  article54: {
    fr: 'article 54, 3°, du Code de procédure civile',
    en: 'article 54, 3°, of the French Code of Civil Procedure',
  },
  article57: {
    fr: 'article 57 du Code de procédure civile',
    en: 'article 57 of the French Code of Civil Procedure',
  },
  siren: { fr: (siren: string) => `, SIREN ${siren}`, en: (siren: string) => `, SIREN ${siren}` },
  registered: {
    fr: (city: string, siren: string) =>
      `, immatriculée au registre du commerce et des sociétés de ${city} sous le numéro ${siren}`,
    en: (city: string, siren: string) =>
      `, registered with the trade and companies register of ${city} under number ${siren}`,
  },
  capital: {
    fr: (capital: string) => ` au capital de ${capital}`,
    en: (capital: string) => ` with a share capital of ${capital}`,
  },
  representativeName: {
    fr: 'Nom du représentant légal du demandeur',
    en: 'Name of the claimant’s legal representative',
  },
  representativeTitle: {
    fr: 'Qualité du représentant légal du demandeur (gérant, président…)',
    en: 'Title of the claimant’s legal representative (manager, president…)',
  },
  /** A company: form, name, seat and legal representative. */
  legalCreditor: {
    fr: (c: CompanyClaimant) =>
      `${c.name}, ${c.form}${c.capital}${c.registration}, dont le siège social est situé ${c.seat}, représentée par ${c.representative}, en qualité de ${c.title}.`,
    en: (c: CompanyClaimant) =>
      `${c.name}, ${c.form}${c.capital}${c.registration}, whose registered office is at ${c.seat}, represented by ${c.representative}, as ${c.title}.`,
  },
  claimantName: { fr: 'Nom et prénoms du demandeur', en: 'Claimant’s surname and first names' },
  claimantProfession: { fr: 'Profession du demandeur', en: 'Claimant’s profession' },
  claimantDomicile: { fr: 'Domicile du demandeur', en: 'Claimant’s domicile' },
  claimantNationality: { fr: 'Nationalité du demandeur', en: 'Claimant’s nationality' },
  claimantBirth: {
    fr: 'Date et lieu de naissance du demandeur',
    en: 'Claimant’s date and place of birth',
  },
  /** A natural person trading alone: the identity of a person, each unknown mention a blank. */
  naturalCreditor: {
    fr: (person: PersonClaimant) =>
      `${person.name}, entrepreneur (${person.form}) exerçant sous le nom commercial « ${person.trade} »${person.siren === '' ? '' : `, SIREN ${person.siren}`}, établissement : ${person.address} ; profession : ${person.profession} ; domicile : ${person.domicile} ; nationalité : ${person.nationality} ; date et lieu de naissance : ${person.birth}.`,
    en: (person: PersonClaimant) =>
      `${person.name}, entrepreneur (${person.form}) trading under the name « ${person.trade} »${person.siren === '' ? '' : `, SIREN ${person.siren}`}, establishment: ${person.address}; profession: ${person.profession}; domicile: ${person.domicile}; nationality: ${person.nationality}; date and place of birth: ${person.birth}.`,
  },
  legalDebtor: {
    fr: (name: string, form: string, siren: string, seat: string) =>
      `${name}, ${form}${siren}, dont le siège social est situé ${seat}, prise en la personne de son représentant légal.`,
    en: (name: string, form: string, siren: string, seat: string) =>
      `${name}, ${form}${siren}, whose registered office is at ${seat}, acting through its legal representative.`,
  },
  naturalDebtor: {
    fr: (name: string, siren: string, address: string) => `${name}${siren}, demeurant ${address}.`,
    en: (name: string, siren: string, address: string) =>
      `${name}${siren}, residing at ${address}.`,
  },
  debtorForm: {
    fr: 'Forme juridique du débiteur (société, ou entrepreneur individuel)',
    en: 'Debtor’s legal form (company, or sole trader)',
  },
  unknownDebtor: {
    fr: (name: string, siren: string, form: string, address: string) =>
      `${name}${siren}, forme juridique : ${form}, siège social ou domicile : ${address}.`,
    en: (name: string, siren: string, form: string, address: string) =>
      `${name}${siren}, legal form: ${form}, registered office or domicile: ${address}.`,
  },
} as const satisfies Record<string, Entry<unknown>>;

/** « factures F-1, F-2 »: the invoices a piece is about. */
const frInvoices = (numbers: readonly string[]): string =>
  WORDS.invoicesNamed.fr(numbers.length, numbers.join(', '));
const enInvoices = (numbers: readonly string[]): string =>
  WORDS.invoicesNamed.en(numbers.length, numbers.join(', '));

/** A reminder as its piece's title names it: the step's label, its day, channel, recipients, invoices. */
export interface ReminderPiece {
  step: string;
  day: Day;
  /** Said for an email; a letter's channel goes without saying. */
  channel: string | undefined;
  to: readonly string[];
  invoices: readonly string[];
}

/** The titles of the pieces, as the requête and the bordereau list them (dossier/pieces.ts). */
export const PIECE_WORDS = {
  invoice: {
    fr: (number: string, issued: Day | undefined, due: Day, amount: Cents) =>
      `Facture n° ${number}${issued === undefined ? '' : ` du ${frDay(issued)}`}, échue le ${frDay(due)}, d’un montant de ${frEuros(amount)}`,
    en: (number: string, issued: Day | undefined, due: Day, amount: Cents) =>
      `Invoice no. ${number}${issued === undefined ? '' : ` of ${enDay(issued)}`}, due on ${enDay(due)}, for ${enEuros(amount)}`,
  },
  /** A reminder the Journal holds without its step. */
  someReminder: { fr: 'Relance', en: 'Reminder' },
  /** « Courrier de rappel du 2 novembre 2026 par email à a@b.fr (facture F-1) »; a letter's channel goes without saying. */
  reminder: {
    fr: ({ step, day, channel, to, invoices }: ReminderPiece) =>
      `${step} du ${frDay(day)}${channel === undefined ? '' : ` par ${channel}`}${to.length === 0 ? '' : ` à ${to.join(', ')}`} (${frInvoices(invoices)})`,
    en: ({ step, day, channel, to, invoices }: ReminderPiece) =>
      `${step} of ${enDay(day)}${channel === undefined ? '' : ` by ${channel}`}${to.length === 0 ? '' : ` to ${to.join(', ')}`} (${enInvoices(invoices)})`,
  },
  formalNotice: {
    fr: (lrar: string, postedOn: Day, presentedOn: Day | undefined, invoices: readonly string[]) =>
      `Mise en demeure par lettre recommandée avec avis de réception${frNumber(lrar)}, déposée le ${frDay(postedOn)}${presentedOn === undefined ? ', avis de réception non enregistré' : `, présentée le ${frDay(presentedOn)}`} (${frInvoices(invoices)})`,
    en: (lrar: string, postedOn: Day, presentedOn: Day | undefined, invoices: readonly string[]) =>
      `Formal notice by registered letter with acknowledgement of receipt${enNumber(lrar)}, posted on ${enDay(postedOn)}${presentedOn === undefined ? ', acknowledgement of receipt not recorded' : `, presented on ${enDay(presentedOn)}`} (${enInvoices(invoices)})`,
  },
  receipt: {
    fr: (lrar: string, presentedOn: Day) =>
      `Avis de réception de la lettre recommandée${frNumber(lrar)}, présentée le ${frDay(presentedOn)}`,
    en: (lrar: string, presentedOn: Day) =>
      `Acknowledgement of receipt of registered letter${enNumber(lrar)}, presented on ${enDay(presentedOn)}`,
  },
  statement: {
    fr: (day: Day) => `Relevé de compte arrêté au ${frDay(day)}`,
    en: (day: Day) => `Statement of account as at ${enDay(day)}`,
  },
} as const satisfies Record<string, Entry<unknown>>;

/** The names of the dossier's files and folder (dossier/file-names.ts). */
export const FILE_WORDS = {
  requete: {
    fr: '00 - Requête en injonction de payer.pdf',
    en: '00 - Application for an order for payment.pdf',
  },
  bordereau: { fr: '00 - Bordereau des pièces.pdf', en: '00 - Schedule of exhibits.pdf' },
  kinds: {
    fr: {
      invoice: 'Facture',
      reminder: 'Relance',
      'formal-notice': 'Mise en demeure',
      receipt: 'Avis de réception',
      statement: 'Relevé de compte',
    },
    en: {
      invoice: 'Invoice',
      reminder: 'Reminder',
      'formal-notice': 'Formal notice',
      receipt: 'Acknowledgement of receipt',
      statement: 'Statement of account',
    },
  } satisfies Entry<Record<PieceKindName, string>>,
  /** « Relance du 2026-11-02 »: a piece's kind and the ISO day it bears. */
  kindOn: {
    fr: (kind: string, day: Day) => `${kind} du ${formatIsoDay(day)}`,
    en: (kind: string, day: Day) => `${kind} of ${formatIsoDay(day)}`,
  },
  /** « Pièce 03 - Relance du 2026-11-02 », before the file's extension. */
  piece: {
    fr: (number: string, what: string) => `Pièce ${number} - ${what}`,
    en: (number: string, what: string) => `Exhibit ${number} - ${what}`,
  },
  folder: {
    fr: (client: string, today: Day) => `Dossier injonction - ${client} - ${formatIsoDay(today)}`,
    en: (client: string, today: Day) => `Order for payment - ${client} - ${formatIsoDay(today)}`,
  },
} as const satisfies Record<string, Entry<unknown>>;

/** The page of record of a piece sent with no document kept (dossier/wiring.ts). */
export const RECORD_WORDS = {
  piece: {
    fr: frPiece,
    en: enPiece,
  },
  sentOn: {
    fr: (day: Day) => `Date d’envoi : ${frDay(day)}`,
    en: (day: Day) => `Sent on: ${enDay(day)}`,
  },
  recipients: {
    fr: (to: readonly string[]) => `Destinataires : ${to.join(', ')}`,
    en: (to: readonly string[]) => `Recipients: ${to.join(', ')}`,
  },
  subject: {
    fr: (subject: string) => `Objet : ${subject}`,
    en: (subject: string) => `Subject: ${subject}`,
  },
  lrarPosted: {
    fr: (number: string, postedOn: Day) =>
      `Lettre recommandée avec accusé de réception n° ${number}, postée le ${frDay(postedOn)}.`,
    en: (number: string, postedOn: Day) =>
      `Registered letter with acknowledgement of receipt no. ${number}, posted on ${enDay(postedOn)}.`,
  },
  receiptNotYet: {
    fr: 'Avis de réception : non reçu à ce jour.',
    en: 'Acknowledgement of receipt: not received to date.',
  },
  receiptPresented: {
    fr: (day: Day) => `Avis de réception : première présentation le ${frDay(day)}.`,
    en: (day: Day) => `Acknowledgement of receipt: first presented on ${enDay(day)}.`,
  },
  /** The caveat of a reminder's text composed again for its page (dossier/recompose.ts). */
  recomposed: {
    fr: (day: Day) =>
      `Texte recomposé par Relance pour le message du ${frDay(day)}, à partir de ses modèles et du Journal : le message lui-même est conservé dans la messagerie de l’expéditeur.`,
    en: (day: Day) =>
      `Text composed again by Relance for the message of ${enDay(day)}, from its templates and the Journal: the message itself is kept in the sender’s mailbox.`,
  },
} as const satisfies Record<string, Entry<unknown>>;

/** What the dossier waits for, and the Journal's note of a dossier (dossier/wiring.ts, render.ts, refusals.ts). */
export const DOSSIER_WORDS = {
  unreadableInvoice: {
    fr: (invoice: string, link: string) =>
      `Facture ${invoice} : le PDF de « Lien facture » (${link}) est illisible ou à la corbeille. Déposez la facture dans Drive et collez son lien.`,
    en: (invoice: string, link: string) =>
      `Invoice ${invoice}: the PDF of « Lien facture » (${link}) cannot be read or is in the trash. Put the invoice in Drive and paste its link.`,
  },
  unreadableDocument: {
    fr: (title: string, link: string) =>
      `${title} : le document lié dans le Journal (${link}) est illisible ou à la corbeille. Remettez-le dans Drive ou retirez son lien.`,
    en: (title: string, link: string) =>
      `${title}: the document linked in the Journal (${link}) cannot be read or is in the trash. Put it back in Drive or remove its link.`,
  },
  refusedNote: {
    fr: (reasons: readonly string[]) =>
      `Dossier d’injonction de payer non préparé : ${reasons.join(' ')}`,
    en: (reasons: readonly string[]) =>
      `Order-for-payment dossier not prepared: ${reasons.join(' ')}`,
  },
  preparedNote: {
    fr: (total: Cents, today: Day, pieces: number, court: string) =>
      `Dossier d’injonction de payer préparé : ${frEuros(total)} arrêtés au ${frDay(today)}, ${pieces} ${byCount(pieces, 'fr', 'pièce', 'pièces')}, ${court}.`,
    en: (total: Cents, today: Day, pieces: number, court: string) =>
      `Order-for-payment dossier prepared: ${enEuros(total)} as at ${enDay(today)}, ${pieces} ${byCount(pieces, 'en', 'piece', 'pieces')}, ${court}.`,
  },
  /** The claimant's identity the settings lack (CPC art. 54, 3°). */
  firmName: { fr: 'le nom de l’entreprise', en: 'the business name' },
  firmAddress: { fr: 'l’adresse du siège ou de l’établissement', en: 'the address' },
  firmLegalForm: {
    fr: 'la forme juridique (SARL, SAS, EI…)',
    en: 'the legal form (SARL, SAS, EI…)',
  },
} as const satisfies Record<string, Entry<unknown>>;
