import { errorParts } from '../../core/values/error-parts';

/** An error's own message, whatever realm threw it (see `errorParts`). */
export function messageOf(error: unknown): string {
  return errorParts(error).message;
}
