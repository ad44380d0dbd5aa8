/**
 * What Relance says of the court a recourse goes to (dunning/court.ts): the procedure and its
 * articles, what to check before filing, and the honest question when it cannot tell. The
 * courts' names are the law's (dunning/court-names.ts). The callers take the French.
 */
import type { Entry } from './catalogue';

/** « Tribunal de commerce de Lyon » → « tribunal de commerce de Lyon », inside a sentence. */
const inSentence = (name: string) => `${name.charAt(0).toLowerCase()}${name.slice(1)}`;

export const COURT_WORDS = {
  /** The official directory of the courts, searchable by commune, for the user to settle a seat. */
  directory: {
    fr: 'l’annuaire des juridictions du ministère de la Justice (https://www.justice.fr/recherche/annuaire, recherche par commune)',
    en: 'the Ministry of Justice’s directory of courts (https://www.justice.fr/recherche/annuaire, search by commune)',
  },
  injunction: {
    fr: 'Requête en injonction de payer (articles 1405 à 1407 du Code de procédure civile)',
    en: 'Requête en injonction de payer, the French order for payment (Code de procédure civile, articles 1405 to 1407)',
  },
  checkSeat: {
    fr: 'Vérifiez que ce tribunal est bien celui du siège ou du domicile du débiteur (article 1406 du Code de procédure civile) avant de déposer la requête.',
    en: 'Check that this court is the one of the debtor’s seat or domicile (Code de procédure civile, article 1406) before filing the requête.',
  },
  /** `directory`: where the courts are listed. */
  settle: {
    fr: (directory: string) =>
      `Vérifiez dans ${directory}, puis indiquez le tribunal dans la colonne Tribunal de l’onglet Clients : Relance le retiendra pour ce client.`,
    en: (directory: string) =>
      `Check in ${directory}, then write the court in the Tribunal column of the Clients tab: Relance will keep it for this client.`,
  },
  /** The same, after a first sentence: « … ou vérifiez dans … ». */
  orSettle: {
    fr: (directory: string) =>
      `Indiquez le code commune (colonne Code commune) ou vérifiez dans ${directory}, puis indiquez le tribunal dans la colonne Tribunal de l’onglet Clients : Relance le retiendra pour ce client.`,
    en: (directory: string) =>
      `Give the municipality code (Code commune column) or check in ${directory}, then write the court in the Tribunal column of the Clients tab: Relance will keep it for this client.`,
  },
  economicCourt: {
    fr: (injunction: string, court: string) =>
      `${injunction}, au président du ${inSentence(court)} (arrêté du 5 juillet 2024 : son ressort est celui du tribunal judiciaire).`,
    en: (injunction: string, court: string) =>
      `${injunction}, to the president of the ${court} (arrêté of 5 July 2024: its area is the tribunal judiciaire’s).`,
  },
  commercialCourtOfSeat: {
    fr: (injunction: string) =>
      `${injunction}, au président du tribunal de commerce du siège du débiteur.`,
    en: (injunction: string) =>
      `${injunction}, to the president of the tribunal de commerce of the debtor’s seat.`,
  },
  /** A commune by its name and code; `name` is undefined when the table has none. */
  commune: {
    fr: (name: string | undefined, code: string) => `${name ?? 'commune'} (code commune ${code})`,
    en: (name: string | undefined, code: string) =>
      `${name ?? 'commune'} (municipality code ${code})`,
  },
  outsideTae: {
    fr: (commune: string, seat: string, tae: string) =>
      `${commune} relève du tribunal judiciaire de ${seat}, hors du ressort du ${inSentence(tae)} (Code de l’organisation judiciaire, tableau IV).`,
    en: (commune: string, seat: string, tae: string) =>
      `${commune} belongs to the tribunal judiciaire of ${seat}, outside the area of the ${tae} (Code de l’organisation judiciaire, tableau IV).`,
  },
  possibleCourts: {
    fr: (where: string, courts: readonly string[], settle: string) =>
      `${where} Tribunaux de commerce possibles : ${courts.join(', ')}. ${settle}`,
    en: (where: string, courts: readonly string[], settle: string) =>
      `${where} Possible tribunaux de commerce: ${courts.join(', ')}. ${settle}`,
  },
  communeNotListed: {
    fr: (commune: string) =>
      `La commune ${commune} n’est pas dans la table des ressorts de Relance`,
    en: (commune: string) => `The commune ${commune} is not in Relance’s table of court areas`,
  },
  postcodeShared: {
    fr: (postcode: string, communes: readonly string[]) =>
      `Le code postal ${postcode} couvre plusieurs communes (${communes.join(', ')}) et la ville de l’adresse n’en désigne aucune`,
    en: (postcode: string, communes: readonly string[]) =>
      `The postcode ${postcode} covers several communes (${communes.join(', ')}) and the address’s town names none of them`,
  },
  postcodeNotListed: {
    fr: (postcode: string) =>
      `La commune du code postal ${postcode} n’est pas dans la table des ressorts de Relance`,
    en: (postcode: string) =>
      `The commune of postcode ${postcode} is not in Relance’s table of court areas`,
  },
  splitDepartment: {
    fr: (which: string, candidates: readonly string[], settle: string) =>
      `${which} ; ce département est partagé entre plusieurs tribunaux : ${candidates.join(', ')}. ${settle}`,
    en: (which: string, candidates: readonly string[], settle: string) =>
      `${which}; this department is shared between several courts: ${candidates.join(', ')}. ${settle}`,
  },
  alsaceMoselle: {
    fr: (injunction: string) =>
      `${injunction}, au président du tribunal judiciaire du siège du débiteur, chambre commerciale (Alsace-Moselle : pas de tribunal de commerce).`,
    en: (injunction: string) =>
      `${injunction}, to the president of the tribunal judiciaire of the debtor’s seat, commercial chamber (Alsace-Moselle: no tribunal de commerce).`,
  },
  unknownCommercialCourt: {
    fr: (settle: string) => `Relance ne connaît pas le tribunal de commerce de ce siège. ${settle}`,
    en: (settle: string) =>
      `Relance does not know the tribunal de commerce of this seat. ${settle}`,
  },
  europeanOrder: { fr: 'Injonction de payer européenne', en: 'European order for payment' },
  europeanProcedure: {
    fr: (country: string) =>
      `Débiteur établi hors de France (${country}) : pas d’injonction de payer française. Procédure européenne d’injonction de payer (règlement (CE) n° 1896/2006), formulaire A, devant la juridiction compétente selon le règlement (UE) n° 1215/2012, en principe celle de l’État du débiteur.`,
    en: (country: string) =>
      `Debtor established outside France (${country}): no French order for payment. European order for payment procedure (Regulation (EC) No 1896/2006), form A, before the court competent under Regulation (EU) No 1215/2012, as a rule the one of the debtor’s State.`,
  },
  europeanCheck: {
    fr: 'Faites-vous conseiller (avocat, Centre européen des consommateurs pour un particulier) avant d’engager la procédure.',
    en: 'Take advice (a lawyer; for a consumer, the European Consumer Centre) before starting the procedure.',
  },
  foreignCourts: {
    fr: (country: string) => `Juridictions de l’État du débiteur (${country})`,
    en: (country: string) => `Courts of the debtor’s State (${country})`,
  },
  foreignProcedure: {
    fr: (country: string) =>
      `Débiteur établi hors de l’Union européenne (${country}) : pas d’injonction de payer française ni européenne. Le recouvrement relève des juridictions et du droit de l’État du débiteur.`,
    en: (country: string) =>
      `Debtor established outside the European Union (${country}): neither a French nor a European order for payment. Recovery is for the courts and the law of the debtor’s State.`,
  },
  foreignCheck: {
    fr: 'Faites-vous conseiller par un avocat ou un correspondant sur place.',
    en: 'Take advice from a lawyer or a correspondent in that country.',
  },
  publicProcedure: {
    fr: 'Référé-provision (article R541-1 du Code de justice administrative) : un marché public est un contrat administratif, l’injonction de payer ne s’applique pas.',
    en: 'Référé-provision (Code de justice administrative, article R541-1): a public contract is administrative, the order for payment does not apply.',
  },
  publicCheck: {
    fr: 'Vérifiez d’abord les clauses du marché (réclamation préalable prévue par le CCAG) et le tribunal administratif du ressort de l’acheteur.',
    en: 'First check the contract’s clauses (a prior claim under the CCAG) and the tribunal administratif of the buyer’s area.',
  },
  civilProcedure: {
    fr: (injunction: string) =>
      `${injunction}, au tribunal judiciaire du domicile ou du siège du débiteur.`,
    en: (injunction: string) =>
      `${injunction}, to the tribunal judiciaire of the debtor’s domicile or seat.`,
  },
  chosenCourt: {
    fr: 'Tribunal indiqué dans l’onglet Clients.',
    en: 'Court given in the Clients tab.',
  },
  undetermined: { fr: 'Juridiction à déterminer', en: 'Court to be determined' },
  typeFirst: {
    fr: 'Le type du client (commerçant, non commerçant, particulier, acheteur public) décide de la juridiction : indiquez-le d’abord.',
    en: 'The client’s type (trader, non-trader, consumer, public buyer) decides the court: give it first.',
  },
} as const satisfies Record<string, Entry<unknown>>;
