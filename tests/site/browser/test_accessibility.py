"""Every page can be read by everyone: axe-core finds no violation on any
built page, in the light and the dark palette, and a keyboard alone
reaches an argument's default from the home page.

axe-core is the npm package pinned in package.json (``npm ci`` installs
it); it is injected into each page by Playwright, no WebDriver involved.
"""

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tfnotes import nodetools

pytestmark = pytest.mark.browser

# Material follows prefers-color-scheme until a reader picks a palette:
# emulating the scheme shows each page as a first visit in that palette.
PALETTES = {"light": "default", "dark": "slate"}

# Runs axe over the whole document; one line of the report per rule.
AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({
    rule: v.id,
    impact: v.impact,
    nodes: v.nodes.length,
    example: v.nodes[0].target.join(" "),
    why: v.nodes[0].failureSummary.split("\\n").slice(0, 2).join(" "),
  }));
}"""


@pytest.fixture(scope="module")
def axe_source() -> str:
    try:
        return (nodetools.ensure("axe-core") / "axe.min.js").read_text(encoding="utf-8")
    except nodetools.NodeToolError as exc:
        pytest.fail(str(exc), pytrace=False)


def _violations(page, axe_source):
    page.add_script_tag(content=axe_source)
    return page.evaluate(AXE_RUN)


@pytest.mark.parametrize("palette", sorted(PALETTES))
def test_no_axe_violation_on_any_page(new_context, base_url, pages, axe_source, palette):
    """axe-core 4.x, all rules of every impact, on every page of the site."""
    page = new_context(color_scheme=palette).new_page()
    failures = []
    for path in pages:
        page.goto(base_url + path)
        page.wait_for_load_state("load")
        scheme = page.evaluate("document.body.dataset.mdColorScheme")
        assert scheme == PALETTES[palette], "%s: palette %s, expected %s" % (
            path or "home page", scheme, PALETTES[palette])
        for v in _violations(page, axe_source):
            failures.append("%s (%s): %s [%s], %d node(s), e.g. %s: %s" % (
                path or "home page", palette, v["rule"], v["impact"], v["nodes"],
                v["example"], v["why"]))
    assert not failures, "%d axe violations:\n  %s" % (len(failures), "\n  ".join(failures))


# Truthy when the focused element's focus can be seen: an outline, a
# shadow, or a background of its own where its container has another.
FOCUS_VISIBLE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || !el.matches(":focus-visible")) return false;
  const s = getComputedStyle(el);
  const outlined = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
  const clear = c => c === "transparent" || c === "rgba(0, 0, 0, 0)";
  let up = el.parentElement;
  while (up && clear(getComputedStyle(up).backgroundColor)) up = up.parentElement;
  const around = up ? getComputedStyle(up).backgroundColor : "";
  const filled = !clear(s.backgroundColor) && s.backgroundColor !== around;
  return outlined || s.boxShadow !== "none" || filled;
}"""


def _assert_focus_visible(page, what: str) -> None:
    # Material fades a focused result's background in (a CSS transition),
    # so the look is awaited, not read at once.
    try:
        page.wait_for_function(FOCUS_VISIBLE, timeout=2_000)
    except PlaywrightTimeout:
        focused = page.evaluate("document.activeElement.outerHTML.slice(0, 120)")
        pytest.fail("%s has the focus, but it is not visible: %s" % (what, focused))


def test_keyboard_reaches_a_default(context, base_url):
    """Home page -> search shortcut -> typed query -> arrow to the first
    result -> Enter: the argument's row, with its default, is the target,
    and the focus is visible at every step."""
    page = context.new_page()
    page.goto(base_url)
    page.wait_for_load_state("load")
    page.keyboard.press("/")
    page.wait_for_function("document.activeElement.matches('.md-search__input')")
    # The focused search box shows itself by opening the search dialog.
    assert page.evaluate("document.getElementById('__search').checked"), (
        "the search shortcut focused the search box but opened no dialog")
    page.keyboard.type("Dense units")
    first = page.locator(".md-search-result__item a").first
    first.wait_for()
    # Material's arrow keys step through the results: the page first,
    # then its matching sections, the argument's entry among them.
    for step in range(1, 4):
        page.keyboard.press("ArrowDown")
        page.wait_for_function(
            "document.activeElement.matches('.md-search-result__link')")
        _assert_focus_visible(page, "search result %d" % step)
        if "#" in page.evaluate("document.activeElement.getAttribute('href')"):
            break
    else:
        pytest.fail("no argument entry among the first 3 results of 'Dense units'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_load_state("load")
    anchor = page.evaluate("location.hash")
    assert anchor, "Enter did not open an argument's anchor: %s" % page.url
    row = page.locator("tr:has(%s)" % anchor)
    assert row.count() == 1, "%s: no table row holds %s" % (page.url, anchor)
    text = row.inner_text()
    assert "units" in text and "required" in text, (
        "%s: the row of %s does not show units' default (required): %r" % (page.url, anchor, text))

