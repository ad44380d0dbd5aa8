import { checkAuthorization } from '../adapters/authorization';
import { alert, showSidebarPage } from '../adapters/ui';
import { buildMenu, type OpenEvent } from './menu';

export function onOpen(e?: OpenEvent): void {
  buildMenu(e);
}

/** Runs when a user installs the add-on: Google asks add-ons to call onOpen from here. */
export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}

export function showSidebar(): void {
  showSidebarPage('Sidebar', 'Relance');
}

export function showSettings(): void {
  showSidebar();
}

export function showHelp(): void {
  alert(
    'Relance suit vos factures impayées : chaque nuit, elle prépare les relances du jour (emails, appels, courriers, mise en demeure) et met à jour les onglets « Suivi des relances », « Journal des relances » et « Tableau de bord » (encours, retards, délai moyen de paiement, taux de recouvrement). Ouvrez Relance pour voir les actions du jour et noter les réponses de vos clients.',
  );
}

/**
 * The menu entry shown while a run found its authorisation missing. Started from the menu, it
 * makes Google ask the user for what is missing; then it says whether anything is still needed.
 */
export function menuReauthorize(): void {
  const state = checkAuthorization();
  alert(
    state.required
      ? `Relance doit être ré-autorisée : ouvrez ${state.url === '' ? 'Relance depuis le menu' : state.url} et acceptez les autorisations demandées. Rien n’est envoyé d’ici là.`
      : 'Relance est autorisée : les relances reprendront à la prochaine exécution.',
  );
}
