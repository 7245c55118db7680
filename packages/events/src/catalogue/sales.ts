import { defineEvent } from './defineEvent';

/** The sales service's events (crm.sales.*). */
export const salesEvents = [] as const satisfies readonly ReturnType<typeof defineEvent>[];
