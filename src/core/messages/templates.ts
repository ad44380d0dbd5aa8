/**
 * Message templates: `{{placeholder}}`, `{{#section}}…{{/section}}` (repeated for a list, shown
 * when a value is present) and `{{^section}}…{{/section}}` (shown when it is absent). Unknown
 * placeholders are reported when a template is saved, never discovered at send time.
 */
import { inBoth, WordedError, type Entry } from '../words/catalogue';
import { MESSAGE_WORDS } from '../words/messages';
import { PLACEHOLDERS } from '../words/templates';

export type TemplateValue = string | number | boolean | readonly TemplateScope[];
export interface TemplateScope {
  [name: string]: TemplateValue;
}

const TOKEN = /\{\{\s*([#^/]?)\s*([a-z_]+)\s*\}\}/gi;

interface Node {
  kind: 'text' | 'var' | 'section' | 'inverted';
  name: string;
  children: Node[];
}

/** A template Relance cannot parse; `text` says why in French and English. */
export class TemplateError extends WordedError {}

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
        throw new TemplateError(inBoth(MESSAGE_WORDS.sectionNotOpen, name));
      }
    } else parent.children.push({ kind: 'var', name, children: [] });
  }
  if (stack.length > 1)
    throw new TemplateError(
      inBoth(MESSAGE_WORDS.sectionNotClosed, (stack[stack.length - 1] as Node).name),
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

/** What is wrong in a template, in French and English: unknown names, unbalanced sections. */
export function checkTemplate(text: string): Entry<string>[] {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof TemplateError) return [error.text];
    throw error;
  }
  const known = new Set<string>(Object.keys(PLACEHOLDERS));
  for (const info of Object.values(PLACEHOLDERS))
    for (const item of Object.keys(info.item ?? {})) known.add(item);
  const problems: Entry<string>[] = [];
  for (const name of findPlaceholders(text)) {
    if (known.has(name)) continue;
    const closest = [...known].sort((a, b) => distance(name, a) - distance(name, b))[0];
    const near = closest !== undefined && distance(name, closest) <= 3 ? closest : undefined;
    problems.push(inBoth(MESSAGE_WORDS.unknownField, name, near));
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
