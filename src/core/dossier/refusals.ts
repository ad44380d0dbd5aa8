/**
 * What the dossier needs to know of the parties and the court before a requête can be written,
 * each missing piece said in French (and English), all at once:
 * - the client's type (dunning/client-kind.ts: never inferred);
 * - a French court: a debtor abroad gets no French injonction (CPC 1406; the European order for
 *   payment, Regulation (EC) No 1896/2006, within the EU except Denmark; otherwise the debtor's
 *   own courts), a public buyer no injonction at all (référé-provision, Code de justice
 *   administrative R541-1), and the court must be named (CPC art. 54, 1°: « l'indication de la
 *   juridiction devant laquelle la demande est portée »);
 * - the debtor's address (CPC art. 57: its domicile, or for a legal person its siège social),
 *   and for a professional its SIREN, which identifies it without doubt on the requête;
 * - the creditor's identity (CPC art. 54, 3°): its name, its address and its legal form, which
 *   says whether the mentions of a natural or a legal person apply;
 * - each invoice's file (« Lien facture »): the invoices are the first pieces (CPC art. 1407);
 * - an ECB rate that is confirmed: the requête states the precise amount (art. 1407).
 */
import { courtFor } from '../dunning/court';
import type { InvoiceWithStanding } from '../dunning/invoice-standing';
import type { Court } from '../model';
import type { FirmIdentity } from '../settings/settings';
import { sirenOf } from '../messages/firm-mentions';
import type { DossierClient, DossierRefusal } from './types';

const TYPES_FR = 'commerçant, non commerçant, particulier ou acheteur public';

export const PARTY_MESSAGES = {
  clientType: (client: string) => ({
    fr: `Le type du client ${client} n’est pas indiqué (${TYPES_FR}) : il décide du tribunal et de ce qui peut être réclamé. Indiquez-le dans la colonne Type client ou l’onglet Clients.`,
    en: `The type of client ${client} is not settled (trader, non-trader professional, consumer or public buyer): it decides the court and what may be claimed. Set it in the Type client column or the Clients tab.`,
  }),
  abroad: (court: Court) => ({
    fr: `${court.procedure} ${court.check}`,
    en:
      court.name === 'Injonction de payer européenne'
        ? 'The debtor is established in another EU Member State: no French order for payment. The European order for payment procedure applies (Regulation (EC) No 1896/2006, form A), before the court competent under Regulation (EU) No 1215/2012, as a rule the one of the debtor’s State.'
        : 'The debtor is established outside the European Union: neither a French nor a European order for payment. Recovery is for the courts and the law of the debtor’s State.',
  }),
  publicBuyer: (court: Court) => ({
    fr: `${court.procedure} ${court.check}`,
    en: 'A public contract is administrative: no order for payment. The claim goes to the tribunal administratif by a référé-provision (Code de justice administrative R541-1).',
  }),
  court: (court: Court) => ({
    fr: `Tribunal à préciser. ${court.check}`,
    en: `The court is not settled${court.candidates === undefined ? '' : ` (candidates: ${court.candidates.join(', ')})`}: check the ministry's directory of courts (justice.fr), then write the court in the Tribunal column of the Clients tab.`,
  }),
  address: (client: string) => ({
    fr: `Adresse du débiteur ${client} manquante : la requête doit indiquer son domicile ou son siège social (article 57 du Code de procédure civile), et le tribunal se choisit d’après elle. Indiquez-la dans la colonne Adresse ou l’onglet Clients.`,
    en: `Debtor ${client} has no address: the requête must state its domicile or registered office (Code de procédure civile art. 57), and the court follows from it. Add it in the Adresse column or the Clients tab.`,
  }),
  siren: (client: string) => ({
    fr: `SIREN du débiteur ${client} manquant ou illisible (9 chiffres) : il identifie sans doute possible l’entreprise visée par la requête. Indiquez-le dans la colonne SIREN de l’onglet Clients.`,
    en: `Debtor ${client} has no readable SIREN (9 digits): it identifies the business the requête is against beyond doubt. Add it in the SIREN column of the Clients tab.`,
  }),
  firm: (missing: readonly { fr: string; en: string }[]) => ({
    fr: `Identité du demandeur incomplète dans les paramètres (article 54 du Code de procédure civile) : ${missing.map((m) => m.fr).join(', ')}.`,
    en: `The claimant's identity is incomplete in the settings (Code de procédure civile art. 54): ${missing.map((m) => m.en).join(', ')}.`,
  }),
  invoiceLink: (number: string) => ({
    fr: `Facture ${number} : aucun fichier dans la colonne « Lien facture ». La facture est la première pièce du dossier (article 1407 du Code de procédure civile) : ajoutez le lien de son PDF.`,
    en: `Invoice ${number}: no file in the « Lien facture » column. The invoice is the dossier's first piece (Code de procédure civile art. 1407): add the link to its PDF.`,
  }),
  rateUnconfirmed: {
    fr: 'Le taux BCE d’un semestre compté n’est pas encore confirmé : les pénalités sont provisoires et la requête doit indiquer le montant précis de la somme réclamée (article 1407 du Code de procédure civile). Confirmez le taux dans la barre latérale (Aujourd’hui › Taux BCE).',
    en: 'The ECB rate of a half-year counted is not confirmed yet: the penalties are provisional, and the requête must state the precise sum claimed (Code de procédure civile art. 1407). Confirm the rate from the sidebar (Today › ECB rate).',
  },
} as const;

