// Filters the rows of the All defaults table as the reader types.
// Material's instant loading replaces pages without a reload, so hook
// into its document$ observable rather than DOMContentLoaded.
document$.subscribe(function () {
  document.querySelectorAll("input[data-tfn-filter]").forEach(function (box) {
    var table = document.getElementById(box.dataset.tfnFilter);
    box.addEventListener("input", function () {
      var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
      table.querySelectorAll("tbody tr").forEach(function (row) {
        var text = row.textContent.toLowerCase();
        row.hidden = !words.every(function (w) { return text.includes(w); });
      });
    });
  });
});
