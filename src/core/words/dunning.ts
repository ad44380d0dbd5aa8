/**
 * What the engine tells the user beyond the rows to fix (dunning/): warnings on rates and
 * prescription, a client whose type is not known, an action failing night after night, a run
 * dated before the Journal. Days and rates come in already written; the callers take the French.
 */
import type { ClientType } from '../model';
import type { Entry } from './catalogue';

/** The law that sets each client's prescription period (dunning/prescription.ts). */
export const PRESCRIPTION_BASIS: Record<ClientType, Entry<string>> = {
  consumer: {
    fr: 'article L218-2 du Code de la consommation',
    en: 'Code de la consommation, article L218-2',
  },
  trader: {
    fr: 'article L110-4 du Code de commerce',
    en: 'Code de commerce, article L110-4',
  },
  'non-trader': {
    fr: 'article L110-4 du Code de commerce, article 2224 du Code civil',
    en: 'Code de commerce, article L110-4; Code civil, article 2224',
  },
  'public-buyer': {
    fr: 'loi n° 68-1250 du 31 décembre 1968',
    en: 'law no. 68-1250 of 31 December 1968',
  },
};

/** How a client pays, as the dashboard and the sidebar rate it (dunning/payer-rating.ts). */
export const PAYER_RATING_LABELS = {
  punctual: { fr: 'ponctuel', en: 'punctual' },
  late: { fr: 'en retard', en: 'late' },
  chronic: { fr: 'retard chronique', en: 'chronic late payer' },
} as const satisfies Record<string, Entry<string>>;

