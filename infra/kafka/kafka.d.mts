export interface KafkaBroker {
  brokers: string[];
  port: number;
  controllerPort: number;
  pid: number;
  dataDir: string;
  logFile: string;
  stop(): Promise<void>;
}
export function startKafka(options?: {
  dataDir?: string;
  port?: number;
  controllerPort?: number;
  log?: (message: string) => void;
  timeoutMs?: number;
}): Promise<KafkaBroker>;
export function stopBrokerIn(dataDir: string, log?: (message: string) => void): Promise<void>;
