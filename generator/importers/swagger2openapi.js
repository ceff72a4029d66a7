// Swagger 2.0 (JSON on stdin) -> OpenAPI 3.0 (JSON on stdout), with swagger2openapi (package.json).
// Nothing is fetched: external references are left as written (`resolve: false`) for SpecFoundry's
// bundler, which reads only files inside the API folder. Fixable defects are patched (`patch: true`) and
// reported on stderr, one JSON line each, so the importer can turn them into diagnostics.
"use strict";
const converter = require("swagger2openapi");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", async () => {
  try {
    const options = { patch: true, warnOnly: true, resolve: false, direct: false };
    const result = await converter.convertObj(JSON.parse(input), options);
    for (const warning of result.warnings || []) {
      process.stderr.write(JSON.stringify({ warning: String(warning.message || warning), pointer: warning.pointer || "" }) + "\n");
    }
    process.stdout.write(JSON.stringify(result.openapi));
  } catch (error) {
    process.stderr.write(JSON.stringify({ error: String(error && error.message ? error.message : error) }) + "\n");
    process.exit(2);
  }
});
