/**
 * The sidebar's frame, shared by every screen: the tab bar, the status line (polite), the alert
 * line (a failed server call, in the interface language) and the content area the screens replace.
 */
import { h } from './dom';
import { words } from './words';

export const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
export const alertBox = h('p', { class: 'alert', role: 'alert' });
export const content = h('div', { class: 'content' });
export const nav = h('nav', { role: 'tablist', 'aria-label': 'Relance' });

/** Tells the user what happened, and clears an earlier error. */
export function say(message: string): void {
  status.textContent = message;
  alertBox.textContent = '';
}

/** Shows a failed call's message as an error. */
export function fail(error: unknown): void {
  alertBox.textContent = words().error(error instanceof Error ? error.message : String(error));
  status.textContent = '';
}
