import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import { firstRowsOf, orderOf, stampJournalRows } from '../../src/core/plan/action-order';
import {
  beforeActing,
  carriedOutcome,
  failedOutcome,
  journalLeftReason,
  journalRetryReason,
  packAttachments,
  untriedActions,
} from '../../src/core/plan/action-outcome';
import { toExecutionPlan, type ExecutionStep } from '../../src/core/plan/execution';
import type { Invoice, JournalEvent } from '../../src/core/model';
import type { Settings } from '../../src/core/settings/settings';
import { validateSettings } from '../../src/core/settings-input/settings-validate';
import { JOURNAL_COLUMNS } from '../../src/core/sheets/journal-table';
import { day, event, invoice, nightOn } from '../fixtures';
import example from '../../samples/settings.example.json';

const firm: Settings = (() => {
  const result = validateSettings(example);
  if (!result.ok) throw new Error('example settings invalid');
  return {
    ...result.settings,
    letterTemplateIds: { 'reminder-2': { fr: 'tpl-rappel' }, 'demand-letter': { fr: 'tpl-med' } },
  };
})();

const LINK = 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view';
const MB = 1_000_000;

function firstStep(today: string, invoices: Invoice[], events: JournalEvent[] = []): ExecutionStep {
  const [step] = nightOn(today, firm, invoices, events).steps;
  if (step === undefined) throw new Error(`no action on ${today}`);
  return step;
}

const context = (settings = firm) => ({
  settings,
  today: day('2026-03-16'),
  userEmail: 'moi@atelier.fr',
});

/** A reminder letter (courrier de rappel) to Garage Martin: its letter, its relevé, its email. */
const reminderLetter = () =>
  firstStep('2026-03-16', [invoice({ client: 'Garage Martin', number: 'F-7', due: '2026-02-10' })]);

/** A first reminder with the invoice's PDF to attach. */
const firstReminder = () =>
  firstStep('2026-03-04', [invoice({ number: 'F-9', due: '2026-03-02', invoiceLink: LINK })]);

describe('what an action will do, decided before it is journaled', () => {
  it('makes a reminder letter from its template, named after the day, the step and the client, and links it in the Journal', () => {
    const order = orderOf(reminderLetter(), context());
    expect(order.documents.map((d) => d.kind)).toEqual(['letter', 'statement']);
    expect(order.documents[0]).toMatchObject({
      templateId: 'tpl-rappel',
      fileName: '2026-03-16 relance-2 Garage Martin',
      journalLink: '2026-03-16 relance-2 Garage Martin.pdf',
      client: 'Garage Martin',
    });
    expect(order.documents[1]).toMatchObject({
      fileName: '2026-03-16 relance-2 Garage Martin relevé de compte',
      optional: true,
    });
  });

  it('sends the email from the firm, replies to its address, and copies the user only when asked', () => {
    const order = orderOf(reminderLetter(), context());
    expect(order.email).toMatchObject({
      to: ['compta@boulangerie-martin.fr'],
      senderName: 'Camille Dupont — Atelier Dupont',
      replyTo: 'compta@atelier-dupont.fr',
      bccSelf: '',
    });
    const copied = { ...firm, sending: { ...firm.sending, copyToSelf: true } };
    expect(orderOf(reminderLetter(), context(copied)).email?.bccSelf).toBe('moi@atelier.fr');
  });

  it('reads the invoice copy its « Lien facture » points to', () => {
    const order = orderOf(firstReminder(), context());
    expect(order.documents).toEqual([
      {
        kind: 'invoice-copy',
        fileId: '1AbCdEfGhIjKlMnOp',
        invoiceNumber: 'F-9',
        link: LINK,
        optional: false,
      },
    ]);
  });

  it('fails a letter whose template is missing before anything runs, saying which menu makes it', () => {
    const order = orderOf(reminderLetter(), context({ ...firm, letterTemplateIds: {} }));
    expect(order.documents).toEqual([]);
    expect(order.email).toBeUndefined();
    expect(beforeActing(order, { outOfTime: false, quotaSpent: false })).toEqual({
      state: 'failed',
      kind: 'failed',
      reason: {
        fr: 'Échec : Modèle de courrier introuvable : utilisez « Créer les modèles de courrier ».',
        en: 'Failed: Letter template not found: use « Create the letter templates ».',
      },
      quotaSpent: false,
    });
  });

  it('writes its Journal rows « prévu » ahead, stamped with the instant of writing', () => {
    const order = orderOf(reminderLetter(), context());
    const [row] = stampJournalRows(order.journalRows, 1_773_640_800_000);
    const cell = (key: string) => row?.[JOURNAL_COLUMNS.findIndex((c) => c.key === key)];
    expect(cell('at')).toEqual({ instantMs: 1_773_640_800_000 });
    expect(cell('state')).toBe('prévu');
    expect(cell('client')).toBe('Garage Martin');
    expect(firstRowsOf([order, order], 12)).toEqual([12, 13]);
  });
});

