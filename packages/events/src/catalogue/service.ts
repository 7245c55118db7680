import { defineEvent } from './defineEvent';

/** The service (customer support) service's events (crm.service.*). */
export const serviceEvents = [] as const satisfies readonly ReturnType<typeof defineEvent>[];
