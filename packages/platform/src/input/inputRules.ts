import { z } from 'zod';

/** Input rules every service shares; each message is shown to the user per field (BAD_USER_INPUT). */
export const requiredText = (max: number) =>
  z.string().trim().min(1, 'Must not be empty').max(max, `At most ${max} characters`);

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .transform((value) => (value === '' ? null : value))
    .nullish();

export const email = z
  .string()
  .trim()
  .max(254, 'At most 254 characters')
  .pipe(z.email('Not a valid email address'))
  .transform((value) => value.toLowerCase())
  .nullish();

export const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()\-./]{3,29}$/, 'Not a valid phone number (digits, spaces, + ( ) - . /)')
  .nullish();

export const tags = z
  .array(z.string().trim().min(1, 'Tags must not be empty').max(50, 'At most 50 characters'))
  .max(50, 'At most 50 tags')
  .transform((values) => [...new Set(values)]);
