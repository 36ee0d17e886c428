// Test oracle: validates a Teams app manifest against the official schema shipped in @microsoft/app-manifest,
// with the same validator settings that package's ManifestUtil.validateManifestAgainstSchema uses
// (ajv-draft-04, allErrors, strictTypes off, formats uri/email/regex).
// stdin: {"manifest": {...}}; the schema version is the manifest's own manifestVersion.
// stdout: {"schema": "<path>", "errors": ["<instancePath> <message>", ...]}
"use strict";
const path = require("path");
const fs = require("fs");
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");

let text = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (text += chunk));
process.stdin.on("end", () => {
  const { manifest } = JSON.parse(text);
  const version = String(manifest.manifestVersion);
  if (!/^[0-9]+\.[0-9]+$/.test(version)) throw new Error(`manifestVersion '${version}' is not a schema version`);
  const schemaPath = path.join(__dirname, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams", `v${version}`, "MicrosoftTeams.schema.json");
  if (!fs.existsSync(schemaPath)) throw new Error(`@microsoft/app-manifest ships no schema for manifest version ${version}`);
  // The package applies this fix to downloaded schemas (microsoft-teams-app-schema issue 190); harmless when absent.
  const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8").replace(/\\a/g, "\\x07"));
  const ajv = new Ajv({ allErrors: true, strictTypes: false, logger: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  const errors = validate(manifest) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message || ""} ${JSON.stringify(e.params)}`);
  process.stdout.write(JSON.stringify({ schema: path.relative(__dirname, schemaPath), errors }));
});
