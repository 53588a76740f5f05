/* "All defaults", The whole API: the rows of every argument (data-rows,
   api/all.json) load when the reader first types (not at page load:
   thousands of rows would weigh on every visit); at most 200 are shown.
   The page that has the filter loads this script. */
(function () {
  var box = document.getElementById("tfn-api-filter"), body = document.getElementById("tfn-api-rows");
  var note = document.getElementById("tfn-api-note"), rows = null, base = box.dataset.base;
  function cell(text) { var td = document.createElement("td"); td.textContent = text; return td; }
  function show() {
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean), shown = 0, found = 0;
    body.textContent = "";
    if (!words.length) { note.textContent = ""; return; }
    rows.forEach(function (r) {
      var text = (r[0] + " " + r[1]).toLowerCase();
      if (!words.every(function (w) { return text.includes(w); })) return;
      found++;
      if (shown >= 200) return;
      shown++;
      var tr = document.createElement("tr"), a = document.createElement("a"), td = document.createElement("td");
      a.href = base + r[5]; a.textContent = r[1]; td.appendChild(a);
      tr.appendChild(cell(r[0])); tr.appendChild(td); tr.appendChild(cell(r[2])); tr.appendChild(cell(r[3] + (r[4] === "same" ? "" : " (" + r[4] + ")")));
      body.appendChild(tr);
    });
    note.textContent = found + " arguments match" + (found > shown ? ", the first " + shown + " shown" : "");
  }
  box.addEventListener("input", function () {
    if (rows) { show(); return; }
    fetch(base + box.dataset.rows).then(function (r) { return r.json(); }).then(function (d) { rows = d; show(); });
  });
})();
