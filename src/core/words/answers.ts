/**
 * What the sidebar's answer form says when it refuses an answer (dunning/record-event.ts): one
 * sentence per field to fix. The callers take the French.
 */
import type { Entry } from './catalogue';

export const ANSWER_REFUSALS = {
  trackingNumberMissing: {
    fr: 'Indiquez le numéro de suivi de la lettre recommandée.',
    en: 'Give the registered letter’s tracking number.',
  },
  trackingNumberShape: {
    fr: 'Le numéro de suivi d’une lettre recommandée compte 13 caractères (lettres et chiffres), par exemple 1A 123 456 7890 1 : recopiez-le depuis la preuve de dépôt.',
    en: 'A registered letter’s tracking number has 13 characters (letters and digits), for example 1A 123 456 7890 1: copy it from the proof of posting.',
  },
  paymentAmountMissing: {
    fr: 'Indiquez le montant reçu, par exemple 250,00.',
    en: 'Give the amount received, for example 250.00.',
  },
  paymentOverBalance: {
    fr: 'Le montant dépasse le solde dû des factures choisies.',
    en: 'The amount is more than the balance due on the invoices chosen.',
  },
  paymentDateMissing: {
    fr: 'Indiquez la date à laquelle le paiement a été reçu.',
    en: 'Give the day the payment was received.',
  },
  paymentDateAhead: {
    fr: 'La date de paiement ne peut pas être à venir.',
    en: 'The payment date cannot be in the future.',
  },
  promiseDateMissing: { fr: 'Indiquez la date promise.', en: 'Give the promised date.' },
  promiseDatePast: {
    fr: 'La date promise ne peut pas être passée.',
    en: 'The promised date cannot be in the past.',
  },
  promiseDateFar: {
    fr: 'La date promise est à plus d’un an : vérifiez-la, ou enregistrez plutôt un échéancier.',
    en: 'The promised date is more than a year away: check it, or record a payment plan instead.',
  },
  postingDateMissing: {
    fr: 'Indiquez la date de dépôt de la lettre recommandée.',
    en: 'Give the day the registered letter was posted.',
  },
  postingDateAhead: {
    fr: 'La date de dépôt ne peut pas être à venir.',
    en: 'The posting date cannot be in the future.',
  },
  /** « Le 7 juin 2026 est un dimanche : … »; `day` as the language writes it. */
  postOfficeSunday: {
    fr: (day: string) =>
      `Le ${day} est un dimanche : les bureaux de poste sont fermés. Indiquez la date figurant sur la preuve de dépôt.`,
    en: (day: string) =>
      `${day} is a Sunday: post offices are closed. Give the date shown on the proof of posting.`,
  },
  postOfficeHoliday: {
    fr: (day: string) =>
      `Le ${day} est un jour férié : les bureaux de poste sont fermés. Indiquez la date figurant sur la preuve de dépôt.`,
    en: (day: string) =>
      `${day} is a public holiday: post offices are closed. Give the date shown on the proof of posting.`,
  },
  presentationDateMissing: {
    fr: 'Indiquez la date de première présentation portée sur l’avis de réception.',
    en: 'Give the day of first presentation written on the acknowledgement of receipt.',
  },
  presentationDateAhead: {
    fr: 'La date de présentation ne peut pas être à venir.',
    en: 'The presentation date cannot be in the future.',
  },
  instalmentAmountInvalid: { fr: 'Montant invalide.', en: 'Invalid amount.' },
  instalmentMissing: {
    fr: 'Ajoutez au moins une échéance.',
    en: 'Add at least one instalment.',
  },
  instalmentDateInvalid: { fr: 'Date d’échéance invalide.', en: 'Invalid instalment date.' },
  instalmentDatePast: {
    fr: 'Une échéance ne peut pas être passée.',
    en: 'An instalment cannot be in the past.',
  },
  instalmentDateFar: {
    fr: 'Échéance à plus de trois ans : vérifiez la date.',
    en: 'Instalment more than three years away: check the date.',
  },
  planShort: {
    fr: (planned: string, balance: string) =>
      `Les échéances totalisent ${planned}, moins que le solde dû de ${balance} : ajoutez une échéance ou augmentez les montants.`,
    en: (planned: string, balance: string) =>
      `The instalments add up to ${planned}, less than the balance due of ${balance}: add an instalment or raise the amounts.`,
  },
  delayDateMissing: {
    fr: 'Indiquez la nouvelle échéance accordée.',
    en: 'Give the new due date granted.',
  },
  disputeReasonMissing: {
    fr: 'Indiquez le motif du litige.',
    en: 'Give the reason for the dispute.',
  },
  callAnswerMissing: {
    fr: 'Notez ce que le client a répondu.',
    en: 'Write down what the client answered.',
  },
  dateInvalid: { fr: 'Date invalide.', en: 'Invalid date.' },
  typeUnknown: { fr: 'Type d’événement inconnu.', en: 'Unknown event type.' },
  invoicesUnknown: {
    fr: (numbers: readonly string[]) => `Facture inconnue pour ce client : ${numbers.join(', ')}.`,
    en: (numbers: readonly string[]) => `Invoice unknown for this client: ${numbers.join(', ')}.`,
  },
  invoicesMissing: {
    fr: 'Choisissez au moins une facture.',
    en: 'Choose at least one invoice.',
  },
} as const satisfies Record<string, Entry<unknown>>;