describe('what goes with the email, once the documents are made', () => {
  it('goes as planned when everything was made and fits, with nothing to say in the Journal', () => {
    const order = orderOf(reminderLetter(), context());
    const packing = packAttachments(order, [40_000, 30_000]);
    expect(packing.goes).toEqual([true, true]);
    expect(packing.message).toBe(order.step.message);
    expect(packing.detail).toBeUndefined();
  });

  it('leaves out an unreadable invoice copy: the email no longer mentions it and the Journal names the link', () => {
    const order = orderOf(firstReminder(), context());
    expect(order.step.message.body).toContain(
      'Vous trouverez ci-joint une copie de la facture F-9',
    );
    const packing = packAttachments(order, [undefined]);
    expect(packing.goes).toEqual([false]);
    expect(packing.message.body).not.toContain('ci-joint une copie');
    expect(packing.detail?.fr).toMatch(
      /^Envoyé sans la copie de facture : Relance ne peut pas lire le fichier/,
    );
    expect(packing.detail?.fr).toContain(LINK);
    expect(packing.detail?.en).toMatch(
      /^Sent without the invoice copy: Relance cannot read the file/,
    );
  });

  it('leaves out a relevé past Google’s 25 MB, says so in the Journal, and keeps the letter', () => {
    const order = orderOf(reminderLetter(), context());
    const packing = packAttachments(order, [2 * MB, 24 * MB]);
    expect(packing.goes).toEqual([true, false]);
    expect(packing.message).not.toBe(order.step.message);
    expect(packing.detail?.en).toMatch(/^Sent without the statement of account/);
    expect(packing.detail?.fr).toBe(
      'Envoyé sans le relevé de compte : Google n’accepte pas plus de 25 Mo de pièces jointes par message (le texte de l’email ne les mentionne pas).',
    );
  });

  it('sends without a relevé Docs could not make, and says nothing of it in the Journal', () => {
    const order = orderOf(reminderLetter(), context());
    const packing = packAttachments(order, [40_000, undefined]);
    expect(packing.goes).toEqual([true, false]);
    expect(packing.detail).toBeUndefined();
  });
});

