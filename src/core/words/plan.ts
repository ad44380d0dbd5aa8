/**
 * What the user's own decisions from the sidebar write in the Journal, and how the sidebar names
 * an action (plan/user-actions.ts, plan/views.ts). The callers take the French.
 */
import { byCount } from './catalogue';
import type { Entry } from './catalogue';

export const PLAN_WORDS = {
  postponed: {
    fr: (days: number) =>
      `Relance reportée de ${days} ${byCount(days, 'fr', 'jour', 'jours')} depuis la barre latérale.`,
    en: (days: number) =>
      `Reminder postponed by ${days} ${byCount(days, 'en', 'day', 'days')} from the sidebar.`,
  },
  ignored: {
    fr: 'Étape ignorée depuis la barre latérale : rien n’a été envoyé.',
    en: 'Step skipped from the sidebar: nothing was sent.',
  },
  /** The email copy of a mise en demeure already posted, as the sidebar lists it. */
  formalNoticeCopy: {
    fr: (step: string) => `${step} : copie par email (LRAR déposée)`,
    en: (step: string) => `${step}: email copy (registered letter posted)`,
  },
} as const satisfies Record<string, Entry<unknown>>;
