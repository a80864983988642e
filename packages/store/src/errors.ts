/** The item changed since the caller read it (its version moved on). Maps to 409. */
export class VersionConflictError extends Error {
  override name = 'VersionConflictError';
  constructor(readonly currentVersion: number) {
    super(`version conflict: current version is ${currentVersion}`);
  }
}

/** A unique value (slug, email) is already taken. Maps to 409 naming the field. */
export class AlreadyExistsError extends Error {
  override name = 'AlreadyExistsError';
  constructor(readonly field: string) {
    super(`${field} already exists`);
  }
}

/** The item addressed does not exist in this scope. Maps to 404. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(readonly entity: string) {
    super(`${entity} not found`);
  }
}

/** A pagination cursor that this store did not issue for this list. Maps to 400. */
export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
}
