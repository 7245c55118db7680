import { defineEvent } from './defineEvent';

/** The marketing service's events (crm.marketing.*). */
export const marketingEvents = [] as const satisfies readonly ReturnType<typeof defineEvent>[];
