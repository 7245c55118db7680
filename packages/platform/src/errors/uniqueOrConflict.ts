import { conflict } from './errors';
import { QueryFailedError } from 'typeorm';

/** A unique index the caller raced for (PostgreSQL 23505) is a CONFLICT, not an internal error. */
export async function uniqueOrConflict<T>(write: Promise<T>, message: string): Promise<T> {
  try {
    return await write;
  } catch (error) {
    const code = (error as QueryFailedError & { driverError?: { code?: string } }).driverError?.code;
    if (error instanceof QueryFailedError && code === '23505') throw conflict(message);
    throw error;
  }
}
