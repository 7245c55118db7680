export function ensurePostgres(options?: {
  url?: string;
  dataDir?: string;
  log?: (message: string) => void;
}): Promise<{ url: string; embedded: boolean; stop(): Promise<void> }>;
