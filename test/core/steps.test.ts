import { describe, expect, it } from 'vitest';
import { defaultLadder } from '../../src/core/settings/settings';
import {
  FORMAL_NOTICE,
  isCourteous,
  LETTER_STEPS,
  PHONE_CALL,
  RECOURSE,
  STEP_IDS,
  STEPS,
  stepDefinition,
  stepFromStored,
  stepOrder,
  storedStepId,
} from '../../src/core/steps';
import { planDunning } from '../../src/core/dunning/engine';
import { day, event, invoice, settings } from '../fixtures';

describe('the step table', () => {
  it('lists the steps in the order they are taken', () => {
    expect(STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
    expect(STEPS.map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(stepOrder('reminder-1')).toBeLessThan(stepOrder('reminder-2'));
  });

  it('has one formal notice, one recourse after it, and one phone call before both', () => {
    expect(STEPS.filter((s) => s.formalNotice).map((s) => s.id)).toEqual([FORMAL_NOTICE]);
    expect(STEPS.filter((s) => s.recourse).map((s) => s.id)).toEqual([RECOURSE]);
    expect(STEPS.filter((s) => s.channel === 'phone').map((s) => s.id)).toEqual([PHONE_CALL]);
    expect(stepOrder(PHONE_CALL)).toBeLessThan(stepOrder(FORMAL_NOTICE));
    expect(stepOrder(FORMAL_NOTICE)).toBeLessThan(stepOrder(RECOURSE));
  });

  it('puts every courteous step before the first step that claims penalties', () => {
    const firstClaim = Math.min(...STEPS.filter((s) => s.claimsPenalties).map((s) => s.order));
    for (const step of STEPS.filter((s) => isCourteous(s.id)))
      expect(step.order).toBeLessThan(firstClaim);
  });

  it('never lets a formal notice or a recourse be a first contact', () => {
    expect(stepDefinition(FORMAL_NOTICE).firstContact).toBe('never');
    expect(stepDefinition(RECOURSE).firstContact).toBe('never');
  });

  it('names every letter step in Drive and in its email, in French and in English', () => {
    expect(LETTER_STEPS).toEqual(['reminder-2', 'demand-letter']);
    for (const id of LETTER_STEPS) {
      const letter = stepDefinition(id).letter;
      expect(letter?.templateName.fr).toMatch(/^Modèle — /);
      expect(letter?.templateName.en).toMatch(/^Template — /);
      expect(letter?.attached.fr).not.toBe('');
      expect(letter?.attached.en).not.toBe('');
    }
  });

  it('gives the default ladder each step’s channel and letter from the table', () => {
    for (const step of defaultLadder()) {
      expect(step.channel).toBe(stepDefinition(step.id).channel);
      expect(step.letter).toBe(LETTER_STEPS.includes(step.id));
    }
  });

  it('cites as earlier reminders only steps that chase a late invoice, never the pre-due one', () => {
    const cited = STEPS.filter((s) => s.asEarlierReminder !== undefined);
    expect(cited.map((s) => s.id)).toEqual(['reminder-1', 'phone-call', 'reminder-2']);
    expect(cited.every((s) => !s.beforeDue && !s.formalNotice)).toBe(true);
  });
});

describe('a step as the user reads and keeps it: its French stored id', () => {
  const KEPT = [
    ['before-due', 'pre-echeance'],
    ['reminder-1', 'relance-1'],
    ['phone-call', 'appel'],
    ['reminder-2', 'relance-2'],
    ['demand-letter', 'mise-en-demeure'],
    ['court-claim', 'contentieux'],
  ] as const;

  it('is the id every Journal row and stored setting holds so far', () => {
    expect(STEP_IDS.map((id) => [id, storedStepId(id)])).toEqual(KEPT);
  });

  it('names the same step as its id in code, and nothing else names one', () => {
    for (const [id, kept] of KEPT) {
      expect(stepFromStored(kept)).toBe(id);
      expect(stepFromStored(id)).toBe(id);
    }
    for (const other of ['relance-3', 'Relance 1', 'recourse', 'formal-notice', ''])
      expect(stepFromStored(other)).toBeUndefined();
  });

  it('is what an open task says on the invoice, as before', () => {
    const late = invoice({ due: '2026-03-02' });
    const callToDo = event({ on: '2026-03-10', step: 'phone-call', type: 'task', state: 'to-do' });
    const plan = planDunning({
      invoices: [late],
      events: [callToDo],
      settings: settings(),
      today: day('2026-03-11'),
    });
    expect(plan.standings[0]?.problems).toContain('Tâche à faire (appel) depuis le 2026-03-10.');
  });
});
