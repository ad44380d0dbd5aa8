/**
 * Message templates: `{{placeholder}}`, `{{#section}}…{{/section}}` (repeated for a list, shown
 * when a value is present) and `{{^section}}…{{/section}}` (shown when it is absent). Unknown
 * placeholders are reported when a template is saved, never discovered at send time.
 */
export type TemplateValue = string | number | boolean | readonly TemplateScope[];
export interface TemplateScope {
  [name: string]: TemplateValue;
}

export interface PlaceholderInfo {
  fr: string;
  en: string;
  /** Placeholders available inside this section (for lists). */
  item?: Record<string, { fr: string; en: string }>;
}

export const PLACEHOLDERS: Record<string, PlaceholderInfo> = {
  client: { fr: 'Nom du client', en: 'Client name' },
  contact: {
    fr: 'Interlocuteur chez le client (ou « Madame, Monsieur »)',
    en: 'Contact at the client',
  },
  salutation: {
    fr: 'Formule d’appel : « Madame, », « Monsieur, » ou « Madame, Monsieur, »',
    en: 'Salutation: “Dear Madam,”, “Dear Sir,” or “Dear Sir or Madam,”',
  },
  a_l_attention: {
    fr: '« À l’attention de … » (vide sans contact)',
    en: '“For the attention of …”',
  },
  bonjour: {
    fr: '« Bonjour Claire Martin, » ou « Bonjour, »',
    en: '“Hello Claire Martin,” or “Hello,”',
  },
  adresse_client: { fr: 'Adresse du client', en: 'Client address' },
  telephone_client: { fr: 'Téléphone du client', en: 'Client phone' },
  factures: {
    fr: 'Liste des factures concernées',
    en: 'List of the invoices concerned',
    item: {
      numero: { fr: 'Numéro de la facture', en: 'Invoice number' },
      date: { fr: 'Date de la facture', en: 'Invoice date' },
      echeance: { fr: 'Date d’échéance', en: 'Due date' },
      a_echoir: {
        fr: 'Section affichée quand la facture n’est pas encore échue (« à échéance le … »)',
        en: 'Section shown when the invoice is not due yet',
      },
      montant: { fr: 'Montant TTC', en: 'Amount incl. VAT' },
      solde: { fr: 'Reste à payer', en: 'Balance due' },
      jours_retard: { fr: 'Jours de retard', en: 'Days late' },
      retard: {
        fr: '« 1 jour de retard », « 12 jours de retard »',
        en: '“1 day overdue”, “12 days overdue”',
      },
      penalites: { fr: 'Pénalités de retard à ce jour', en: 'Late interest to date' },
    },
  },
  nombre_factures: { fr: 'Nombre de factures', en: 'Number of invoices' },
  autres_factures: {
    fr: '« … et 120 autres factures » quand l’email ne les liste pas toutes (au-delà de 100)',
    en: '“… and 120 other invoices” when the email does not list them all (beyond 100)',
  },
  factures_reglees_en_retard: {
    fr: '« - Pénalités de retard et indemnité forfaitaire restant dues : facture n° F-2, échue le … et réglée après son échéance : 42,30 € »',
    en: '“- Late interest and fixed indemnity remaining due: invoice F-2, due … and paid after its due date: €42.30”',
  },
  penalites_conservees: {
    fr: 'Total des pénalités et indemnités restant dues sur les factures réglées en retard (vide sinon)',
    en: 'Interest and indemnities still due on invoices paid late (empty otherwise)',
  },
  une_facture: {
    fr: 'Section affichée pour une seule facture',
    en: 'Section shown for one invoice',
  },
  de_factures: {
    fr: '« de la facture » ou « des factures »',
    en: '“for the following invoice(s)”',
  },
  factures_compte: { fr: '« 1 facture », « 2 factures »', en: '“1 invoice”, “2 invoices”' },
  factures_suivantes: {
    fr: '« la facture suivante », « les 2 factures suivantes », ou « les sommes suivantes » quand la liste porte aussi des pénalités restant dues sur une facture réglée en retard',
    en: '“the following invoice”, “the following 2 invoices”, or “the following sums” when the list also holds interest still due on an invoice paid late',
  },
  de_factures_suivantes: {
    fr: '« de la facture suivante », « des factures suivantes » ou « des sommes suivantes »',
    en: '“for the following invoice(s)” or “for the following sums”',
  },
  factures_impayees: {
    fr: '« la facture suivante reste impayée », « les factures suivantes restent impayées » ou « les sommes suivantes restent dues »',
    en: '“the following invoice(s) remain(s) unpaid”',
  },
  constat_impaye: {
    fr: '« Malgré nos relances du … », puis « les factures suivantes restent impayées »',
    en: '“Despite our reminders of …, the following invoices remain unpaid”',
  },
  relances_precedentes: {
    fr: '« Malgré nos relances du … (email) et du … (courrier de rappel), »',
    en: 'Earlier reminders and their dates',
  },
  numero_lrar: { fr: 'N° de la lettre recommandée postée', en: 'Registered letter number' },
  date_envoi_lrar: {
    fr: 'Date d’envoi de la lettre recommandée',
    en: 'Registered letter posting date',
  },
  promesse_non_tenue: {
    fr: 'Rappel d’une promesse de paiement non tenue',
    en: 'A broken promise to pay',
  },
  echeancier_non_tenu: {
    fr: 'Rappel d’un échéancier non respecté (l’échéance manquée)',
    en: 'A broken payment plan (the instalment missed)',
  },
  copie_facture: {
    fr: '« Vous trouverez ci-joint une copie de la facture … » (seulement si elle est jointe)',
    en: 'Sentence about the attached invoice copy (only when attached)',
  },
  pieces_jointes: {
    fr: '« Vous trouverez ci-joint notre courrier et le relevé de votre compte. » (seulement ce qui est joint)',
    en: 'Sentence about the attached letter and statement (only what is attached)',
  },
  indemnite_detail: { fr: '« 2 × 40,00 € = 80,00 € »', en: '“2 × €40.00 = €80.00”' },
  annexe_titre: {
    fr: '« taux BCE + 10 points », « taux contractuel », ou pour un acheteur public « taux BCE + 8 points, fixe pour toute la durée du retard »',
    en: 'Rate basis of the annex',
  },
  annexe_penalites: {
    fr: 'Pénalités par semestre (annexe)',
    en: 'Interest per half-year (annex)',
    item: {
      facture: { fr: 'Facture', en: 'Invoice' },
      du: { fr: 'Début de la période', en: 'Period start' },
      au: { fr: 'Fin de la période', en: 'Period end' },
      jours: { fr: 'Nombre de jours', en: 'Days' },
      base: { fr: 'Montant soumis aux pénalités', en: 'Base amount' },
      taux: { fr: 'Taux annuel', en: 'Annual rate' },
      montant: { fr: 'Pénalités de la période', en: 'Interest of the period' },
    },
  },
  total_du: { fr: 'Total restant dû', en: 'Total balance due' },
  plus_ancienne_echeance: { fr: 'Échéance la plus ancienne', en: 'Oldest due date' },
  jours_retard_max: { fr: 'Plus grand nombre de jours de retard', en: 'Most days late' },
  retard_max: {
    fr: '« 1 jour de retard », « 12 jours de retard » (le plus grand retard)',
    en: '“1 day overdue”, “12 days overdue” (the most days late)',
  },
  penalites: { fr: 'Pénalités de retard à ce jour (professionnels)', en: 'Late interest to date' },
  taux_penalites: { fr: 'Taux annuel des pénalités', en: 'Annual late interest rate' },
  indemnite: {
    fr: 'Indemnité forfaitaire pour frais de recouvrement (40 € par facture)',
    en: 'Fixed recovery indemnity',
  },
  montant_provisoire: {
    fr: 'Section affichée quand les pénalités sont provisoires (taux BCE du semestre pas encore confirmé)',
    en: 'Section shown when the interest is provisional (the half-year’s ECB rate not confirmed yet)',
  },
  total_reclame_chiffre: {
    fr: 'Somme réclamée, sans la mention « (provisoire) »',
    en: 'Total claimed, without the “(provisional)” mark',
  },
  penalites_chiffre: {
    fr: 'Pénalités de retard à ce jour, sans la mention « (provisoire) »',
    en: 'Late interest to date, without the “(provisional)” mark',
  },
  total_reclame: {
    fr: 'Somme réclamée (solde + pénalités + indemnités ; le solde seul pour un particulier)',
    en: 'Total claimed',
  },
  date_limite: {
    fr: 'Date limite de paiement (8 jours après l’envoi, jour ouvré)',
    en: 'Payment deadline (8 days after sending, a business day)',
  },
  date_du_jour: { fr: 'Date du jour', en: 'Today' },
  date_arrete: {
    fr: 'Date à laquelle les sommes sont arrêtées (pour la copie d’une mise en demeure : la date de la lettre)',
    en: 'Day the sums are stopped on (for a formal notice’s copy: the letter’s day)',
  },
  delai_mise_en_demeure: {
    fr: '« dans un délai de huit jours à compter de la première présentation de la lettre, prévue le …, soit au plus tard le … »',
    en: '“within eight days of the letter’s first presentation, expected on …, by … at the latest”',
  },
  date_presentation: {
    fr: 'Date de première présentation de la lettre recommandée (avis de réception, sinon prévue)',
    en: 'Registered letter’s first presentation (receipt, else expected)',
  },
  juridiction: {
    fr: 'Recours : le tribunal compétent (type de client, commune du siège : code commune, ou code postal et ville)',
    en: 'Recourse: the competent court',
  },
  procedure_recours: {
    fr: 'Recours : la procédure et ses articles',
    en: 'Recourse: the procedure',
  },
  cerfa: { fr: 'Recours : le n° du formulaire Cerfa', en: 'Recourse: the Cerfa form number' },
  factures_en_cours: {
    fr: 'Recours : les autres factures en retard, pas encore mises en demeure, et leur prochaine étape',
    en: 'Recourse: the other overdue invoices, not yet under a formal notice, and their next step',
  },
  verification_juridiction: {
    fr: 'Recours : ce qu’il faut vérifier avant de déposer',
    en: 'Recourse: what to check before filing',
  },
  etranger: {
    fr: 'Recours : section affichée pour un débiteur établi hors de France',
    en: 'Recourse: section shown for a debtor outside France',
  },
  voie_amiable: {
    fr: 'Recours : section affichée quand une société de recouvrement ou un commissaire de justice est possible',
    en: 'Recourse: section shown when a collection agency may be used',
  },
  procedure_simplifiee: {
    fr: 'Recours : section affichée jusqu’à 5 000 € (procédure simplifiée de recouvrement des petites créances)',
    en: 'Recourse: section shown up to €5,000 (simplified small-claims procedure)',
  },
  date_prescription: {
    fr: 'Recours : dernier jour pour agir avant la prescription',
    en: 'Recourse: last day before the claim is time-barred',
  },
  prescription_proche: {
    fr: 'Recours : section affichée à moins de 90 jours de la prescription',
    en: 'Recourse: section shown less than 90 days before the limit',
  },
  acheteur_public: {
    fr: 'Section affichée pour un acheteur public (Code de la commande publique)',
    en: 'Section shown for a public buyer (French Public Procurement Code)',
  },
  pro: {
    fr: 'Section affichée pour un client professionnel',
    en: 'Section shown for a business client',
  },
  entreprise: { fr: 'Votre raison sociale', en: 'Your company name' },
  adresse_entreprise: { fr: 'Votre adresse', en: 'Your address' },
  siret: { fr: 'Votre SIRET', en: 'Your SIRET' },
  mentions_legales: {
    fr: 'Forme juridique, capital, RCS et ville du greffe (article R123-237 du Code de commerce)',
    en: 'Legal form, share capital, RCS registration',
  },
  email_entreprise: { fr: 'Votre email', en: 'Your email' },
  telephone_entreprise: { fr: 'Votre téléphone', en: 'Your phone' },
  signataire: { fr: 'Signataire', en: 'Signatory' },
  iban: { fr: 'Votre IBAN', en: 'Your IBAN' },
  bic: { fr: 'Votre BIC', en: 'Your BIC' },
  lien_paiement: { fr: 'Lien de paiement en ligne', en: 'Online payment link' },
};

