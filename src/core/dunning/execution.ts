/**
 * How the day's actions are carried out (DESIGN §5), decided here so that the adapters only
 * obey: which action sends an email, makes a letter, creates a task, is deferred or previewed,
 * and the journal events that record each one, written ahead of the work.
 */
import { isBusinessDay } from '../values/calendar';
import { composeAction, type ComposedMessage } from '../messages/compose';
import { formatIsoDay, type Day } from '../values/day';
import type { ReportAction } from '../reports/run-report';
import type {
  Action,
  Channel,
  EventType,
  Invoice,
  InvoicePlan,
  JournalEvent,
  Plan,
} from '../model';
import type { Settings } from '../settings/settings';
import { STEP_LABELS } from '../values/labels';

export type ExecutionKind = 'email' | 'letter' | 'registered-letter' | 'task';

export interface ExecutionStep {
  action: Action;
  kind: ExecutionKind;
  message: ComposedMessage;
  /** The journal event written ahead ('prevu'), then marked as the work goes. */
  event: JournalEvent;
  /** Send an email (every kind but the plain task). */
  sendsEmail: boolean;
  /** Attach the invoice PDFs named in "Lien facture". */
  attachInvoices: boolean;
  /** Make the step's letter as a PDF. */
  makesLetter: boolean;
  /** The letter must be posted by the user (registered letter): a task too. */
  letterToPost: boolean;
  invoiceLinks: string[];
}

export interface ExecutionPlan {
  steps: ExecutionStep[];
  /** Why nothing goes out today, when that is the case. */
  holdReason?: string;
  preview: boolean;
}

export const EXECUTION_MESSAGES = {
  nonBusinessDay:
    'Jour non ouvré : les relances sont préparées mais partiront le prochain jour ouvré (modifiable dans Paramètres › Envoi).',
  quota: 'Quota d’envoi d’emails du jour atteint : envoi reporté au prochain passage.',
  tooManyRecipients: (recipients: number, left: number) =>
    `${recipients} destinataires pour ce client, il reste ${left} envoi(s) dans le quota du jour : envoi reporté au prochain passage. Si cela se répète, gardez moins d’adresses pour ce client.`,
  timeBudget: 'Temps d’exécution épuisé : la suite part au prochain passage (quelques minutes).',
  noRecipient: 'Aucune adresse email : envoi impossible.',
  interruptedBefore: 'Passage interrompu avant l’envoi : repris au passage suivant.',
  interruptedDuring:
    'Passage interrompu pendant l’envoi : vérifiez dans « Messages envoyés » s’il est parti, puis confirmez-le.',
  noLongerDue: 'Cette action n’est plus prévue aujourd’hui : rechargez la liste.',
  failedAfterSend: (error: string) =>
    `Envoyé, mais une étape suivante a échoué : ${error}. Le message est bien parti : rien ne sera renvoyé.`,
  journalWriteFailed: (error: string) =>
    `Première écriture de l’état dans le Journal en échec (${error}), réussie au second essai.`,
  journalLeftInProgress:
    'Le Journal n’a pas pu être mis à jour : la ligne reste « en cours » et passera « à vérifier » au prochain passage.',
  invoiceNotAttached: (links: readonly string[]) =>
    `Envoyé sans la copie de facture : Relance ne peut pas lire ${links.length === 1 ? 'le fichier' : 'les fichiers'} de la colonne « Lien facture » (${links.join(', ')}). Vérifiez le lien et le partage du fichier.`,
};

const KIND_OF_CHANNEL: Record<Channel, ExecutionKind> = {
  email: 'email',
  letter: 'letter',
  'registered-letter': 'registered-letter',
  phone: 'task',
  manual: 'task',
};

function eventTypeOf(kind: ExecutionKind): EventType {
  if (kind === 'task') return 'tache';
  if (kind === 'registered-letter') return 'courrier-a-poster';
  return 'envoi';
}

function eventDetail(action: Action, kind: ExecutionKind): string {
  const label = STEP_LABELS[action.step].fr;
  if (kind === 'task') return `${label} : tâche créée.`;
  const posting = action.posting;
  if (action.formalNoticeCopy === true && posting !== undefined)
    return `${label} : copie par email de la LRAR n° ${posting.number} postée le ${formatIsoDay(posting.day)}.`;
  return label;
}

export interface ExecutionInput {
  plan: Plan;
  invoices: readonly Invoice[];
  settings: Settings;
  today: Day;
  /** 'preview' builds everything and sends nothing, whatever the settings say. */
  mode: 'nightly' | 'manual' | 'preview';
  /**
   * Identifies this attempt (the run's start, in base 36). An action retried the same day (after
   * a deferral or an interruption) gets a new event: one journal row per attempt.
   */
  attempt: string;
}

