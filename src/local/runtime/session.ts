/**
 * Session, offline (https://developers.google.com/apps-script/reference/base/session). The user
 * methods are metered so that the scope table can refuse them: their Authorization section asks
 * for https://www.googleapis.com/auth/userinfo.email. getActiveUserLocale has no Authorization
 * section (it needs no scope) and gives the account's language setting, « en » for English: the
 * workspace's `userLocale`.
 */
import type { Facade } from './facade-types';
import type { CallMeter } from './meter';

export function createSession(
  meter: CallMeter,
  options: { userEmail: string; timeZone: string; locale: string },
) {
  const user = { getEmail: () => options.userEmail } satisfies Facade<
    GoogleAppsScript.Base.User,
    'getEmail'
  >;
  return {
    getActiveUser: () => {
      meter.record('Session.getActiveUser');
      return user;
    },
    getEffectiveUser: () => {
      meter.record('Session.getEffectiveUser');
      return user;
    },
    getScriptTimeZone: () => options.timeZone,
    getActiveUserLocale: () => options.locale,
    getTemporaryActiveUserKey: () => 'local-user',
  } satisfies Facade<
    GoogleAppsScript.Base.Session,
    | 'getActiveUser'
    | 'getEffectiveUser'
    | 'getScriptTimeZone'
    | 'getActiveUserLocale'
    | 'getTemporaryActiveUserKey'
  >;
}
