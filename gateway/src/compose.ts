// Writes gateway/supergraph.graphql from the services' schemas; `--check` fails when it is stale
// or does not compose (the build runs the check).
import fs from 'node:fs';
import path from 'node:path';
import { composeSupergraph, findSubgraphs } from './composeSupergraph';
import { SUPERGRAPH_PATH } from './config';

function main(args: string[]): number {
  const check = args.includes('--check');
  const relative = path.relative(process.cwd(), SUPERGRAPH_PATH) || SUPERGRAPH_PATH;
  const subgraphs = findSubgraphs();
  const outcome = composeSupergraph(subgraphs);
  if ('errors' in outcome) {
    console.error(
      `The supergraph does not compose (subgraphs: ${subgraphs.map((s) => s.name).join(', ') || 'none'}):`,
    );
    for (const error of outcome.errors) console.error(`  - ${error}`);
    return 1;
  }
  const current = fs.existsSync(SUPERGRAPH_PATH) ? fs.readFileSync(SUPERGRAPH_PATH, 'utf8') : undefined;
  if (check) {
    if (current === outcome.supergraphSdl) {
      console.log(`${relative} is current (${subgraphs.map((s) => s.name).join(', ')})`);
      return 0;
    }
    const problem =
      current === undefined
        ? 'is missing'
        : 'is stale: it differs from what the services/*/src/schema.graphql compose to (a schema changed, or the file was edited)';
    console.error(
      `${relative} ${problem}.\nRun \`pnpm --filter @crm/gateway run compose\` and commit the result.`,
    );
    return 1;
  }
  if (current === outcome.supergraphSdl) {
    console.log(`${relative} is already current`);
  } else {
    fs.writeFileSync(SUPERGRAPH_PATH, outcome.supergraphSdl);
    console.log(`Wrote ${relative} (${subgraphs.map((s) => s.name).join(', ')})`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`The supergraph does not compose: ${(error as Error).message}`);
  process.exitCode = 1;
}