/** Google Drive links that point to a file: "…/file/d/<id>/…" or "…?id=<id>". */
export function driveFileId(link: string): string | undefined {
  const match = /\/d\/([\w-]{10,})/.exec(link) ?? /[?&]id=([\w-]{10,})/.exec(link);
  return match?.[1];
}

export function planExecution(input: ExecutionInput): ExecutionPlan {
  const { plan, settings, today } = input;
  const preview = input.mode === 'preview' || settings.sending.mode === 'preview';
  const businessDay = isBusinessDay(today, { alsaceMoselle: settings.alsaceMoselle });
  const byNumber = new Map(input.invoices.map((i) => [i.number, i]));
  const planByNumber = new Map(plan.invoices.map((p) => [p.number, p]));
  const steps = plan.actions.map((action): ExecutionStep => {
    const kind = KIND_OF_CHANNEL[action.channel];
    const ladderStep = settings.ladder.find((s) => s.id === action.step);
    const invoices = action.invoices
      .map((n) => byNumber.get(n))
      .filter((i): i is Invoice => i !== undefined);
    // Only this action's plans: composing stays linear in the day's actions, whatever the sheet.
    const plans = action.invoices
      .map((n) => planByNumber.get(n))
      .filter((p): p is InvoicePlan => p !== undefined);
    const message = composeAction({ action, invoices, plans, settings, today });
    // A registered letter's email copy waits for its recorded posting: it is an action of its
    // own then (Action.formalNoticeCopy), never sent with the letter to post.
    const sendsEmail = kind === 'email' || (kind === 'letter' && (ladderStep?.emailCopy ?? true));
    const invoiceLinks = invoices
      .map((i) => i.invoiceLink ?? '')
      .filter((link) => driveFileId(link) !== undefined);
    const event: JournalEvent = {
      id: `R-${action.key}@${input.attempt}`,
      day: today,
      type: eventTypeOf(kind),
      client: action.client,
      invoices: [...action.invoices],
      step: action.step,
      channel: action.channel,
      recipients: sendsEmail ? [...action.to] : [],
      subject: message.subject,
      amountCents: action.balanceCents,
      detail: eventDetail(action, kind),
      state: 'prevu',
    };
    return {
      action,
      kind,
      message,
      event,
      sendsEmail: sendsEmail && action.to.length > 0,
      attachInvoices: (ladderStep?.attachInvoice ?? false) && invoiceLinks.length > 0,
      makesLetter: (ladderStep?.letter ?? false) && message.letter !== undefined,
      letterToPost: kind === 'registered-letter',
      invoiceLinks,
    };
  });
  const result: ExecutionPlan = { steps, preview };
  if (!preview && !businessDay && !settings.sending.sendOnNonBusinessDays)
    result.holdReason = EXECUTION_MESSAGES.nonBusinessDay;
  return result;
}

/** The state an action's event ends in once carried out. */
export function doneState(step: ExecutionStep): JournalEvent['state'] {
  return step.kind === 'task' || step.letterToPost ? 'a-faire' : 'fait';
}

/**
 * The part of the day's plan a run carries out: all of it, or only the actions named by key
 * (the sidebar's « Envoyer » on one action sends that action alone). A key is matched exactly:
 * an action whose key changed since the sidebar listed it (a new day, a payment recorded, an
 * invoice added to the step) is not carried out, and the user reloads the list.
 */
export function selectActions(plan: Plan, only: readonly string[] | undefined): Plan {
  if (only === undefined) return plan;
  const wanted = new Set(only);
  return { ...plan, actions: plan.actions.filter((action) => wanted.has(action.key)) };
}

/** The one-line summary of a run, as the menu's toast and the sidebar show it. */
export function runSummary(
  execution: ExecutionPlan,
  outcomes: readonly ReportAction[],
  only: readonly string[] | undefined,
): string {
  const count = (outcome: ReportAction['outcome']) =>
    outcomes.filter((a) => a.outcome === outcome).length;
  if (only !== undefined && only.length > 0 && execution.steps.length === 0)
    return EXECUTION_MESSAGES.noLongerDue;
  if (execution.preview)
    return `Aperçu : ${outcomes.length} action(s) prévue(s) aujourd’hui, rien n’a été envoyé.`;
  return (
    execution.holdReason ??
    `${count('sent')} envoi(s), ${count('task')} tâche(s), ${count('deferred')} reporté(s), ${count('failed')} échec(s).`
  );
}
