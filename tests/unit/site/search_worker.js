// Drives docs/javascripts/search-worker.js (the site's search worker) in
// Node, with material's own worker from the installed theme, as a browser
// would: both run in one sandbox whose global is the worker's "self".
//
//   node search_worker.js SITE_WORKER MATERIAL_WORKER PLAN.json
//
// SITE_WORKER "-" runs material's worker alone, as plain material does.
// PLAN.json: {"index": {config, docs}, "bursts": [["n", "no"], ["x"]]}.
// The queries of a burst arrive back to back, as messages queued while
// the worker was busy; a burst starts once the worker has gone idle.
// Prints the answers as [[query named by the answer (null: none named),
// titles listed, without markup], ...].

"use strict";

const fs = require("fs");
const vm = require("vm");

async function main() {
  const [siteWorker, materialWorker, planFile] = process.argv.slice(2);
  const plan = JSON.parse(fs.readFileSync(planFile, "utf-8"));
  const handlers = [];
  const answers = [];
  const sandbox = {
    console, setTimeout, clearTimeout, URL,
    location: { href: `file:///worker/search-worker.js?material=${encodeURIComponent(materialWorker)}` },
    addEventListener: (type, handler) => { if (type === "message") handlers.push(handler); },
    postMessage: (message) => answers.push(message),
  };
  sandbox.self = sandbox;
  sandbox.importScripts = (...files) => {
    for (const file of files) vm.runInContext(fs.readFileSync(file, "utf-8"), sandbox, { filename: file });
  };
  vm.createContext(sandbox);
  if (siteWorker === "-") sandbox.importScripts(materialWorker);
  else vm.runInContext(fs.readFileSync(siteWorker, "utf-8"), sandbox, { filename: siteWorker });
  const deliver = (data) => { for (const handler of handlers) handler({ data }); };
  const idle = () => new Promise((resolve) => setTimeout(() => setImmediate(resolve), 5));

  deliver({ type: 0, data: { ...plan.index, options: { suggest: false } } });
  await idle();
  if (!answers.length || answers[0].type !== 1) throw new Error("no READY answer to the setup");
  answers.length = 0;
  for (const burst of plan.bursts) {
    for (const query of burst) deliver({ type: 2, data: query });
    await idle();
  }
  process.stdout.write(JSON.stringify(answers.map((a) => [
    a.query === undefined ? null : a.query,
    a.data.items.map((group) => group[0].title.replace(/<[^>]*>/g, ""))])));
}

main().catch((error) => {
  process.stderr.write(`search_worker.js: ${error.stack || error}\n`);
  process.exit(1);
});
