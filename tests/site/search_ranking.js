// Runs the built site's own search worker (material's, which bundles lunr)
// in Node over the built index, and answers a batch of queries the way the
// search box shows them: the first result's best section.
//
//   node search_ranking.js SITE_DIR QUERIES.json > answers.json
//
// QUERIES.json holds a JSON list of strings, typed as a reader types them
// (material itself appends wildcards and splits terms: the worker does it).
// Each answer is [location, title] of the first section (a location with
// "#") of the first result, as the results list renders it, or null when
// nothing is found. The title is stripped of markup (<code>, <mark>).
//
// The worker is loaded unchanged into a sandbox whose global is its "self":
// it registers a message handler there and posts its answers back, as in a
// browser's Web Worker. The index is sent as material's page sends it.

"use strict";

const fs = require("fs");
const path = require("path");
const vm = require("vm");

const SETUP = 0;
const QUERY = 2;
const RESULT = 3;

function workerSource(site) {
  const folder = path.join(site, "assets", "javascripts", "workers");
  const found = fs.readdirSync(folder).filter(
    (name) => /^search\..*\.min\.js$/.test(name));
  if (found.length !== 1)
    throw new Error(`${folder}: expected one search.*.min.js, found ${found}`);
  return path.join(folder, found[0]);
}

function startWorker(file) {
  const sandbox = { console, setTimeout, clearTimeout };
  sandbox.self = sandbox;
  let handler = null;
  let answer = null;
  sandbox.addEventListener = (type, fn) => {
    if (type === "message") handler = fn;
  };
  sandbox.postMessage = (message) => { answer = message; };
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(file, "utf-8"), sandbox, { filename: file });
  if (!handler) throw new Error(`${file} registered no message handler`);
  // The handler is async: its answer is posted once its promise settles.
  return async (message) => {
    answer = null;
    await handler({ data: message });
    for (let turn = 0; answer === null && turn < 100; turn++)
      await new Promise((resolve) => setImmediate(resolve));
    if (answer === null) throw new Error("the worker did not answer");
    return answer;
  };
}

// The results list (material's renderSearchResultItem) takes the page out
// of the first group and lists its sections in score order.
function firstSection(result) {
  const group = result.data.items[0];
  if (!group) return null;
  const section = group.find((doc) => doc.location.includes("#"));
  if (!section) return null;
  return [section.location, section.title.replace(/<[^>]*>/g, "")];
}

async function main() {
  const [site, asked] = process.argv.slice(2);
  if (!site || !asked) throw new Error("usage: node search_ranking.js SITE_DIR QUERIES.json");
  const index = JSON.parse(fs.readFileSync(
    path.join(site, "search", "search_index.json"), "utf-8"));
  const queries = JSON.parse(fs.readFileSync(asked, "utf-8"));
  const ask = startWorker(workerSource(site));
  // As material's page sends it (search.suggest is not enabled).
  const ready = await ask({
    type: SETUP,
    data: { config: index.config, docs: index.docs, options: { suggest: false } },
  });
  if (ready.type !== 1) throw new Error(`the worker answered setup with ${ready.type}`);
  const answers = [];
  for (const query of queries) {
    const result = await ask({ type: QUERY, data: query });
    if (result.type !== RESULT) throw new Error(`${query}: answer type ${result.type}`);
    answers.push(firstSection(result));
  }
  process.stdout.write(JSON.stringify(answers));
}

main().catch((error) => {
  process.stderr.write(`search_ranking.js: ${error.stack || error}\n`);
  process.exit(1);
});
