"""A workflow with the classic holes fails the workflow checks, each
hole named with its file and line; so does one that publishes a site
it built after the tests."""

from .conftest import failures

HOLES = """
on: pull_request_target
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "${{ github.event.pull_request.title }}"
      - run: echo "${{ steps.missing.outputs.word }}"
"""


def test_each_hole_is_named(scratch):
    scratch.write(".github/workflows/holes.yml", HOLES)
    code, out = scratch.site_checks_file("test_workflow.py")
    assert code == 1, out
    assert set(failures(out)) == {
        "::test_zizmor_finds_nothing",
        "::test_actionlint_finds_nothing",
        "::test_every_pinned_action_names_its_version",
        "::test_the_published_site_is_the_tested_one",
    }, out
    for named in (
        ".github/workflows/holes.yml:1: zizmor dangerous-triggers",
        ".github/workflows/holes.yml:6: zizmor unpinned-uses",
        ".github/workflows/holes.yml:6: zizmor artipacked",
        ".github/workflows/holes.yml:7: zizmor template-injection",
        '.github/workflows/holes.yml:7:24: actionlint expression: "github.event.pull_request.title" is potentially untrusted',
        '.github/workflows/holes.yml:8:24: actionlint expression: property "missing" is not defined',
        ".github/workflows/holes.yml:6: actions/checkout@v4 is not pinned",
    ):
        assert named in out, "%r not in the output:\n%s" % (named, out)


PIN = "@11d5960a326750d5838078e36cf38b85af677262 # v4.4.0"
REBUILDS = """
on: push
permissions: {}
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout%(pin)s
      - run: ./tfn test
  deploy:
    needs: test
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout%(pin)s
      - run: ./tfn build
      - uses: actions/upload-pages-artifact%(pin)s
        with:
          path: site/
      - uses: actions/deploy-pages%(pin)s
""" % {"pin": PIN}


def test_a_second_build_is_named(scratch):
    scratch.write(".github/workflows/rebuilds.yml", REBUILDS)
    code, out = scratch.site_checks_file(
        "test_workflow.py", "-k", "published_site"
    )
    assert code == 1, out
    for named in (
        ".github/workflows/rebuilds.yml: job deploy does more than "
        "deploy-pages",
        ".github/workflows/rebuilds.yml: job deploy needs no job that "
        "runs ./tfn test, then uploads site/",
    ):
        assert named in out, "%r not in the output:\n%s" % (named, out)
