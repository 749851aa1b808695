// Parses AsyncAPI documents with the official AsyncAPI parser (@asyncapi/parser), as the systems that read our
// topics do, and fails on any error it reports. The payloads are JSON Schema 2020-12, a format the parser has no
// parser of its own for: it is registered here to be checked by the Java contract tests (networknt and the strict
// lint), so the parser still validates the whole document, every $ref included, against the AsyncAPI specification.
// Usage: node check.mjs <document.yaml>...
import { Parser, fromFile, DiagnosticSeverity } from '@asyncapi/parser';

const JSON_SCHEMA_2020_12 = ['application/schema+json;version=2020-12', 'application/schema+yaml;version=2020-12'];
const parser = new Parser();
parser.registerSchemaParser({
  getMimeTypes: () => JSON_SCHEMA_2020_12,
  validate: async () => [],
  parse: async ({ data }) => data,
});

let failed = false;
for (const file of process.argv.slice(2)) {
  const { document, diagnostics } = await fromFile(parser, file).parse();
  const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
  for (const d of errors) {
    console.error(`${file}: ${d.code} at /${d.path.join('/')}: ${d.message}`);
  }
  if (!document || errors.length > 0) {
    failed = true;
  } else {
    console.log(`${file}: AsyncAPI ${document.version()}, ${document.allMessages().length} messages, valid`);
  }
}
process.exit(failed ? 1 : 0);