export const DUNNING_WORDS = {
  /** The consumer's basis, applied while the type is not known. */
  basisUntilTypeKnown: {
    fr: (basis: string) => `${basis}, tant que le type du client n’est pas indiqué`,
    en: (basis: string) => `${basis}, as long as the client’s type is not given`,
  },
  prescriptionWarning: {
    fr: (number: string, client: string, limit: string, basis: string) =>
      `Facture ${number} (${client}) : prescrite après le ${limit} (${basis}). Passé cette date, elle ne pourra plus être réclamée ; seule une reconnaissance de la dette par le client lui-même (paiement, engagement écrit de sa main : article 2240 du Code civil) ou une action en justice (article 2241) interrompt ce délai. Une promesse orale notée après un appel ne l’interrompt pas.`,
    en: (number: string, client: string, limit: string, basis: string) =>
      `Invoice ${number} (${client}): time-barred after ${limit} (${basis}). After that day it can no longer be claimed; only an acknowledgement of the debt by the client itself (a payment, a commitment in its own hand: Code civil, article 2240) or a court action (article 2241) interrupts this period. An oral promise noted after a call does not.`,
  },
  /** `rate`: the last known rate, written with its percent sign. */
  ecbRateUnknown: {
    fr: (date: string, rate: string) =>
      `Le taux BCE en vigueur le ${date} n’est pas encore dans la table de Relance : les courriers disent « taux BCE en vigueur au ${date} » sans chiffre, et les pénalités de ce semestre, calculées au dernier taux connu (${rate}), sont marquées provisoires. Vérifiez le taux publié par la BCE, puis confirmez-le dans la barre latérale (Aujourd’hui › Taux BCE) ou ajoutez-le dans Paramètres › Pénalités (taux BCE ajoutés).`,
    en: (date: string, rate: string) =>
      `The ECB rate in force on ${date} is not in Relance’s table yet: the letters say « ECB rate in force on ${date} » with no figure, and this half-year’s interest, computed at the last known rate (${rate}), is marked provisional. Check the rate the ECB published, then confirm it from the sidebar (Today › ECB rate) or add it in Settings › Penalties (added ECB rates).`,
  },
  /** The rates come written: « 3 % », « 3 × 2,5 % = 7,5 % ». */
  contractualFloor: {
    fr: (contractual: string, halfYear: string, legal: string, floor: string) =>
      `Taux contractuel de ${contractual} inférieur au plancher du semestre commençant le ${halfYear} : trois fois le taux d’intérêt légal, 3 × ${legal} = ${floor} (article L441-10 du Code de commerce). Relance applique ${floor} sur ce semestre ; vérifiez vos conditions générales de vente.`,
    en: (contractual: string, halfYear: string, legal: string, floor: string) =>
      `Contractual rate of ${contractual} below the floor of the half-year starting ${halfYear}: three times the legal interest rate, 3 × ${legal} = ${floor} (Code de commerce, article L441-10). Relance applies ${floor} over this half-year; check your terms and conditions of sale.`,
  },
  legalRateUnknown: {
    fr: (halfYear: string, contractual: string) =>
      `Le taux d’intérêt légal du semestre commençant le ${halfYear} n’est pas encore dans la table de Relance : le taux contractuel de ${contractual} est appliqué sans vérifier qu’il atteint trois fois ce taux (article L441-10 du Code de commerce). Vérifiez l’arrêté publié pour ce semestre et mettez Relance à jour.`,
    en: (halfYear: string, contractual: string) =>
      `The legal interest rate of the half-year starting ${halfYear} is not in Relance’s table yet: the contractual rate of ${contractual} is applied without checking that it reaches three times that rate (Code de commerce, article L441-10). Check the decree published for this half-year and update Relance.`,
  },

  // A client whose type is not known (dunning/client-kind.ts, sheets/client-type.ts).
  /** The values the user may write, as the problems list them. */
  acceptedClientTypes: {
    fr: 'commerçant, non commerçant, particulier ou acheteur public (ou la forme : SARL, SAS, SCI, SCP, SELARL, association, EARL, GAEC, commune, hôpital…)',
    en: 'trader, non-trader, consumer or public buyer (or the legal form: SARL, SAS, SCI, SCP, SELARL, association, EARL, GAEC, commune, hospital…)',
  },
  clientTypeMissing: { fr: 'Type client manquant', en: 'Client type missing' },
  clientTypeUnknown: {
    fr: (shown: string) => `Type client « ${shown} » non reconnu`,
    en: (shown: string) => `Client type « ${shown} » not recognised`,
  },
  clientTypeAmbiguous: {
    fr: (shown: string, why: string) => `Type client « ${shown} » ambigu : ${why}`,
    en: (shown: string, why: string) => `Client type « ${shown} » ambiguous: ${why}`,
  },
  /** Why a word that names a business does not say its type. */
  businessWordUndecided: {
    fr: 'ce mot ne dit pas si le client est commerçant (société commerciale) ou non commerçant (SCI, profession libérale, exploitation agricole, association)',
    en: 'this word does not say whether the client is a trader (a commercial company) or a non-trader (SCI, liberal profession, farm, association)',
  },
  soleTraderUndecided: {
    fr: 'ce statut ne dit pas la nature de l’activité : commerciale (commerçant) ou libérale, agricole ou artisanale (non commerçant)',
    en: 'this status does not say what the activity is: commercial (trader) or liberal, agricultural or craft (non-trader)',
  },
  clientTypeFaultFor: {
    fr: (fault: string, client: string) => `${fault} pour ${client}`,
    en: (fault: string, client: string) => `${fault} for ${client}`,
  },
  /** One row's type: « ligne 4 : commerçant ». */
  clientTypeOnRow: {
    fr: (row: number, type: string) => `ligne ${row} : ${type}`,
    en: (row: number, type: string) => `row ${row}: ${type}`,
  },
  clientTypesDiffer: {
    fr: (client: string, seen: readonly string[]) =>
      `Types différents pour ${client} (${seen.join(', ')}) : un client n’a qu’un type`,
    en: (client: string, seen: readonly string[]) =>
      `Different types for ${client} (${seen.join(', ')}): a client has only one type`,
  },
  clientTypeOtherRows: {
    fr: (rows: readonly number[]) => ` (lignes ${rows.join(', ')})`,
    en: (rows: readonly number[]) => ` (rows ${rows.join(', ')})`,
  },
  clientTypeWhereToSay: {
    fr: (accepted: string) =>
      `Indiquez ${accepted} dans la colonne Type client, dans l’onglet Clients ou dans la fiche client de la barre latérale.`,
    en: (accepted: string) =>
      `Give ${accepted} in the Type client column, in the Clients tab or in the sidebar’s client view.`,
  },
  clientTypeWhatWaits: {
    fr: 'En attendant, Relance n’envoie que les relances courtoises, sans pénalités ni indemnité, ni mise en demeure ni recours.',
    en: 'Until then, Relance sends only the courteous reminders, without interest or indemnity, and no formal notice or recourse.',
  },

  /** An action that failed several nights running (dunning/repeated-failures.ts). */
  repeatedFailure: {
    fr: (client: string, nights: number, detail: string) =>
      `Relance de ${client} en échec ${nights} nuits de suite (dernière erreur : ${detail || 'inconnue'}) : Relance ne la retente plus chaque nuit. Corrigez ce que dit l’erreur, puis utilisez « Envoyer » dans la barre latérale.`,
    en: (client: string, nights: number, detail: string) =>
      `Reminder of ${client} failed ${nights} nights running (last error: ${detail || 'unknown'}): Relance no longer tries it every night. Correct what the error says, then use « Envoyer » in the sidebar.`,
  },
  /** Who confirmed an ECB rate, when the sidebar could not tell (dunning/ecb-confirmation.ts). */
  unknownConfirmer: { fr: 'inconnu', en: 'unknown' },
  /** A run dated before the Journal's latest event (dunning/run-date.ts). */
  runBeforeJournal: {
    fr: (today: string, latest: string) =>
      `Passage refusé : il est daté du ${today}, avant le dernier passage inscrit au Journal (${latest}). Vérifiez la date de l’ordinateur (ou l’option --today) : rien n’a été envoyé.`,
    en: (today: string, latest: string) =>
      `Run refused: it is dated ${today}, before the last run written in the Journal (${latest}). Check the computer’s date (or the --today option): nothing was sent.`,
  },
} as const satisfies Record<string, Entry<unknown>>;
