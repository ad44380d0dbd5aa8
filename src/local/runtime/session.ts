/** Session, offline. Sources inline. */

export function createSession(options: { userEmail: string; timeZone: string; locale: string }) {
  const user = { getEmail: () => options.userEmail };
  return {
    getActiveUser: () => user,
    getEffectiveUser: () => user,
    getScriptTimeZone: () => options.timeZone,
    getActiveUserLocale: () => options.locale,
    getTemporaryActiveUserKey: () => 'local-user',
  };
}
