/** Who the script runs as. */

/**
 * The email of the user whose authority the script runs under
 * (https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()).
 */
export function effectiveUserEmail(): string {
  return Session.getEffectiveUser().getEmail();
}
