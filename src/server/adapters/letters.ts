/**
 * Letters from Google Docs templates: the templates live in a Drive folder Relance made, one per
 * letter step and language; each letter is a copy of its template, filled, exported as PDF into
 * a per-client folder Relance made. The filled copy is trashed: the PDF is the record. Every file
 * here is one Relance created, so the per-file `drive.file` scope is enough (drive-files.ts).
 */
import { SERVER_WORDS } from '../../core/words/server';
import { countDocumentCreated } from './documents-quota';
import {
  copyInto,
  DOC_MIME,
  fileBlob,
  folderNamed,
  liveFile,
  newDocIn,
  storeIn,
  trash,
} from './drive-files';
import { DEFAULT_TEXTS } from '../../core/words/default-texts';
import {
  repeatedRow,
  letterTemplateBlocks,
  type LetterBlock,
} from '../../core/messages/letter-template';
import type { Language } from '../../core/model';
import type { Settings } from '../../core/settings/settings';
import { LETTER_STEPS, stepDefinition, storedStepId, type StepId } from '../../core/steps';
import { safeFileName } from '../../core/values/file-name';
import {
  renderParagraphs,
  renderTemplate,
  type TemplateScope,
} from '../../core/messages/templates';

/** Folders of the user's Drive, found again by these French names. */
export const TEMPLATE_FOLDER = SERVER_WORDS.templateFolder.fr;
export const LETTERS_FOLDER = SERVER_WORDS.lettersFolder.fr;
const LANGUAGES: readonly Language[] = ['fr', 'en'];

type Body = GoogleAppsScript.Document.Body;

/** The name a letter template gets in Drive. */
/**
 * A new, empty Google Doc in the folder, opened to be written (not counted in the documents
 * quota: the self-test's scratch, trashed at once).
 */
export function openNewDoc(folderId: string, name: string): GoogleAppsScript.Document.Document {
  return DocumentApp.openById(newDocIn(folderId, name));
}

export function letterTemplateName(step: StepId, language: Language): string {
  return stepDefinition(step).letter?.templateName[language] ?? storedStepId(step);
}

/** Whether a template's file is there: found by its id, in reach and not in the trash. */
export function templateExists(id: string | undefined): boolean {
  return liveFile(id) !== undefined;
}

/**
 * Creates the missing letter templates (all of them the first time) and returns the settings
 * fields that point to them. Existing templates, possibly restyled by the user, are kept.
 */
export function ensureLetterTemplates(
  settings: Settings,
): Pick<Settings, 'letterTemplateFolderId' | 'letterTemplateIds'> {
  const folder =
    liveFile(settings.letterTemplateFolderId)?.id ?? folderNamed('root', TEMPLATE_FOLDER);
  const ids: Settings['letterTemplateIds'] = structuredCloneIds(settings.letterTemplateIds);
  for (const step of LETTER_STEPS) {
    for (const language of LANGUAGES) {
      if (templateExists(ids[step]?.[language])) continue;
      const letter =
        settings.templates[step]?.[language]?.letter ?? DEFAULT_TEXTS[step][language].letter ?? '';
      countDocumentCreated();
      const doc = DocumentApp.openById(newDocIn(folder, letterTemplateName(step, language)));
      writeLetterTemplate(doc.getBody(), letter, language);
      doc.saveAndClose();
      ids[step] = { ...(ids[step] ?? {}), [language]: doc.getId() };
    }
  }
  return { letterTemplateFolderId: folder, letterTemplateIds: ids };
}

/** Writes a letter's text into a Doc's body as a template: paragraphs, and the invoice table. */
export function writeLetterTemplate(body: Body, letter: string, language: Language): void {
  appendBlocks(body, letterTemplateBlocks(letter, language));
}

/**
 * The body's last paragraph when it is empty: the one a new Doc holds, or the one Docs adds after
 * a table appended at the end (a body always ends with a paragraph:
 * https://developers.google.com/workspace/docs/api/concepts/structure). The next paragraph is
 * written there rather than after it, so that a letter does not start with a blank line that
 * would push the address out of the envelope's window.
 */
function spareParagraph(body: Body): GoogleAppsScript.Document.Paragraph | undefined {
  const count = body.getNumChildren();
  if (count === 0) return undefined;
  const last = body.getChild(count - 1);
  if (last.getType() !== DocumentApp.ElementType.PARAGRAPH) return undefined;
  const paragraph = last.asParagraph();
  return paragraph.getText() === '' ? paragraph : undefined;
}

function appendBlocks(body: Body, blocks: readonly LetterBlock[]): void {
  let spare = spareParagraph(body);
  for (const block of blocks) {
    if (block.kind === 'table') {
      body.appendTable(block.rows);
      spare = spareParagraph(body);
    } else {
      const paragraph = spare?.setText(block.text) ?? body.appendParagraph(block.text);
      spare = undefined;
      if (block.heading) paragraph.setHeading(DocumentApp.ParagraphHeading.HEADING1);
      if (block.bold && block.text !== '') paragraph.editAsText().setBold(true);
      if (block.indentStartPt !== undefined) paragraph.setIndentStart(block.indentStartPt);
      if (block.spacingBeforePt !== undefined) paragraph.setSpacingBefore(block.spacingBeforePt);
    }
  }
}

/** The client's folder in « Relance — courriers », both made by Relance when missing. */
export function clientFolderOf(client: string): string {
  return folderNamed(folderNamed('root', LETTERS_FOLDER), safeFileName(client));
}