describe('how an action ends', () => {
  const email = () => orderOf(firstReminder(), context());

  it('a sent email is « fait »; a registered letter to post is a task « à faire »', () => {
    expect(carriedOutcome(email())).toEqual({ state: 'done', kind: 'sent', quotaSpent: false });
    const client = 'Garage Martin';
    const posted = firstStep(
      '2026-03-16',
      [invoice({ client, due: '2026-02-10', address: '3 rue Neuve, 69002 Lyon' })],
      [event({ on: '2026-02-25', client, step: 'reminder-2', channel: 'letter' })],
    );
    expect(posted.action.step).toBe('demand-letter');
    expect(carriedOutcome(orderOf(posted, context()))).toMatchObject({
      state: 'to-do',
      kind: 'task',
    });
  });

  it('Google’s daily email quota defers the action and every later email, without a failure', () => {
    const error = new Error('Service invoked too many times for one day: email.');
    expect(failedOutcome(email(), error, false)).toEqual({
      state: 'deferred',
      kind: 'deferred',
      reason: {
        fr: 'Quota d’envoi d’emails du jour atteint : envoi reporté au prochain passage.',
        en: 'Today’s email sending quota is reached: sending postponed to the next run.',
      },
      quotaSpent: true,
    });
  });

  it('a message over Google’s limits fails with the reason in French; any other error with Google’s text', () => {
    expect(
      failedOutcome(email(), new Error('Limit Exceeded: Email Body Size.'), false).reason?.fr,
    ).toBe(
      'Échec : Google refuse ce message : texte de plus de 200 Ko. Raccourcissez le modèle de cette étape (Paramètres › Modèles).',
    );
    expect(
      failedOutcome(email(), new Error('Limit Exceeded: Email Body Size.'), false).reason?.en,
    ).toMatch(/^Failed: Google refuses this message/);
    expect(failedOutcome(email(), new Error('Service unavailable: Docs'), false)).toMatchObject({
      state: 'failed',
      reason: { fr: 'Échec : Service unavailable: Docs', en: 'Failed: Service unavailable: Docs' },
    });
  });

  it('a failure after the message went stays « fait »: nothing will be sent again', () => {
    expect(failedOutcome(email(), new Error('Drive down'), true)).toEqual({
      state: 'done',
      kind: 'sent',
      reason: {
        fr: 'Envoyé, mais une étape suivante a échoué : Drive down. Le message est bien parti : rien ne sera renvoyé.',
        en: 'Sent, but a later step failed: Drive down. The message did go out: nothing will be sent again.',
      },
      quotaSpent: false,
    });
  });

  it('waits when out of time, or, for an email, once a quota is spent; a task still goes', () => {
    expect(beforeActing(email(), { outOfTime: true, quotaSpent: false })?.reason).toMatchObject({
      fr: expect.stringMatching(/^Temps d’exécution épuisé/),
      en: expect.stringMatching(/^Run time used up/),
    });
    expect(beforeActing(email(), { outOfTime: false, quotaSpent: true })?.state).toBe('deferred');
    const call = firstStep(
      '2026-03-16',
      [invoice({ due: '2026-03-06', phone: '04 72 00 00 01' })],
      [event({ on: '2026-03-08', step: 'reminder-1', channel: 'email' })],
    );
    expect(call.action.step).toBe('phone-call');
    expect(
      beforeActing(orderOf(call, context()), { outOfTime: false, quotaSpent: true }),
    ).toBeUndefined();
  });

  it('a Journal that refuses the state says so, once retried and once left « en cours »', () => {
    expect(journalRetryReason(undefined, new Error('Service Spreadsheets timed out'))).toEqual({
      fr: 'Première écriture de l’état dans le Journal en échec (Service Spreadsheets timed out), réussie au second essai.',
      en: 'First write of the state to the Journal failed (Service Spreadsheets timed out), succeeded at the second attempt.',
    });
    const left = journalLeftReason({ fr: 'Envoyé.', en: 'Sent.' });
    expect(left.fr).toMatch(/^Envoyé\. Le Journal n’a pas pu être mis à jour/);
    expect(left.en).toMatch(/^Sent\. The Journal could not be updated/);
  });

  it('a preview tries nothing and says nothing was sent', () => {
    const step = firstReminder();
    const [report] = untriedActions({ steps: [step], preview: true }, 'fr') ?? [];
    expect(report).toMatchObject({ outcome: 'preview', reason: 'Aperçu : rien n’a été envoyé.' });
    const [english] = untriedActions({ steps: [step], preview: true }, 'en') ?? [];
    expect(english).toMatchObject({ outcome: 'preview', reason: 'Preview: nothing was sent.' });
    expect(untriedActions({ steps: [step], preview: false }, 'fr')).toBeUndefined();
  });

  it('a day held back gives each action the day’s reason, in the run’s language', () => {
    const settings = { ...firm, sending: { ...firm.sending, sendOnNonBusinessDays: false } };
    const invoices = [invoice({ number: 'F-9', due: '2026-03-02' })];
    const sunday = day('2026-03-08');
    const plan = planDunning({ invoices, events: [], settings, today: sunday });
    const held = toExecutionPlan({ plan, invoices, settings, today: sunday, mode: 'nightly' });
    const [english] = untriedActions(held, 'en') ?? [];
    expect(english?.reason).toMatch(/^Non-business day: the reminders are prepared/);
    const [french] = untriedActions(held, 'fr') ?? [];
    expect(french?.reason).toMatch(/^Jour non ouvré : les relances sont préparées/);
  });
});
