export interface TimeDrivenEvent {
  triggerUid?: string;
}

/** Handler of the nightly time-driven trigger. */
export function runNightly(_e?: TimeDrivenEvent): unknown {
  return { ok: true };
}
