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


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_every_figure_loads_in_both_palettes(new_context, base_url, site_root, pages, scheme):
    context = new_context(color_scheme="dark" if scheme == "slate" else "light")
    page = context.new_page()
    broken, seen = [], 0
    for path in _pages_with_images(site_root, pages):
        page.goto(base_url + path)
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == scheme, (
            "%s: the %s palette is not on" % (path, scheme))
        images = page.locator("article img")
        for index in range(images.count()):
            image = images.nth(index)
            # Lazy images are 0 x 0 until scrolled to, so ask the style,
            # not is_visible(): the other palette's copy is display: none.
            if image.evaluate("img => getComputedStyle(img).display === 'none'"):
                continue
            image.scroll_into_view_if_needed()
            settle(page, 100)
            page.wait_for_function("img => img.complete", arg=image.element_handle(), timeout=5000)
            width = image.evaluate("img => img.naturalWidth")
            src = image.get_attribute("src")
            seen += 1
            if not width:
                broken.append("%s: %s did not load" % (path, src))
            wanted = "#only-dark" if scheme == "slate" else "#only-light"
            if "#only-" in src and not src.endswith(wanted):
                broken.append("%s: %s shows in the %s palette" % (path, src, scheme))
    context.close()
    assert seen, "no visible figure in the %s palette" % scheme
    assert not broken, "\n".join(broken)
