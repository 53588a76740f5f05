"""Every image of the site loads and says what it shows.

Figures are shown twice, for material's light and dark palettes
(``#only-light`` / ``#only-dark``), and lazily loaded; in each palette the
visible copy must load (``naturalWidth > 0``) once scrolled into view, and
every ``<img>`` of every page must carry alt text."""

import re

import pytest
from browserkit import settle

pytestmark = pytest.mark.browser


def _pages_with_images(site_root, pages):
    found = []
    for path in pages:
        html = (site_root / path / "index.html").read_text(encoding="utf-8")
        if "<img" in re.sub(r"<header.*?</header>", "", html, flags=re.S):
            found.append(path)
    return found


def test_every_image_has_alt_text(site_root, pages):
    bad = []
    for path in pages:
        html = (site_root / path / "index.html").read_text(encoding="utf-8")
        for tag in re.findall(r"<img\b[^>]*>", html):
            alt = re.search(r'\balt="([^"]*)"', tag)
            if not alt or not alt.group(1).strip():
                bad.append("%s: %s" % (path or "home page", tag[:120]))
    assert not bad, "images without alt text:\n  " + "\n  ".join(bad)


def test_the_pages_show_figures(site_root, pages):
    """The figure pages the site promises really carry figures."""
    with_images = _pages_with_images(site_root, pages)
    assert with_images, "no page of the site shows an image"


def _check_shown_images(page, path, scheme, broken, checked):
    """Load every image shown now (this palette, the open tabs) that is
    not in ``checked`` yet; how many."""
    seen = 0
    images = page.locator("article img")
    for index in range(images.count()):
        image = images.nth(index)
        # Lazy images are 0 x 0 until scrolled to, so ask whether the
        # image or a parent is display: none (the other palette's copy,
        # a closed tab), not is_visible().
        if not image.evaluate("img => img.checkVisibility()"):
            continue
        src = image.get_attribute("src")
        if src in checked:
            continue
        checked.add(src)
        image.evaluate("img => img.scrollIntoView({block: 'center'})")
        try:
            page.wait_for_function("img => img.complete && img.naturalWidth > 0",
                                   arg=image.element_handle(), timeout=5000)
        except Exception:  # noqa: BLE001 - reported below with its page
            broken.append("%s: %s did not load" % (path, src))
        seen += 1
        wanted = "#only-dark" if scheme == "slate" else "#only-light"
        if "#only-" in src and not src.endswith(wanted):
            broken.append("%s: %s shows in the %s palette" % (path, src, scheme))
    return seen


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_every_figure_loads_in_both_palettes(new_context, unsearched_url, site_root, pages, scheme):
    """In each palette, on each page with images: every image shown loads,
    in the TF 2.4 tabs and, after switching the linked tabs, the Keras 3 ones
    (the pages served with an empty search index: nothing here searches)."""
    context = new_context(color_scheme="dark" if scheme == "slate" else "light")
    page = context.new_page()
    broken, seen = [], 0
    for path in _pages_with_images(site_root, pages):
        page.goto(unsearched_url + path)
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == scheme, (
            "%s: the %s palette is not on" % (path, scheme))
        checked = set()
        seen += _check_shown_images(page, path, scheme, broken, checked)
        keras3 = page.locator(".tabbed-labels label", has_text="Keras 3")
        if keras3.count():
            keras3.first.click()  # linked tabs: every set switches
            settle(page, 100)
            seen += _check_shown_images(page, path, scheme, broken, checked)
    context.close()
    assert seen, "no visible figure in the %s palette" % scheme
    assert not broken, "\n".join(broken)
