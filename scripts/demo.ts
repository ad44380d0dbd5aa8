/**
 * npm run demo: generates a realistic invoice workbook, creates a workspace from it and runs the
 * nightly job over a month of simulated nights, printing what each night did, then the dashboard's
 * key figures.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser, type ParsedMail } from 'mailparser';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Cents } from '../src/core/values/money';
import { formatEuros } from '../src/core/words/format';
import { countOf } from '../src/core/words/wording';
import { clientKeyOf } from '../src/core/values/keys';
import type { EventInput } from '../src/core/dunning/record-event';
import { callFunction } from '../src/local/workspace';
import { initWorkspace } from '../src/local/init';
import { prepareDossierOffline } from '../src/local/offline-dossier';
import { runNight } from '../src/local/night';
import { uploadToDrive } from '../src/local/user-drive';
import { renderPdf } from '../src/local/runtime/pdf';
import { formatRunSummary } from '../src/local/summary';
import { writeSampleWorkbook } from './sample-workbook';

const root = resolve('demo-workspace');
const source = join(root, 'source', 'factures.xlsx');
const workspace = join(root, 'atelier');
const firstNight = '2026-11-16';
const nights = 33;

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

rmSync(root, { recursive: true, force: true });
mkdirSync(join(root, 'source'), { recursive: true });
await writeSampleWorkbook(source, { referenceDay: firstNight, invoiceCount: 36 });
console.log(`Classeur d’exemple généré : ${source}`);
await initWorkspace(workspace, { from: source, settingsPath: 'samples/settings.example.json' });
console.log(`Espace de travail : ${workspace}`);

/** The client whose dossier for the judge the demo shows: it reaches the recourse in the month. */
const DOSSIER_CLIENT = 'Hôtel du Port';

/**
 * As a firm that keeps its invoices in Drive: the PDFs of Hôtel du Port's invoices are uploaded
 * and their links pasted in a « Lien facture » column, and a « Clients » tab gives its SIREN and
 * legal form, both of which the dossier for the judge needs.
 */
