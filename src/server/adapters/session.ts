/** Who the script runs as, and the language of their account. */

/**
 * The email of the user whose authority the script runs under
 * (https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()).
 */
export function effectiveUserEmail(): string {
  return Session.getEffectiveUser().getEmail();
}

/**
 * The language setting of the user's Google account, « en » for English
 * (https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale()).
 * Unlike getActiveUser, the reference lists no authorization scope for it: reading it adds none.
 */
export function activeUserLocale(): string {
  return Session.getActiveUserLocale();
}