/**
 * The relevé de compte as a PDF: a Doc written from the core's layout, exported into the client's
 * folder (the PDF is the record), the Doc itself trashed.
 */
export function makeStatement(
  blocks: readonly LetterBlock[],
  fileName: string,
  client: string,
): GoogleAppsScript.Base.Blob {
  const folder = clientFolderOf(client);
  countDocumentCreated();
  const doc = DocumentApp.openById(newDocIn(folder, fileName));
  appendBlocks(doc.getBody(), blocks);
  doc.saveAndClose();
  const pdf = doc.getAs('application/pdf').setName(`${fileName}.pdf`);
  storeIn(folder, pdf);
  trash(doc.getId());
  return pdf;
}

/**
 * A PDF named `pdfName` written from blocks: a Doc made in the folder from the core's layout,
 * exported, then trashed (the PDF is the record). Saved nowhere: the caller stores it.
 */
export function renderPdf(
  blocks: readonly LetterBlock[],
  pdfName: string,
  folderId: string,
): GoogleAppsScript.Base.Blob {
  countDocumentCreated();
  const doc = DocumentApp.openById(newDocIn(folderId, pdfName.replace(/\.pdf$/i, '')));
  appendBlocks(doc.getBody(), blocks);
  doc.saveAndClose();
  const pdf = doc.getAs('application/pdf').setName(pdfName);
  trash(doc.getId());
  return pdf;
}

function structuredCloneIds(ids: Settings['letterTemplateIds']): Settings['letterTemplateIds'] {
  const copy: Settings['letterTemplateIds'] = {};
  for (const [step, byLanguage] of Object.entries(ids)) copy[step] = { ...(byLanguage ?? {}) };
  return copy;
}

export interface MadeLetter {
  url: string;
  pdf: GoogleAppsScript.Base.Blob;
}

/**
 * Fills the letter's own paragraphs. Body.getParagraphs() also returns the paragraphs inside
 * table cells: those belong to the invoice table, filled row by row below, and are left alone.
 * A paragraph whose section is empty goes, except the body's last one, which Docs refuses to
 * remove ("Can't remove the last paragraph in a document section."): it is emptied instead.
 */
function fillParagraphs(body: Body, variables: TemplateScope): void {
  const paragraphs = body
    .getParagraphs()
    .filter((p) => p.getParent().getType() !== DocumentApp.ElementType.TABLE_CELL);
  const rendered = renderParagraphs(
    paragraphs.map((p) => p.getText()),
    variables,
  );
  paragraphs.forEach((paragraph, i) => {
    const text = rendered[i];
    if (text === null) {
      if (paragraph.getNextSibling() === null) paragraph.setText('');
      else paragraph.removeFromParent();
    } else if (text !== undefined && text !== paragraph.getText()) paragraph.setText(text);
  });
}

/**
 * Repeats each list's model row (the invoice table, the penalty annex) once per item, each copy
 * filled with its item; a list with nothing to show removes its table.
 */
function fillInvoiceTables(body: Body, variables: TemplateScope): void {
  for (const table of body.getTables()) {
    const rows = Array.from({ length: table.getNumRows() }, (_, r) => table.getRow(r).getText());
    const repeated = repeatedRow(rows, variables);
    if (repeated === undefined) continue;
    if (repeated.items.length === 0) {
      // A list with nothing to show (a consumer's letter has no penalty annex): no empty table.
      table.removeFromParent();
      continue;
    }
    const model = table.getRow(repeated.row);
    repeated.items.forEach((item, k) => {
      const row = model.copy();
      for (let c = 0; c < row.getNumCells(); c += 1) {
        const cell = row.getCell(c);
        cell.setText(renderTemplate(cell.getText(), { ...variables, ...item }));
      }
      table.insertTableRow(repeated.row + 1 + k, row);
    });
    table.removeRow(repeated.row);
  }
}

/** Copies the template, fills it, repeats the invoice row, exports the PDF into the client's folder. */
export function makeLetter(
  templateId: string,
  fileName: string,
  client: string,
  variables: TemplateScope,
): MadeLetter {
  const clientFolder = clientFolderOf(client);
  countDocumentCreated();
  const doc = DocumentApp.openById(copyInto(templateId, fileName, clientFolder));
  fillLetter(doc.getBody(), variables);
  doc.saveAndClose();
  const pdf = doc.getAs('application/pdf').setName(`${fileName}.pdf`);
  const url = storeIn(clientFolder, pdf);
  trash(doc.getId());
  return { url, pdf };
}

/** Fills a copy of a letter template: placeholders and sections, the invoice row once per invoice. */
export function fillLetter(body: Body, variables: TemplateScope): void {
  fillParagraphs(body, variables);
  fillInvoiceTables(body, variables);
}

/**
 * The invoice PDF a "Lien facture" points to, when Relance may read it and the file is not in
 * the trash: a PDF as stored, a Google Doc exported as PDF. Under `drive.file` that is a file
 * the user opened with Relance; any other answers as missing (drive-files.ts), and the reminder
 * goes without the copy. A file the user threw away is not sent to a client.
 */
export function invoiceAttachment(fileId: string): GoogleAppsScript.Base.Blob | undefined {
  const file = liveFile(fileId);
  if (file === undefined) return undefined;
  try {
    if (file.mimeType === DOC_MIME) return DocumentApp.openById(file.id).getAs('application/pdf');
    return file.mimeType === 'application/pdf' ? fileBlob(file) : undefined;
  } catch {
    return undefined;
  }
}