const TOKEN = /\{\{\s*([#^/]?)\s*([a-z_]+)\s*\}\}/gi;

interface Node {
  kind: 'text' | 'var' | 'section' | 'inverted';
  name: string;
  children: Node[];
}

export class TemplateError extends Error {}

function parse(text: string): Node[] {
  const root: Node = { kind: 'section', name: '', children: [] };
  const stack: Node[] = [root];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const parent = stack[stack.length - 1] as Node;
    const index = match.index ?? 0;
    if (index > last)
      parent.children.push({ kind: 'text', name: text.slice(last, index), children: [] });
    last = index + match[0].length;
    const sigil = match[1] ?? '';
    const name = (match[2] ?? '').toLowerCase();
    if (sigil === '#' || sigil === '^') {
      const node: Node = { kind: sigil === '#' ? 'section' : 'inverted', name, children: [] };
      parent.children.push(node);
      stack.push(node);
    } else if (sigil === '/') {
      const open = stack.pop();
      if (open === undefined || open === root || open.name !== name) {
        throw new TemplateError(`La section {{/${name}}} ferme une section qui n’est pas ouverte.`);
      }
    } else parent.children.push({ kind: 'var', name, children: [] });
  }
  if (stack.length > 1)
    throw new TemplateError(
      `La section {{#${(stack[stack.length - 1] as Node).name}}} n’est pas fermée.`,
    );
  if (last < text.length)
    root.children.push({ kind: 'text', name: text.slice(last), children: [] });
  return root.children;
}

function lookup(scopes: readonly TemplateScope[], name: string): TemplateValue | undefined {
  for (let i = scopes.length - 1; i >= 0; i -= 1) {
    const value = scopes[i]?.[name];
    if (value !== undefined) return value;
  }
  return undefined;
}

function truthy(value: TemplateValue | undefined): boolean {
  if (value === undefined || value === false || value === '' || value === 0) return false;
  return !Array.isArray(value) || value.length > 0;
}

/** What a walk over a parsed template meets, in order, with whether it is shown. */
interface Piece {
  token: 'text' | 'var' | 'marker';
  text: string;
  visible: boolean;
}

/**
 * Walks a parsed template. As a `template`, a list section repeats once per item and a hidden
 * section is skipped. As `paragraphs` (a Docs letter the user may restyle, where a section may
 * open in one paragraph and close in another), a section is shown or hidden once, and hidden
 * parts are still walked so that every paragraph break is met.
 */
function walk(
  nodes: readonly Node[],
  scopes: readonly TemplateScope[],
  visible: boolean,
  mode: 'template' | 'paragraphs',
  emit: (piece: Piece) => void,
): void {
  for (const node of nodes) {
    if (node.kind === 'text') {
      emit({ token: 'text', text: node.name, visible });
      continue;
    }
    const value = lookup(scopes, node.name);
    if (node.kind === 'var') {
      const shown = visible && value !== undefined && !Array.isArray(value);
      emit({ token: 'var', text: shown ? String(value) : '', visible });
      continue;
    }
    const on = visible && (node.kind === 'inverted' ? !truthy(value) : truthy(value));
    if (mode === 'paragraphs') {
      emit({ token: 'marker', text: '', visible: on });
      walk(node.children, scopes, on, mode, emit);
      emit({ token: 'marker', text: '', visible });
    } else if (on && node.kind === 'section' && Array.isArray(value)) {
      for (const item of value as readonly TemplateScope[])
        walk(node.children, [...scopes, item], true, mode, emit);
    } else if (on) walk(node.children, scopes, true, mode, emit);
  }
}

export function renderTemplate(text: string, variables: TemplateScope): string {
  let out = '';
  walk(parse(text), [variables], true, 'template', (piece) => {
    if (piece.visible) out += piece.text;
  });
  return out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n');
}

export function findPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(TOKEN)].map((m) => (m[2] ?? '').toLowerCase()))];
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      previous = current;
    }
  }
  return row[b.length] as number;
}

