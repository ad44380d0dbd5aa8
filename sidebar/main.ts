import { callServer } from './server';

const app = document.getElementById('app');

function show(text: string, role: 'status' | 'alert' = 'status'): void {
  if (!app) return;
  const p = document.createElement('p');
  p.setAttribute('role', role);
  p.textContent = text;
  app.replaceChildren(p);
}

callServer('detectInvoiceSheet').then(
  (detection) => {
    if (detection.found) {
      show(
        `Onglet des factures : « ${detection.sheet ?? ''} » — ${detection.invoices ?? 0} facture(s), ${detection.problems ?? 0} problème(s).`,
      );
    } else {
      show(detection.message ?? 'Aucun onglet de factures trouvé.', 'alert');
    }
  },
  (error: Error) => show(`Relance n’a pas pu lire le classeur : ${error.message}`, 'alert'),
);