async function fileInvoicesInDrive(): Promise<void> {
  const path = join(workspace, 'workbook.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet('Factures');
  if (sheet === undefined) return;
  let header = 0;
  sheet.eachRow((row, n) => {
    if (header === 0 && row.getCell(1).value === 'N° facture') header = n;
  });
  const linkColumn = sheet.getRow(header).cellCount + 1;
  sheet.getRow(header).getCell(linkColumn).value = 'Lien facture';
  const pdfDir = join(root, 'source', 'factures-pdf');
  mkdirSync(pdfDir, { recursive: true });
  for (let n = header + 1; n <= sheet.rowCount; n += 1) {
    const row = sheet.getRow(n);
    const number = String(row.getCell(1).value ?? '');
    if (row.getCell(2).value !== DOSSIER_CLIENT || number === '') continue;
    const pdf = join(pdfDir, `${number}.pdf`);
    writeFileSync(
      pdf,
      renderPdf([
        { kind: 'paragraph', text: `Atelier Dupont SARL — Facture ${number} — ${DOSSIER_CLIENT}` },
      ]),
    );
    row.getCell(linkColumn).value = uploadToDrive(workspace, pdf);
  }
  const clients = book.addWorksheet('Clients');
  clients.addRow(['Client', 'SIREN', 'Forme juridique', 'Tribunal']);
  clients.addRow([DOSSIER_CLIENT, '432 198 765', 'SAS', 'Tribunal de commerce de Lorient']);
  await book.xlsx.writeFile(path);
  console.log(
    `Factures PDF de ${DOSSIER_CLIENT} déposées dans le Drive et liées (colonne « Lien facture ») ; SIREN, forme juridique et tribunal dans l’onglet « Clients ».`,
  );
}
await fileInvoicesInDrive();

/** The ECB rate of the running half-year, confirmed from the sidebar as its banner asks. */
async function confirmEcbRate(today: string): Promise<void> {
  const view = (await callFunction(workspace, 'getToday', [], { today })) as {
    pendingEcbRate?: { halfYear: string; lastKnownPercent: number };
  };
  const pending = view.pendingEcbRate;
  if (pending === undefined) return;
  await callFunction(workspace, 'confirmEcbRate', [pending.halfYear], { today });
  console.log(
    `Taux BCE du semestre commencé le ${pending.halfYear} confirmé dans la barre latérale : ${String(pending.lastKnownPercent).replace('.', ',')} %.\n`,
  );
}
await confirmEcbRate(firstNight);

/** What the clients answer during the month, recorded from the sidebar the day it happens. */
const answers: {
  day: string;
  client: string;
  input: Omit<EventInput, 'clientKey'>;
  says: string;
}[] = [
  {
    day: '2026-11-19',
    client: 'Ferme du Bois Joli',
    input: { type: 'payment', invoices: ['F2026-0136'], amountCents: 356385, date: '2026-11-19' },
    says: 'paie F2026-0136 (3 563,85 €)',
  },
  {
    day: '2026-11-20',
    client: 'Hôtel du Port',
    input: { type: 'payment', invoices: ['F2026-0104'], amountCents: 28237, date: '2026-11-20' },
    says: 'paie le reste de F2026-0104 (282,37 €)',
  },
  {
    day: '2026-11-24',
    client: 'SCI Les Tilleuls',
    input: { type: 'promise', invoices: ['F2026-0121'], date: '2026-12-04' },
    says: 'promet de payer F2026-0121 le 04/12/2026',
  },
  {
    day: '2026-11-26',
    client: 'Traiteur Gourmet',
    input: { type: 'dispute', invoices: ['F2026-0110'], detail: 'Livraison incomplète' },
    says: 'conteste F2026-0110 (livraison incomplète)',
  },
  {
    day: '2026-12-07',
    client: 'Menuiserie Bernard',
    input: { type: 'payment', invoices: ['F2026-0107'], amountCents: 15820, date: '2026-12-07' },
    says: 'paie F2026-0107 (158,20 €)',
  },
];

/** Registered letters made last night are posted in the morning, and the posting is recorded. */
async function recordPostings(today: string, letters: { client: string; invoices: string[] }[]) {
  for (const letter of letters) {
    const number = `1A ${String(postings.size + 1).padStart(3, '0')} 456 7890 1`;
    const input: EventInput = {
      clientKey: clientKeyOf(letter.client),
      type: 'registered-letter-posted',
      invoices: letter.invoices,
      date: today,
      detail: number,
    };
    const recorded = (await callFunction(workspace, 'recordClientEvent', [input], {
      today,
    })) as { ok: boolean };
    console.log(
      `LRAR postée notée le ${today} : ${letter.client}, lettre recommandée n° ${number}${recorded.ok ? '' : ' — REFUSÉE'}`,
    );
    if (recorded.ok) postings.set(letter.client, number);
  }
}

const outbox = join(workspace, 'outbox');
const seenMails = new Set<string>();
const postings = new Map<string, string>();
const shown = new Set<string>();

async function newMails(): Promise<ParsedMail[]> {
  if (!existsSync(outbox)) return [];
  const files = readdirSync(outbox)
    .filter((f) => f.endsWith('.eml') && !seenMails.has(f))
    .sort();
  for (const f of files) seenMails.add(f);
  return Promise.all(files.map((f) => simpleParser(readFileSync(join(outbox, f)))));
}

async function pdfText(content: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(content)), {
    mergePages: true,
  });
  return text;
}

/** Shows, once each, a courrier de rappel with its relevé and a mise en demeure's email copy. */
async function showAsReceived(mail: ParsedMail): Promise<void> {
  const subject = mail.subject ?? '';
  const kind = subject.startsWith('Rappel :')
    ? 'reminder-2'
    : subject.startsWith('Mise en demeure')
      ? 'med'
      : '';
  if (kind === '' || shown.has(kind)) return;
  if (kind === 'med' && !/recommandée avec accusé de réception n°/.test(mail.text ?? '')) return;
  shown.add(kind);
  const rule = '─'.repeat(72);
  console.log(
    `${rule}\n${kind === 'med' ? 'Copie email de la mise en demeure, après l’envoi recommandé' : 'Courrier de rappel (relance 2)'}, tel que le client le reçoit :`,
  );
  console.log(
    `Objet : ${subject}\nPièces jointes : ${mail.attachments.map((a) => a.filename).join(', ') || 'aucune'}\n`,
  );
  console.log(mail.text ?? '');
  const statement = mail.attachments.find((a) => (a.filename ?? '').includes('relevé de compte'));
  if (statement !== undefined && !shown.has('releve')) {
    shown.add('releve');
    console.log(`\nPièce jointe « ${statement.filename} » :\n`);
    console.log(await pdfText(statement.content));
  }
  console.log(rule);
}

