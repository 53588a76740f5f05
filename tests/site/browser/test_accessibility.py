"""Every page can be read by everyone: axe-core finds no violation on any
built page, in the light and the dark palette, and a keyboard alone
reaches an argument's default from the home page.

axe-core is the npm package pinned in package.json (``npm ci`` installs
it); it is injected into each page by Playwright, no WebDriver involved.
"""

from typing import Iterator

import pytest
from browserkit import served
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tfnotes import nodetools

pytestmark = pytest.mark.browser

# Material's palette names: a reader's light and dark.
PALETTES = {"light": "default", "dark": "slate"}
# The audit's pages, in this many shares: pytest-xdist runs them side by
# side, one page load per page, both palettes checked on it.
SHARES = 4

# The palette toggle in the header: the one label shown is the switch to
# the other palette.
TOGGLE = "form[data-md-component=palette] label:not([hidden])"
# Resolves when the switched palette's colour transitions have finished,
# so axe reads the colours a reader ends up seeing.
SETTLED = "() => Promise.all(document.getAnimations().map(a => a.finished)).then(() => true)"

# A palette changes colours only (the toggle sets the body's colour
# scheme, which selects material's colour variables), so in the second
# palette the rules that read colours are run again, not the ones that
# read the page's structure, which would find the same as in the first.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]

# Runs axe over the whole document (every rule, or those given); one line
# of the report per rule.
AXE_RUN = """async (rules) => {
  const only = rules ? {runOnly: {type: "rule", values: rules}} : {};
  const result = await axe.run(document, {resultTypes: ["violations"], ...only});
  return result.violations.map(v => ({
    rule: v.id,
    impact: v.impact,
    nodes: v.nodes.length,
    example: v.nodes[0].target.join(" "),
    why: v.nodes[0].failureSummary.split("\\n").slice(0, 2).join(" "),
  }));
}"""


@pytest.fixture(scope="module")
def axe_url() -> Iterator[str]:
    """axe-core's script, served from a port of its own: loaded by URL,
    Chromium compiles it once and reuses the code on the next pages
    (injected as text, it was compiled again on every page)."""
    try:
        folder = nodetools.ensure("axe-core")
    except nodetools.NodeToolError as exc:
        pytest.fail(str(exc), pytrace=False)
    with served(folder) as url:
        yield url + "axe.min.js"


@pytest.fixture
def cached_context(browser, context_options):
    """A context that keeps Chromium's HTTP cache, which Playwright's
    routing (``new_context`` aborts other hosts so) turns off: the audit's
    page loads reuse the site's and axe's scripts. Other hosts still fail
    at once, in Chromium's resolver (``tfnotes.chromium.LOCAL_ONLY``)."""
    context = browser.new_context(**context_options)
    context.set_default_timeout(10_000)
    yield context
    context.close()


def _violations(page, where: str, rules=None):
    return ["%s: %s [%s], %d node(s), e.g. %s: %s" % (
        where, v["rule"], v["impact"], v["nodes"], v["example"], v["why"])
        for v in page.evaluate(AXE_RUN, rules)]


def _audit_both_palettes(page, path: str) -> list:
    """axe on the loaded page in the palette it opened in, then its
    colour rules again after the header's toggle switched it in place to
    the other one."""
    found, seen = [], []
    for turn in range(len(PALETTES)):
        scheme = page.evaluate("document.body.dataset.mdColorScheme")
        seen.append(scheme)
        palette = {v: k for k, v in PALETTES.items()}.get(scheme, scheme)
        found += _violations(page, "%s (%s)" % (path or "home page", palette), COLOUR_RULES if turn else None)
        if turn + 1 < len(PALETTES):
            page.locator(TOGGLE).click()
            page.wait_for_function("s => document.body.dataset.mdColorScheme !== s", arg=scheme)
            page.evaluate(SETTLED)
    assert sorted(seen) == sorted(PALETTES.values()), "%s: palettes %s, expected %s" % (
        path or "home page", seen, sorted(PALETTES.values()))
    return found


@pytest.mark.parametrize("share", range(SHARES))
def test_no_axe_violation_on_any_page(cached_context, unsearched_url, pages, axe_url, share):
    """axe-core 4.x, all rules of every impact, on every page of the site
    (this share of them), in both palettes. The search dialog stays
    closed, so the pages are served with an empty search index."""
    page = cached_context.new_page()
    failures = []
    for path in pages[share::SHARES]:
        page.goto(unsearched_url + path)  # returns once the page fired "load"
        page.add_script_tag(url=axe_url)
        failures += _audit_both_palettes(page, path)
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