/** The court is named: a tribunal des activités économiques found by its ressort, or the user's. */
function courtSettled(client: DossierClient, court: Court): boolean {
  return (
    (client.tribunal ?? '').trim() !== '' || court.kind === 'tribunal-des-activites-economiques'
  );
}

/** The court of the requête, or the reason there is none. */
export function courtRefusal(client: DossierClient): { court: Court; refusal?: DossierRefusal } {
  const court = courtFor({
    ...(client.clientType === undefined ? {} : { clientType: client.clientType }),
    ...(client.address === undefined ? {} : { address: client.address }),
    ...(client.tribunal === undefined ? {} : { tribunal: client.tribunal }),
  });
  if (court.kind === 'etranger')
    return { court, refusal: { code: 'debtor-abroad', text: PARTY_MESSAGES.abroad(court) } };
  if (client.clientType === undefined)
    return {
      court,
      refusal: { code: 'client-type-unknown', text: PARTY_MESSAGES.clientType(client.name) },
    };
  if (court.kind === 'tribunal-administratif')
    return { court, refusal: { code: 'public-buyer', text: PARTY_MESSAGES.publicBuyer(court) } };
  if (!courtSettled(client, court))
    return { court, refusal: { code: 'court-unsettled', text: PARTY_MESSAGES.court(court) } };
  return { court };
}

/** A professional debtor (its SIREN is asked). */
export function isProfessional(client: DossierClient): boolean {
  return client.clientType === 'commercant' || client.clientType === 'non-commercant';
}

export function debtorRefusals(client: DossierClient): DossierRefusal[] {
  const refusals: DossierRefusal[] = [];
  if ((client.address ?? '').trim() === '')
    refusals.push({ code: 'debtor-address-missing', text: PARTY_MESSAGES.address(client.name) });
  if (isProfessional(client) && sirenOf(client.siren ?? '') === '')
    refusals.push({ code: 'debtor-siren-missing', text: PARTY_MESSAGES.siren(client.name) });
  return refusals;
}

const FIRM_FIELDS = [
  { key: 'name', fr: 'le nom de l’entreprise', en: 'the business name' },
  { key: 'address', fr: 'l’adresse du siège ou de l’établissement', en: 'the address' },
  {
    key: 'legalForm',
    fr: 'la forme juridique (SARL, SAS, EI…)',
    en: 'the legal form (SARL, SAS, EI…)',
  },
] as const;

export function firmRefusals(firm: FirmIdentity): DossierRefusal[] {
  const missing = FIRM_FIELDS.filter((field) => firm[field.key].trim() === '');
  return missing.length === 0
    ? []
    : [{ code: 'firm-identity-missing', text: PARTY_MESSAGES.firm(missing) }];
}

export function invoiceLinkRefusals(facts: readonly InvoiceWithStanding[]): DossierRefusal[] {
  return facts
    .filter((f) => (f.invoice.invoiceLink ?? '').trim() === '')
    .map((f) => ({
      code: 'invoice-link-missing',
      invoice: f.invoice.number,
      text: PARTY_MESSAGES.invoiceLink(f.invoice.number),
    }));
}
