import { buildMenu, type OpenEvent } from './menu';

export function onOpen(e?: OpenEvent): void {
  buildMenu(e);
}

/** Runs when a user installs the add-on: Google asks add-ons to call onOpen from here. */
export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}

export function showSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Relance');
  SpreadsheetApp.getUi().showSidebar(page);
}

export function showSettings(): void {
  showSidebar();
}

export function showHelp(): void {
  SpreadsheetApp.getUi().alert(
    'Relance suit vos factures impayées : chaque nuit, elle prépare les relances du jour (emails, appels, courriers, mise en demeure) et met à jour les onglets « Suivi des relances », « Journal des relances » et « Tableau de bord » (encours, retards, délai moyen de paiement, taux de recouvrement). Ouvrez Relance pour voir les actions du jour et noter les réponses de vos clients.',
  );
}