/** French messages for what is wrong in a template: unknown names, unbalanced sections. */
export function checkTemplate(text: string): string[] {
  try {
    parse(text);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
  const known = new Set<string>(Object.keys(PLACEHOLDERS));
  for (const info of Object.values(PLACEHOLDERS))
    for (const item of Object.keys(info.item ?? {})) known.add(item);
  const problems: string[] = [];
  for (const name of findPlaceholders(text)) {
    if (known.has(name)) continue;
    const closest = [...known].sort((a, b) => distance(name, a) - distance(name, b))[0];
    problems.push(
      `Champ inconnu : {{${name}}}.${closest !== undefined && distance(name, closest) <= 3 ? ` Vouliez-vous dire {{${closest}}} ?` : ''}`,
    );
  }
  return problems;
}

/** Between two paragraphs of a document: Unicode's paragraph separator, never in a Docs text. */
const PARAGRAPH_BREAK = '\u2029';

interface RenderedParagraph {
  text: string;
  /** Something of the paragraph is shown: visible text, or a section that stays open. */
  shown: boolean;
  marker: boolean;
}

/**
 * Renders a document paragraph by paragraph, with the same parser as `renderTemplate`, for
 * letters kept as Google Docs the user may restyle: sections may open in one paragraph and close
 * in another. Returns the new text of each paragraph, or null for a paragraph that should
 * disappear (hidden by a section, or made only of section markers). A section left open or
 * closed twice is a `TemplateError`, as in any other template: no letter goes out half-hidden.
 */
export function renderParagraphs(
  texts: readonly string[],
  variables: TemplateScope,
): (string | null)[] {
  if (texts.length === 0) return [];
  const done: RenderedParagraph[] = [];
  let current: RenderedParagraph = { text: '', shown: true, marker: false };
  walk(parse(texts.join(PARAGRAPH_BREAK)), [variables], true, 'paragraphs', (piece) => {
    if (piece.token === 'marker') current.marker = true;
    if (piece.token !== 'text') {
      if (piece.visible) current.shown = true;
      if (piece.visible) current.text += piece.text;
      return;
    }
    piece.text.split(PARAGRAPH_BREAK).forEach((segment, i) => {
      if (i > 0) {
        done.push(current);
        current = { text: '', shown: piece.visible, marker: false };
      }
      if (piece.visible) current.text += segment;
    });
  });
  done.push(current);
  return done.map((p) =>
    (!p.shown && p.text === '') || (p.marker && p.text.trim() === '') ? null : p.text,
  );
}
