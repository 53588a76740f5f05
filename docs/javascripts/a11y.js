// Accessibility fixes for parts of the page that Material's own script
// creates or lays out after load, so no template can carry them.
//
// * A wide table that scrolls sideways must be reachable by keyboard:
//   its scroll wrapper becomes a labelled, focusable region, and stops
//   being one when the window is wide enough to show it whole.
// * Material gives every code block's copy button a <nav> without a
//   name; identical unnamed landmarks cannot be told apart by a screen
//   reader's landmark list, so each gets a name with its block's number.
(function () {
  function label(el, text) {
    if (el.getAttribute("aria-label") !== text) {
      el.setAttribute("aria-label", text);
    }
  }

  function markScrollableTables() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(
      function (wrap, index) {
        if (wrap.scrollWidth > wrap.clientWidth + 1) {
          wrap.setAttribute("tabindex", "0");
          wrap.setAttribute("role", "region");
          label(wrap, "Table " + (index + 1) + ", scrolls sideways");
        } else if (wrap.getAttribute("role") === "region") {
          wrap.removeAttribute("tabindex");
          wrap.removeAttribute("role");
          wrap.removeAttribute("aria-label");
        }
      });
  }

  function nameCopyButtons() {
    document.querySelectorAll("nav.md-code__nav").forEach(
      function (nav, index) {
        label(nav, "Code block " + (index + 1));
      });
  }

  // Material adds the copy buttons when it mounts the code blocks, which
  // may be after this script's document$ callback runs.
  new MutationObserver(nameCopyButtons).observe(document.body, {
    childList: true,
    subtree: true,
  });
  document$.subscribe(function () {
    nameCopyButtons();
    markScrollableTables();
  });
  window.addEventListener("resize", markScrollableTables);
})();
