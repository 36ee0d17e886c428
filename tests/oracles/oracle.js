// Test oracle: binds a card template with Microsoft's adaptivecards-templating and validates the
// result with Microsoft's adaptivecards renderer library at schema 1.5.
// stdin: {"template": {...}, "data": {...}} or an array of those (one process for many cases, to stay fast).
// stdout: {"expanded": <bound card>, "errors": [...], "warnings": [...]} or an array of those, in order.
"use strict";
const ACData = require("adaptivecards-templating");
// Only the UMD bundle loads in plain Node 20 (lib/ is extension-less ES modules).
const AC = require("adaptivecards/dist/adaptivecards.js");

// Advisory events; everything else the library reports is an error.
const WARNING_EVENTS = new Set([
  AC.ValidationEvent.Hint,
  AC.ValidationEvent.Deprecated,
  AC.ValidationEvent.RequiredInputsShouldHaveLabel,
  AC.ValidationEvent.RequiredInputsShouldHaveErrorMessage,
]);

function describe(e) {
  return `${AC.ValidationEvent[e.event]}: ${e.message}`;
}

function validate(card) {
  const errors = [];
  const warnings = [];
  if (card === null || typeof card !== "object" || Array.isArray(card)) {
    return { errors: ["Other: the bound card is not a JSON object"], warnings };
  }
  const ctx = new AC.SerializationContext(AC.Versions.v1_5);
  const ac = new AC.AdaptiveCard();
  ac.parse(card, ctx);
  const events = [];
  for (let i = 0; i < ctx.eventCount; i++) events.push(ctx.getEventAt(i));
  ac.maxVersion = AC.Versions.v1_5;
  events.push(...ac.validateProperties().validationEvents);
  for (const e of events) (WARNING_EVENTS.has(e.event) ? warnings : errors).push(describe(e));
  return { errors, warnings };
}

function run(input) {
  try {
    return expandAndValidate(input);
  } catch (e) {
    // The package throws on some inputs (e.g. null inside a longer string); the binder must throw too.
    return { threw: String(e && e.message ? e.message : e) };
  }
}

function expandAndValidate(input) {
  const template = new ACData.Template(input.template);
  const expanded = template.expand({ $root: input.data });
  const result = { expanded: expanded === undefined ? null : expanded };
  if (input.validate !== false) Object.assign(result, validate(expanded));
  return result;
}

let text = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (text += chunk));
process.stdin.on("end", () => {
  const input = JSON.parse(text);
  const output = Array.isArray(input) ? input.map(run) : run(input);
  process.stdout.write(JSON.stringify(output));
});
