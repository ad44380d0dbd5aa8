/**
 * Checked by `npm run typecheck` (not a vitest file): a facade whose signature drifts from
 * Google's (@types/google-apps-script) stops compiling. Each `@ts-expect-error` below fails the
 * typecheck if the drift it shows were accepted.
 */
import type { Emulates } from '../../src/local/runtime/emulates';
import type { Facade, NamedAs } from '../../src/local/runtime/facade-types';

// A Drive file whose setTrashed takes a string where Google's takes a boolean.
const driftedFile = { setTrashed: (trashed: string) => trashed, getName: () => 'a' };
// @ts-expect-error setTrashed(trashed: boolean) is Google's signature
export const file: Emulates<GoogleAppsScript.Drive.File, 'setTrashed' | 'getName'> = driftedFile;

// A table row whose getNumCells answers a string where Google's answers a number.
const driftedRow = { getNumCells: () => '2' };
// @ts-expect-error getNumCells(): Integer
export const row: Emulates<GoogleAppsScript.Document.TableRow, 'getNumCells'> = driftedRow;

// A method Google's interface does not have.
// @ts-expect-error Folder has no getFilesByNames
export const folder: Facade<GoogleAppsScript.Drive.Folder, 'getFilesByNames'> = {};

// A name Google does not have, in an object only named after Google's interface.
export const info: NamedAs<GoogleAppsScript.Script.AuthorizationInfo> = {
  // @ts-expect-error AuthorizationInfo has no getAuthorisationUrl
  getAuthorisationUrl: () => null,
};