let previousProblems = '';
let dossierDay: string | undefined;
let toPost: { client: string; invoices: string[] }[] = [];
for (let night = 0; night < nights; night += 1) {
  const today = addDays(firstNight, night);
  await recordPostings(today, toPost);
  for (const answer of answers.filter((a) => a.day === today)) {
    const input: EventInput = { ...answer.input, clientKey: clientKeyOf(answer.client) };
    const recorded = (await callFunction(workspace, 'recordClientEvent', [input], {
      today,
    })) as { ok: boolean };
    console.log(
      `Réponse notée le ${today} : ${answer.client} ${answer.says}${recorded.ok ? '' : ' — REFUSÉE'}`,
    );
  }
  const result = await runNight(workspace, { today });
  const problems = JSON.stringify(result.report.problems);
  for (const line of formatRunSummary(result, { listProblems: problems !== previousProblems }))
    console.log(line);
  previousProblems = problems;
  if (
    result.report.actions.some(
      (a) => a.client === DOSSIER_CLIENT && a.step === 'court-claim' && a.outcome === 'task',
    )
  )
    dossierDay = today;
  toPost = result.report.actions
    .filter(
      (a) => a.channel === 'registered-letter' && (a.outcome === 'task' || a.outcome === 'sent'),
    )
    .map((a) => ({ client: a.client, invoices: a.invoices }));
  for (const mail of await newMails()) await showAsReceived(mail);
  console.log('');
}

// The dashboard as the last night wrote it, read back from the workbook.
const book = new ExcelJS.Workbook();
await book.xlsx.readFile(join(workspace, 'workbook.xlsx'));
const dashboard = book.getWorksheet('Tableau de bord');
if (dashboard !== undefined) {
  console.log('Tableau de bord :');
  const show = (value: ExcelJS.CellValue, format: string) =>
    typeof value !== 'number'
      ? String(value ?? '')
      : format.includes('%')
        ? `${(value * 100).toFixed(1).replace('.', ',')} %`
        : format.includes('€')
          ? formatEuros(Math.round(value * 100) as Cents)
          : String(value).replace('.', ',');
  dashboard.eachRow((row, n) => {
    if (n < 4 || n > 10) return;
    const label = row.getCell(1).value;
    const value = row.getCell(2);
    if (label !== null && value.value !== null)
      console.log(
        `  ${String(label)} : ${show(value.value, value.numFmt ?? '')} ${String(row.getCell(3).value ?? '')}`.trimEnd(),
      );
  });
}

/** The dossier for the judge the recourse night made, listed, and its requête as a clerk reads it. */
async function showDossier(day: string): Promise<void> {
  const { answer, path } = await prepareDossierOffline(workspace, DOSSIER_CLIENT, { today: day });
  console.log(`\nDossier d’injonction de payer de ${DOSSIER_CLIENT} (fait au passage du ${day}) :`);
  if (!answer.ok) {
    for (const message of answer.messages) console.log(`  • ${message}`);
    return;
  }
  console.log(`  ${path ?? answer.folderUrl}`);
  for (const file of answer.files) console.log(`    ${file}`);
  const requete = join(path ?? '', '00 - Requête en injonction de payer.pdf');
  if (path !== undefined && existsSync(requete))
    console.log(
      `\nLa requête, telle que le greffe la lit :\n\n${await pdfText(readFileSync(requete))}`,
    );
}
if (dossierDay === undefined)
  console.log(`\n${DOSSIER_CLIENT} n’a pas atteint le recours ce mois-ci : pas de dossier.`);
else await showDossier(dossierDay);

if (!shown.has('med'))
  console.log(
    'La copie email d’une mise en demeure part une fois son envoi recommandé noté (« LRAR postée ») : aucune n’est partie pendant ce mois.',
  );
const emails = existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith('.eml')) : [];
console.log(
  `Fin de la démonstration : ${countOf(emails.length, ['email', 'emails'], 'fr')} dans ${outbox}`,
);
console.log(
  `Ouvrez ${join(workspace, 'workbook.xlsx')} pour voir les onglets « Suivi des relances », « Journal des relances » et « Tableau de bord » ; ses graphiques sont dans ${join(workspace, 'charts')}.`,
);
