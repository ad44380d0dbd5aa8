/**
 * What the user reads for each key of the domain, in French and English, in one place: the
 * Suivi and Journal tabs, the dashboard, the sidebar, the CLI summary and the emails all take
 * their labels from here. The Journal reads its rows back through these labels too, so a label
 * changed here must keep reading the rows already written (see journal-table's reverse lookup).
 */
import type {
  ActionOutcome,
  Channel,
  ClientType,
  EventState,
  EventType,
  InvoiceState,
  StepId,
} from '../model';
import { STEPS } from '../steps';
import type { Entry } from './catalogue';

/** A label per key, each a catalogue entry: its French and its English. */
export type Labels<K extends string> = Record<K, Entry<string>>;

/** The ladder's steps, as the settings screen, the Suivi and the Journal name them (the step table's). */
export const STEP_LABELS: Labels<StepId> = Object.fromEntries(
  STEPS.map((step) => [step.id, step.label]),
) as Labels<StepId>;

/** What the law calls a client (« Type client »), as the problems and the sidebar name it. */
export const CLIENT_TYPE_LABELS: Labels<ClientType> = {
  trader: { fr: 'commerçant', en: 'trader' },
  'non-trader': { fr: 'non commerçant', en: 'non-trader professional' },
  consumer: { fr: 'particulier', en: 'consumer' },
  'public-buyer': { fr: 'acheteur public', en: 'public buyer' },
};

/** An invoice's state, as the Suivi, the dashboard and the client view show it. */
export const STATE_LABELS: Labels<InvoiceState> = {
  'not-due': { fr: 'non échue', en: 'not due' },
  active: { fr: 'en cours', en: 'active' },
  promise: { fr: 'promesse', en: 'promise' },
  dispute: { fr: 'litige', en: 'dispute' },
  'payment-plan': { fr: 'échéancier', en: 'payment plan' },
  hold: { fr: 'en pause', en: 'on hold' },
  recourse: { fr: 'contentieux', en: 'recourse' },
  prescribed: { fr: 'prescrite', en: 'time-barred' },
  paid: { fr: 'réglée', en: 'paid' },
};

/** A Journal row's Type column (the user may type these too). */
export const EVENT_TYPE_LABELS: Labels<EventType> = {
  sent: { fr: 'Envoi', en: 'Sent' },
  call: { fr: 'Appel', en: 'Call' },
  'letter-to-post': { fr: 'Courrier à poster', en: 'Letter to post' },
  'registered-letter-posted': { fr: 'LRAR postée', en: 'Registered letter posted' },
  'receipt-acknowledged': { fr: 'AR reçu', en: 'Receipt acknowledged' },
  promise: { fr: 'Promesse', en: 'Promise' },
  dispute: { fr: 'Litige', en: 'Dispute' },
  'dispute-resolved': { fr: 'Litige résolu', en: 'Dispute resolved' },
  'payment-plan': { fr: 'Échéancier', en: 'Payment plan' },
  'delay-granted': { fr: 'Délai accordé', en: 'Delay granted' },
  hold: { fr: 'Suspension', en: 'Hold' },
  resume: { fr: 'Reprise', en: 'Resume' },
  payment: { fr: 'Paiement', en: 'Payment' },
  'penalties-waived': { fr: 'Pénalités abandonnées', en: 'Penalties waived' },
  task: { fr: 'Tâche', en: 'Task' },
  'task-done': { fr: 'Tâche faite', en: 'Task done' },
  note: { fr: 'Note', en: 'Note' },
};

/** A Journal row's État column: where the write-ahead journal stands for that event. */
export const EVENT_STATE_LABELS: Labels<EventState> = {
  planned: { fr: 'prévu', en: 'planned' },
  'to-do': { fr: 'à faire', en: 'to do' },
  'in-progress': { fr: 'en cours', en: 'in progress' },
  done: { fr: 'fait', en: 'done' },
  'to-verify': { fr: 'à vérifier', en: 'to verify' },
  failed: { fr: 'échec', en: 'failed' },
  deferred: { fr: 'reporté', en: 'deferred' },
  preview: { fr: 'aperçu', en: 'preview' },
};

/** A Journal row's Canal column. */
export const CHANNEL_LABELS: Labels<Channel> = {
  email: { fr: 'email', en: 'email' },
  phone: { fr: 'téléphone', en: 'phone' },
  letter: { fr: 'courrier', en: 'letter' },
  'registered-letter': { fr: 'LRAR', en: 'registered letter' },
  manual: { fr: 'manuel', en: 'manual' },
};

/** What became of an action in a run, as the CLI summary prints it. */
export const OUTCOME_LABELS: Labels<ActionOutcome> = {
  planned: { fr: 'prévue', en: 'planned' },
  sent: { fr: 'envoyée', en: 'sent' },
  task: { fr: 'tâche créée', en: 'task created' },
  deferred: { fr: 'reportée', en: 'deferred' },
  failed: { fr: 'échec', en: 'failed' },
  preview: { fr: 'aperçu', en: 'preview' },
};
