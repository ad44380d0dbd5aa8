/**
 * The Google Picker, the only way an Editor add-on under `drive.file` is granted a file of the
 * user's Drive: the files picked are opened with the app
 * (https://developers.google.com/workspace/drive/picker/guides/overview). Google's loader
 * (https://apis.google.com/js/api.js, then `gapi.load('picker', …)`) is fetched once; when
 * `window.gapi` and `window.google.picker` are already there (the offline sidebar, the browser
 * tests), they are used as they are.
 */
import { words } from './words';

const LOADER_URL = 'https://apis.google.com/js/api.js';
const PDF_MIME = 'application/pdf';

export interface PickerSettings {
  oauthToken: string;
  developerKey: string;
  appId: string;
}

interface PickerDoc {
  id: string;
  name?: string;
}

interface PickerAnswer {
  action: string;
  docs?: PickerDoc[];
}

interface DocsView {
  setMimeTypes(types: string): DocsView;
}

interface PickerBuilder {
  addView(view: DocsView): PickerBuilder;
  setOAuthToken(token: string): PickerBuilder;
  setDeveloperKey(key: string): PickerBuilder;
  setAppId(id: string): PickerBuilder;
  setOrigin(origin: string): PickerBuilder;
  setCallback(callback: (answer: PickerAnswer) => void): PickerBuilder;
  build(): { setVisible(visible: boolean): void };
}

interface PickerNamespace {
  PickerBuilder: new () => PickerBuilder;
  DocsView: new (viewId?: unknown) => DocsView;
  ViewId: { DOCS: unknown };
  Action: { PICKED: string; CANCEL: string };
}

interface PickerWindow {
  gapi?: { load(name: string, options: { callback: () => void }): void };
  google?: { picker?: PickerNamespace; script?: { host?: { origin?: string } } };
}

const scope = (): PickerWindow => window as unknown as PickerWindow;

let loading: Promise<PickerNamespace> | undefined;

function loadScript(): Promise<void> {
  if (scope().gapi !== undefined) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = LOADER_URL;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(words().pickerNotLoaded));
    document.head.append(script);
  });
}

/** The `google.picker` namespace, loaded once. */
function pickerNamespace(): Promise<PickerNamespace> {
  loading ??= loadScript().then(
    () =>
      new Promise<PickerNamespace>((resolve, reject) => {
        const gapi = scope().gapi;
        if (gapi === undefined) return reject(new Error('gapi absent'));
        gapi.load('picker', {
          callback: () => {
            const picker = scope().google?.picker;
            if (picker === undefined) reject(new Error('google.picker absent'));
            else resolve(picker);
          },
        });
      }),
  );
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Opens the Picker on the user's PDFs: the id of the file picked, or undefined if cancelled. */
export async function pickPdf(settings: PickerSettings): Promise<string | undefined> {
  const picker = await pickerNamespace();
  return new Promise((resolve) => {
    const builder = new picker.PickerBuilder()
      .addView(new picker.DocsView(picker.ViewId.DOCS).setMimeTypes(PDF_MIME))
      .setOAuthToken(settings.oauthToken)
      .setDeveloperKey(settings.developerKey)
      .setAppId(settings.appId)
      .setCallback((answer) => {
        if (answer.action === picker.Action.PICKED) resolve(answer.docs?.[0]?.id);
        else if (answer.action === picker.Action.CANCEL) resolve(undefined);
      });
    // In an Apps Script sidebar, the Picker is told the page it opens in
    // (https://developers.google.com/apps-script/guides/dialogs#file-open_dialogs).
    const origin = scope().google?.script?.host?.origin;
    (origin === undefined ? builder : builder.setOrigin(origin)).build().setVisible(true);
  });
}
