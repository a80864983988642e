import { ulid } from 'ulid';

/** New sortable id (ULID): creation order is key order. */
export const newId = (): string => ulid();
