/** Form pieces that the set-up and the settings screen share. */
import type { FirmIdentity } from '../src/core/settings/settings';
import type { Entry } from '../src/core/words/catalogue';
import { STEP_LABELS } from '../src/core/words/labels';
import { SETTING_LABELS, type SettingField } from '../src/core/words/settings';
import { field, h } from './dom';
import { language, words } from './words';

const FIRM_FIELDS: { key: keyof FirmIdentity; type?: string }[] = [
  { key: 'name' },
  { key: 'address' },
  { key: 'siret' },
  { key: 'legalForm' },
  { key: 'shareCapital' },
  { key: 'rcsCity' },
  { key: 'email', type: 'email' },
  { key: 'phone' },
  { key: 'signatory' },
  { key: 'iban' },
  { key: 'bic' },
  { key: 'paymentLink', type: 'url' },
];

/** A settings field's label in the interface language, the one the server's refusals name it by. */
export const labelOf = (name: SettingField): string => SETTING_LABELS[name][language()];

/** The firm's identity, one labelled input per field, named `firm.<key>`. */
export function firmFields(firm: FirmIdentity): HTMLElement[] {
  return FIRM_FIELDS.map(({ key, type }) =>
    field(
      labelOf(`firm.${key}`),
      h('input', { type: type ?? 'text', value: firm[key] }),
      `firm.${key}`,
    ),
  );
}

/** The firm's identity as typed, trimmed. */
export function readFirm(form: HTMLFormElement): FirmIdentity {
  const value = (key: string) =>
    (form.elements.namedItem(`firm.${key}`) as HTMLInputElement | null)?.value.trim() ?? '';
  return Object.fromEntries(
    FIRM_FIELDS.map(({ key }) => [key, value(key)]),
  ) as unknown as FirmIdentity;
}

/** 0 h … 23 h, the hour of the nightly run. */
export function hourSelect(hour: number): HTMLSelectElement {
  const select = h('select');
  for (let i = 0; i < 24; i += 1)
    select.append(h('option', { value: String(i), selected: i === hour }, words().hour(i)));
  return select;
}

/** A `<select>` of value → label pairs, `selected` chosen. */
export function choice(
  options: readonly (readonly [value: string, label: string])[],
  selected?: string,
): HTMLSelectElement {
  return h(
    'select',
    {},
    ...options.map(([value, label]) => h('option', { value, selected: value === selected }, label)),
  );
}

/** A step's name in the interface language, or its id when it is not one of the ladder's steps. */
export function stepName(id: string): string {
  const labels: Partial<Record<string, Entry<string>>> = STEP_LABELS;
  return labels[id]?.[language()] ?? id;
}
