/** Menu labels. French first; the add-on menu is built before any setting can be read. */
export function menuLabels() {
  return {
    title: 'Relance',
    open: 'Ouvrir Relance',
    runNow: 'Lancer les relances maintenant',
    preview: 'Aperçu des relances du jour',
    automatic: 'Envoi automatique',
    enableAutomatic: 'Activer l’envoi automatique',
    disableAutomatic: 'Désactiver l’envoi automatique',
    createTemplates: 'Créer les modèles de courrier',
    settings: 'Paramètres',
    help: 'Aide',
    reauthorize: '⚠ Relance doit être ré-autorisée',
    about: 'À propos de Relance',
    selfTest: 'Vérifier l’installation',
  } as const;
}
