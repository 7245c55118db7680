import fs from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';

/**
 * A service's schema files: `src/schema.graphql` (the federation link, entities of other services it
 * extends), then each module's fragment `src/<module>/<name>.graphql`, in path order. The service, its
 * codegen and the gateway's composition all read this one list.
 */
export function serviceSchemaFiles(srcDir: string): string[] {
  const modules = fs
    .readdirSync(srcDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'generated' && entry.name !== 'migrations')
    .flatMap((entry) =>
      fs
        .readdirSync(path.join(srcDir, entry.name))
        .filter((file) => file.endsWith('.graphql'))
        .map((file) => path.join(srcDir, entry.name, file)),
    )
    .sort();
  return [path.join(srcDir, 'schema.graphql'), ...modules];
}

/** The service's schema as one document; a syntax error names its file. */
export function readServiceSchema(srcDir: string): DocumentNode {
  const definitions = serviceSchemaFiles(srcDir).flatMap((file) => {
    try {
      return parse(fs.readFileSync(file, 'utf8')).definitions;
    } catch (error) {
      throw new Error(`${path.relative(process.cwd(), file)}: ${(error as Error).message}`, { cause: error });
    }
  });
  return { kind: 'Document' as DocumentNode['kind'], definitions };
}
