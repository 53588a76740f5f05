"""The release picker on the API pages: history.json loads only when a
release is chosen, and every default shown becomes that release's."""

import shutil

import pytest

from tfnotes.history import summary

pytestmark = pytest.mark.browser

PAGE = "api/optimizers/"
API, ARGUMENT, RELEASE = "tf.keras.optimizers.Adam", "lr", "2.11"


@pytest.fixture(scope="module")
def history(project, site_root):
    """history.json, also served at the site's root.

    Until the build copies it there itself (the release-by-release page's
    work), the test puts the committed one in the served copy."""
    source = project / summary.FILE
    if not (site_root / "history.json").exists():
        shutil.copyfile(str(source), str(site_root / "history.json"))
    return summary.load(source)


def _shown(run) -> str:
    fate = run[3] if len(run) > 3 else None
    return run[2] + (" (%s)" % summary.FATE_WORDS[fate] if fate else "")


def test_picking_a_release_shows_its_defaults(
    visit, page, page_log, history
):
    asked = []
    page.on("request", lambda request: asked.append(request.url))
    visit(PAGE)
    assert not [u for u in asked if u.endswith("history.json")], (
        "history.json loaded with the page"
    )
    row = page.locator(
        'table[data-tfn-api="%s"] tr[data-tfn-arg="%s"]'
        % (API, ARGUMENT)
    )
    as_built = row.locator("td").nth(1).inner_text()
    run = next(
        r
        for r in history["apis"][API][ARGUMENT]
        if history["releases"].index(r[0])
        <= history["releases"].index(RELEASE)
        <= history["releases"].index(r[1])
    )
    assert _shown(run) != as_built, (
        "pick a row whose %s default differs from the page's" % RELEASE
    )

    picker = page.get_by_label("Show the defaults of release")
    picker.focus()
    picker.select_option(RELEASE)
    cell = row.locator("td").nth(1)
    page.wait_for_function(
        "([el, want]) => el.innerText === want",
        arg=[cell.element_handle(), _shown(run)],
        timeout=5_000,
    )
    header = page.locator(
        'table[data-tfn-api="%s"] th[data-tfn-col]' % API
    )
    assert header.inner_text() == "TF %s default" % RELEASE
    assert (
        page.locator("#tfn-release-note")
        .inner_text()
        .startswith(
            "%d defaults of %s"
            % (
                page.locator(
                    'tr[data-tfn-arg]:not([data-tfn-arg^="*"])'
                ).count(),
                RELEASE,
            )
        )
    )

    picker.select_option("")
    assert cell.inner_text() == as_built, (
        "'as built' did not put the page's own default back"
    )
    page_log.assert_clean(PAGE + " (release picker)", external=False)
