import type { IHeaders, KafkaMessage, Producer } from 'kafkajs';
import { deadLetterTopicOf } from '../catalogue/eventType';

/** Why a message was parked; a header of the dead-letter message. */
export type DeadLetterReason =
  'INVALID_CLOUDEVENT' | 'UNKNOWN_EVENT_TYPE' | 'INVALID_EVENT_DATA' | 'HANDLER_FAILED';

export interface DeadLetter {
  topic: string;
  partition: number;
  message: KafkaMessage;
  groupId: string;
  reason: DeadLetterReason;
  error: string;
  attempts: number;
}

/** The `dlq_*` headers added to the original ones (kept as they were). */
export const deadLetterHeaders = {
  reason: 'dlq_reason',
  error: 'dlq_error',
  consumerGroup: 'dlq_consumer_group',
  topic: 'dlq_topic',
  partition: 'dlq_partition',
  offset: 'dlq_offset',
  attempts: 'dlq_attempts',
  failedAt: 'dlq_failed_at',
} as const;

/** Parks a message on `<topic>.dlq`, same key and value, original headers plus why and where from. */
export async function sendToDeadLetterTopic(producer: Producer, letter: DeadLetter): Promise<void> {
  const headers: IHeaders = {
    ...letter.message.headers,
    [deadLetterHeaders.reason]: letter.reason,
    [deadLetterHeaders.error]: letter.error.slice(0, 4000),
    [deadLetterHeaders.consumerGroup]: letter.groupId,
    [deadLetterHeaders.topic]: letter.topic,
    [deadLetterHeaders.partition]: String(letter.partition),
    [deadLetterHeaders.offset]: letter.message.offset,
    [deadLetterHeaders.attempts]: String(letter.attempts),
    [deadLetterHeaders.failedAt]: new Date().toISOString(),
  };
  await producer.send({
    topic: deadLetterTopicOf(letter.topic),
    acks: -1,
    messages: [{ key: letter.message.key, value: letter.message.value, headers }],
  });
}
