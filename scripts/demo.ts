/**
 * npm run demo: generates a realistic invoice workbook, creates a workspace from it and runs the
 * nightly job over a fortnight of simulated nights, printing what each night did.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { initWorkspace, runNight } from '../src/local/workspace';
import { formatRunSummary } from '../src/local/summary';
import { writeSampleWorkbook } from './sample-workbook';

const root = resolve('demo-workspace');
const source = join(root, 'source', 'factures.xlsx');
const workspace = join(root, 'atelier');
const firstNight = '2026-11-16';
const nights = 14;

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
console.log(`Espace de travail : ${workspace}\n`);

for (let night = 0; night < nights; night += 1) {
  const result = await runNight(workspace, { today: addDays(firstNight, night) });
  for (const line of formatRunSummary(result)) console.log(line);
  console.log('');
}

const outbox = join(workspace, 'outbox');
const emails = existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith('.eml')) : [];
console.log(`Fin de la démonstration : ${emails.length} email(s) dans ${outbox}`);
console.log(
  `Ouvrez ${join(workspace, 'workbook.xlsx')} pour voir les onglets « Suivi des relances » et « Journal des relances ».`,
);
