/**
 * A tiny DOM builder. Text always goes through textContent: a client named
 * `<img src=x onerror=alert(1)>` shows as those characters, never as markup.
 */
import { parseIsoDay } from '../src/core/values/day';
import { formatEuros, formatShortDayFor } from '../src/core/words/format';
import type { Cents } from '../src/core/values/money';
import { language } from './words';

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** "1 234,56 €" (in English "€1,234.56"), with the core's formatting (no Intl). */
export function euros(cents: number): string {
  return formatEuros(Math.round(cents) as Cents, language());
}

/** "2026-03-16" → "16/03/2026" (in English "16 March 2026"); "—" when there is no day. */
export function shortDate(iso: string | null): string {
  const day = iso === null ? undefined : parseIsoDay(iso);
  return day === undefined ? '—' : formatShortDayFor(language(), day);
}

let fieldCounter = 0;

/** A labelled field; its error message sits next to it, linked by aria-describedby. */
export function field(
  label: string,
  input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  name: string,
): HTMLDivElement {
  fieldCounter += 1;
  const id = `f-${name.replace(/[^\w-]/g, '-')}-${fieldCounter}`;
  input.id = id;
  input.name = name;
  const error = h('div', {
    class: 'error',
    id: `${id}-error`,
    'data-error-for': name,
    role: 'alert',
  });
  input.setAttribute('aria-describedby', error.id);
  return h('div', { class: 'form-group' }, h('label', { for: id }, label), input, error);
}

export function showFieldErrors(
  root: HTMLElement,
  errors: readonly { field: string; message: string }[],
): void {
  root.querySelectorAll<HTMLElement>('[data-error-for]').forEach((element) => {
    element.textContent = '';
  });
  root
    .querySelectorAll('[aria-invalid]')
    .forEach((element) => element.removeAttribute('aria-invalid'));
  for (const error of errors) {
    const target =
      root.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(error.field)}"]`) ??
      root.querySelector<HTMLElement>('[data-error-for="_form"]');
    if (target) target.textContent = error.message;
    root.querySelector(`[name="${CSS.escape(error.field)}"]`)?.setAttribute('aria-invalid', 'true');
  }
}
