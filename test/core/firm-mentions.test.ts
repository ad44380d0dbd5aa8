import { describe, expect, it } from 'vitest';
import { composeAction, requiredMentions } from '../../src/core/messages/compose';
import { planDunning } from '../../src/core/dunning/engine';
import type { Settings } from '../../src/core/settings/settings';
import { validateSettings } from '../../src/core/settings-input/settings-validate';
import { day, invoice } from '../fixtures';
import example from '../../samples/settings.example.json';

const firm = (() => {
  const result = validateSettings(example);
  if (!result.ok) throw new Error('example settings invalid');
  return result.settings;
})();

function withFirm(changes: Partial<Settings['firm']>): Settings {
  return { ...firm, firm: { ...firm.firm, ...changes } };
}

describe('the firm’s mentions on letters (Code de commerce R123-237)', () => {
  it('holds back a letter from a société that lacks its share capital and RCS city', () => {
    const sarl = withFirm({ legalForm: 'SARL', shareCapital: '', rcsCity: '' });
    expect(requiredMentions('reminder-2', sarl)).toEqual([
      'votre capital social',
      'la ville du greffe de votre RCS',
    ]);
    expect(requiredMentions('demand-letter', withFirm({ legalForm: '' }))).toEqual([
      'votre forme juridique (SARL, SAS, EI…)',
    ]);
  });

  it('lets an entrepreneur individuel’s letter go without a share capital', () => {
    const ei = withFirm({ legalForm: 'Entrepreneur individuel', shareCapital: '', rcsCity: '' });
    expect(requiredMentions('reminder-2', ei)).toEqual([]);
  });

  it('prints the legal form, share capital, RCS city with the SIREN and the registered office', () => {
    const invoices = [invoice({ due: '2026-03-02' })];
    const today = day('2026-03-20');
    const plan = planDunning({ invoices, events: [], settings: firm, today });
    const message = composeAction({
      action: {
        step: 'reminder-2',
        client: 'Boulangerie Martin',
        invoices: ['F-001'],
        language: 'fr',
      },
      invoices,
      standings: plan.standings,
      settings: firm,
      today,
    });
    expect(message.letter).toContain('SARL au capital de 10 000 € — RCS Lyon 812 345 678');
    expect(message.letter).toContain('Siège social : 18 rue de la République, 69002 Lyon');
  });
});
