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
import { inBoth, WORDS } from '../words/catalogue';
import { DOSSIER_WORDS } from '../words/dossier';
import type { DossierClient, DossierRefusal } from './types';

/** The court is named: a tribunal des activités économiques found by its ressort, or the user's. */
function courtSettled(client: DossierClient, court: Court): boolean {
  return (client.tribunal ?? '').trim() !== '' || court.kind === 'economic-activities-court';
}

/** The court of the requête, or the reason there is none. */
export function courtRefusal(client: DossierClient): { court: Court; refusal?: DossierRefusal } {
  const court = courtFor({
    ...(client.clientType === undefined ? {} : { clientType: client.clientType }),
    ...(client.address === undefined ? {} : { address: client.address }),
    ...(client.tribunal === undefined ? {} : { tribunal: client.tribunal }),
  });
  if (court.kind === 'abroad')
    return { court, refusal: { code: 'debtor-abroad', text: inBoth(WORDS.dossierAbroad, court) } };
  if (client.clientType === undefined)
    return {
      court,
      refusal: { code: 'client-type-unknown', text: inBoth(WORDS.dossierClientType, client.name) },
    };
  if (court.kind === 'administrative-court')
    return {
      court,
      refusal: { code: 'public-buyer', text: inBoth(WORDS.dossierPublicBuyer, court) },
    };
  if (!courtSettled(client, court))
    return { court, refusal: { code: 'court-unsettled', text: inBoth(WORDS.dossierCourt, court) } };
  return { court };
}

/** A professional debtor (its SIREN is asked). */
export function isProfessional(client: DossierClient): boolean {
  return client.clientType === 'trader' || client.clientType === 'non-trader';
}

export function debtorRefusals(client: DossierClient): DossierRefusal[] {
  const refusals: DossierRefusal[] = [];
  if ((client.address ?? '').trim() === '')
    refusals.push({
      code: 'debtor-address-missing',
      text: inBoth(WORDS.dossierAddress, client.name),
    });
  if (isProfessional(client) && sirenOf(client.siren ?? '') === '')
    refusals.push({ code: 'debtor-siren-missing', text: inBoth(WORDS.dossierSiren, client.name) });
  return refusals;
}

const FIRM_FIELDS = [
  { key: 'name', ...DOSSIER_WORDS.firmName },
  { key: 'address', ...DOSSIER_WORDS.firmAddress },
  { key: 'legalForm', ...DOSSIER_WORDS.firmLegalForm },
] as const;

export function firmRefusals(firm: FirmIdentity): DossierRefusal[] {
  const missing = FIRM_FIELDS.filter((field) => firm[field.key].trim() === '');
  return missing.length === 0
    ? []
    : [{ code: 'firm-identity-missing', text: inBoth(WORDS.dossierFirm, missing) }];
}

export function invoiceLinkRefusals(facts: readonly InvoiceWithStanding[]): DossierRefusal[] {
  return facts
    .filter((f) => (f.invoice.invoiceLink ?? '').trim() === '')
    .map((f) => ({
      code: 'invoice-link-missing',
      invoice: f.invoice.number,
      text: inBoth(WORDS.dossierInvoiceLink, f.invoice.number),
    }));
}
