/**
 * What Relance says about a message it composes (messages/): a template it cannot read, the
 * mentions a step lacks before it may go, and Google's limits on one message. The user reads
 * French (the callers take `.fr`); the English is ready for an interface in English.
 */
import { byCount, type Entry } from './catalogue';
import { joinList } from './wording';

/** What the Journal says when Google refused a message for one of its limits. */
export interface MessageLimitWords {
  recipients: (max: number) => string;
  attachments: (max: number) => string;
  attachmentSize: string;
  bodySize: string;
  subjectLength: (max: number) => string;
}

/** The entries, by English id. */
export const MESSAGE_WORDS = {
  // A template that cannot be read (messages/templates.ts).
  sectionNotOpen: {
    fr: (name: string) => `La section {{/${name}}} ferme une section qui n’est pas ouverte.`,
    en: (name: string) => `The section {{/${name}}} closes a section that is not open.`,
  },
  sectionNotClosed: {
    fr: (name: string) => `La section {{#${name}}} n’est pas fermée.`,
    en: (name: string) => `The section {{#${name}}} is not closed.`,
  },
  /** « Champ inconnu : {{sold}}. Vouliez-vous dire {{solde}} ? », the suggestion when one is close. */
  unknownField: {
    fr: (name: string, closest: string | undefined) =>
      `Champ inconnu : {{${name}}}.${closest === undefined ? '' : ` Vouliez-vous dire {{${closest}}} ?`}`,
    en: (name: string, closest: string | undefined) =>
      `Unknown field: {{${name}}}.${closest === undefined ? '' : ` Did you mean {{${closest}}}?`}`,
  },
  /** A template previewed on a sheet with no open invoice (messages/template-preview.ts). */
  noOpenInvoice: {
    fr: 'Aucune facture ouverte pour l’aperçu.',
    en: 'No open invoice for the preview.',
  },

  // What a step lacks before it may go out (messages/compose.ts, messages/firm-mentions.ts).
  missingFirmName: {
    fr: 'la raison sociale de votre entreprise',
    en: 'your business’s registered name',
  },
  missingPaymentMeans: {
    fr: 'un moyen de paiement (IBAN ou lien de paiement)',
    en: 'a means of payment (IBAN or payment link)',
  },
  missingFirmAddress: { fr: 'votre adresse', en: 'your address' },
  missingSiret: { fr: 'votre SIRET', en: 'your SIRET' },
  missingLegalForm: {
    fr: 'votre forme juridique (SARL, SAS, EI…)',
    en: 'your legal form (SARL, SAS, EI…)',
  },
  missingShareCapital: { fr: 'votre capital social', en: 'your share capital' },
  missingRcsCity: {
    fr: 'la ville du greffe de votre RCS',
    en: 'the city of your RCS registry',
  },
  missingMentions: {
    fr: (step: string, missing: readonly string[]) =>
      `Relance « ${step} » non envoyée : il manque ${missing.join(', ')}. Complétez-les dans Paramètres › Entreprise.`,
    en: (step: string, missing: readonly string[]) =>
      `Reminder « ${step} » not sent: ${missing.join(', ')} missing. Fill them in under Paramètres › Entreprise.`,
  },

  // Google's limits on one message (messages/message-limits.ts).
  limitFailures: {
    fr: {
      recipients: (max: number) =>
        `Google refuse ce message : plus de ${max} destinataires. Gardez moins d’adresses dans la colonne « Email » de ce client.`,
      attachments: (max: number) => `Google refuse ce message : plus de ${max} pièces jointes.`,
      attachmentSize: 'Google refuse ce message : plus de 25 Mo de pièces jointes.',
      bodySize:
        'Google refuse ce message : texte de plus de 200 Ko. Raccourcissez le modèle de cette étape (Paramètres › Modèles).',
      subjectLength: (max: number) =>
        `Google refuse ce message : objet de plus de ${max} caractères. Raccourcissez l’objet du modèle de cette étape (Paramètres › Modèles).`,
    },
    en: {
      recipients: (max: number) =>
        `Google refuses this message: more than ${max} recipients. Keep fewer addresses in this client’s « Email » column.`,
      attachments: (max: number) => `Google refuses this message: more than ${max} attachments.`,
      attachmentSize: 'Google refuses this message: more than 25 MB of attachments.',
      bodySize:
        'Google refuses this message: a text over 200 KB. Shorten this step’s template (Paramètres › Modèles).',
      subjectLength: (max: number) =>
        `Google refuses this message: a subject over ${max} characters. Shorten the subject of this step’s template (Paramètres › Modèles).`,
    },
  } satisfies Entry<MessageLimitWords>,
  /** An action whose email would have more recipients than Google takes. */
  tooManyRecipients: {
    fr: (client: string, count: number, copy: boolean, max: number, keep: number) =>
      `Relance non envoyée à ${client} : ${count} ${byCount(count, 'fr', 'destinataire', 'destinataires')}` +
      `${copy ? ' avec la copie qui vous est adressée' : ''}, Google n’en accepte que ${max} par message. ` +
      `Gardez au plus ${keep} adresses dans la colonne « Email » des factures de ce client.`,
    en: (client: string, count: number, copy: boolean, max: number, keep: number) =>
      `Reminder not sent to ${client}: ${count} ${byCount(count, 'en', 'recipient', 'recipients')}` +
      `${copy ? ' with the copy to you' : ''}, Google accepts only ${max} per message. ` +
      `Keep at most ${keep} addresses in the « Email » column of this client’s invoices.`,
  },
  /** « Envoyé sans le relevé de compte et la copie de la facture F-12 : … » */
  attachmentsLeftOut: {
    fr: (letter: boolean, statement: boolean, invoices: readonly string[]) => {
      const parts = [
        ...(letter ? ['le courrier'] : []),
        ...(statement ? ['le relevé de compte'] : []),
        ...(invoices.length === 0
          ? []
          : [
              `la copie ${byCount(invoices.length, 'fr', 'de la facture', 'des factures')} ${invoices.join(', ')}`,
            ]),
      ];
      return `Envoyé sans ${joinList(parts, 'fr')} : Google n’accepte pas plus de 25 Mo de pièces jointes par message (le texte de l’email ne les mentionne pas).`;
    },
    en: (letter: boolean, statement: boolean, invoices: readonly string[]) => {
      const parts = [
        ...(letter ? ['the letter'] : []),
        ...(statement ? ['the statement of account'] : []),
        ...(invoices.length === 0
          ? []
          : [
              `the copy of ${byCount(invoices.length, 'en', 'invoice', 'invoices')} ${invoices.join(', ')}`,
            ]),
      ];
      return `Sent without ${joinList(parts, 'en')}: Google accepts no more than 25 MB of attachments per message (the email’s text does not mention them).`;
    },
  },
} as const satisfies Record<string, Entry<unknown>>;
