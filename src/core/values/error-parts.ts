/**
 * Name, message and stack of an error from any realm. Errors thrown by Apps Script services are
 * not instances of the script's own `Error` (offline, the bundle runs in its own `vm` context and
 * the services are Node's), so the fields are read, never checked with `instanceof`.
 */
export interface ErrorParts {
  name: string;
  message: string;
  stack?: string;
}

export function errorParts(error: unknown): ErrorParts {
  if (typeof error !== 'object' || error === null)
    return { name: typeof error, message: String(error) };
  const field = (key: string): string | undefined => {
    const value = (error as Record<string, unknown>)[key];
    return typeof value === 'string' ? value : undefined;
  };
  const stack = field('stack');
  return {
    name: field('name') ?? 'Error',
    message: field('message') ?? String(error),
    ...(stack === undefined ? {} : { stack }),
  };
}
