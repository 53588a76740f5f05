/* The release picker (#tfn-release) on the API pages and All defaults:
   choosing a release swaps the default of every row (tr[data-tfn-arg],
   its API in data-tfn-api on the row or its table; data-tfn-api3 and
   data-tfn-arg3 their names in Keras 3 where it moved or renamed them)
   in the column headed th[data-tfn-col] for that release's, from
   history.json at the site's root. *args and **kwargs rows have no
   default in any release: they stay. history.json loads on the first choice only, never on page load
   (the first-load budget). "as built" puts the page's own cells back. */
(function () {
  var picker = document.getElementById("tfn-release");
  if (!picker) return;
  var note = document.getElementById("tfn-release-note"), history = null, kept = new Map();
  var root = typeof __md_scope !== "undefined" ? __md_scope : new URL(".", location);
  var fates = { kwargs: "via **kwargs", ignored: "ignored", rejected: "rejected" };
  function runOf(runs, release, releases) {
    var at = releases.indexOf(release);
    return (runs || []).find(function (r) {
      return releases.indexOf(r[0]) <= at && at <= releases.indexOf(r[1]);
    });
  }
  function fill(cell, run, release) {
    cell.textContent = "";
    if (!run) {
      var gone = document.createElement("span");
      gone.className = "tfn-added";
      gone.textContent = "not in " + release;
      cell.appendChild(gone);
      return;
    }
    var shown = document.createElement(run[2] === picker.dataset.required ? "em" : "code");
    shown.textContent = run[2];
    cell.appendChild(shown);
    if (run[3]) cell.appendChild(document.createTextNode(" (" + (fates[run[3]] || run[3]) + ")"));
  }
  function show(release) {
    var count = 0;
    document.querySelectorAll("th[data-tfn-col]").forEach(function (th) {
      var table = th.closest("table"), col = th.cellIndex;
      if (th.dataset.asBuilt === undefined) th.dataset.asBuilt = th.textContent;
      th.textContent = release ? (release < "3" ? "TF " : "Keras ") + release + " default" : th.dataset.asBuilt;
      table.querySelectorAll("tr[data-tfn-arg]").forEach(function (tr) {
        var cell = tr.cells[col], arg = tr.dataset.tfnArg;
        var api = tr.dataset.tfnApi || table.dataset.tfnApi;
        if (arg.charAt(0) === "*") return;
        if (!kept.has(cell)) kept.set(cell, cell.innerHTML);
        if (!release) return;
        if (release >= "3") {
          api = tr.dataset.tfnApi3 || table.dataset.tfnApi3 || api;
          arg = tr.dataset.tfnArg3 || arg;
        }
        fill(cell, runOf((history.apis[api] || {})[arg], release, history.releases), release);
        count++;
      });
    });
    if (!release) kept.forEach(function (html, cell) { cell.innerHTML = html; });
    note.textContent = release ? count + " defaults of " + release + " shown" : "";
  }
  picker.addEventListener("change", function () {
    var release = picker.value;
    if (!release || history) { show(release); return; }
    note.textContent = "loading " + release + "…";
    fetch(new URL("history.json", root)).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    }).then(function (data) { history = data; show(picker.value); }, function (error) {
      note.textContent = "could not load the history (" + error.message + ")";
    });
  });
})();
