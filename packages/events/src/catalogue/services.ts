/** The five services of the platform; each publishes to the topics `crm.<service>.<aggregate>`. */
export const serviceNames = ['customer', 'sales', 'service', 'marketing', 'analytics'] as const;

export type ServiceName = (typeof serviceNames)[number];

export function isServiceName(value: string): value is ServiceName {
  return (serviceNames as readonly string[]).includes(value);
}
