/**
 * One answer being written in a form, submitted at most once. Its idempotency key is made with
 * the form and kept until the server has recorded the answer, so that a second submit of the same
 * answer (a double click, a retry after an error or a lost reply, another window) is recorded at
 * most once (the server finds the key in the Journal). The submit button is disabled while a
 * submission is on its way, and a submit meanwhile does nothing.
 */

export interface SubmitButton {
  disabled: boolean;
}

/** 128 random bits in hexadecimal, from the browser's cryptographic generator. */
export function newRequestId(
  fill: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  return Array.from(fill(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Returns the form's submit: `send` gets the answer's key and says whether the answer is now
 * recorded (then the next answer gets a new key). An error leaves the key as it was.
 */
export function submitOnce(
  button: SubmitButton,
  makeKey: () => string = newRequestId,
): (send: (requestId: string) => Promise<boolean>) => Promise<void> {
  let key = makeKey();
  return async (send) => {
    if (button.disabled) return;
    button.disabled = true;
    try {
      if (await send(key)) key = makeKey();
    } finally {
      button.disabled = false;
    }
  };
}
