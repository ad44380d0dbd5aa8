/**
 * An error's own message, whatever realm threw it: errors thrown by services are not instances of
 * this realm's Error (the offline runtime's services are Node's).
 */
export function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error)
    return String(error.message);
  return String(error);
}
