import type { SimilarEvent } from "./similar-events";

export type Failure = {
  ok: false;
  error: string;
  fieldErrors?: Record<string, string>;
  /** The article that already has this URL. */
  existing?: { slug: string; title: string };
  /** Someone saved the record first: what it holds now. */
  current?: Record<string, unknown>;
  /**
   * Publish held back new events for likely stored duplicates: the stored events it found, by event index, for the
   * screen to show on their lines. The failure's marks are then the screen's own checks (publish-checks).
   */
  similar?: Record<number, SimilarEvent[]>;
};
export type Result<T extends object = object> = ({ ok: true } & T) | Failure;

/** An expected failure thrown inside a transaction, to roll it back and come out as a value. */
export class ExpectedFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.error);
  }
}

export function fail(error: string, extra: Omit<Failure, "ok" | "error"> = {}): Failure {
  return { ok: false, error, ...extra };
}

/** Shown in an editor form when the database cannot be reached; the form keeps what was typed. */
export const DATABASE_UNAVAILABLE_FOR_EDITORS = "The database is unavailable, your text is kept — try again in a few seconds. Nothing was saved.";
