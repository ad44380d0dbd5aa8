/**
 * A Google Drive link to a file, as a user pastes it in « Lien facture » or the settings: the
 * file's id, the part Drive's API takes (https://developers.google.com/drive/api/guides/about-files).
 */

/** Google Drive links that point to a file: "…/file/d/<id>/…" or "…?id=<id>". */
export function driveFileId(link: string): string | undefined {
  const match = /\/d\/([\w-]{10,})/.exec(link) ?? /[?&]id=([\w-]{10,})/.exec(link);
  return match?.[1];
}
