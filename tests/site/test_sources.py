"""Rules on the Markdown and snippet sources: every snippet is shown, every
include resolves, and no page carries Python that was not tested."""

import re
from pathlib import Path

from tfnotes import includes, snippet


def _rel(path: Path, project: Path) -> str:
    return str(path.relative_to(project))


def test_every_snippet_is_included_by_a_page(project, docs, focus):
    shown = includes.pages_by_snippet(docs)
    assert snippet.discover(project), "no snippet found under %s/snippets" % project
    orphans = [
        "%s: orphan snippet, no page includes it" % s.display
        for s in snippet.discover(project)
        if s.name not in shown
    ]
    orphans = [b for b in orphans if focus.concerns(b)]
    assert not orphans, "\n".join(orphans)


def test_every_snippet_is_shown_on_the_page_of_its_folder(project, docs, focus):
    """docs/ and snippets/ mirror each other: snippets/a/b/c.py is on docs/a/b.md."""
    shown = includes.pages_by_snippet(docs)
    wrong = [
        "%s: belongs on %s (shown on %s)" % (s.display, s.page, ", ".join(shown[s.name]))
        for s in snippet.discover(project)
        if s.name in shown and s.page not in shown[s.name]
    ]
    wrong = [b for b in wrong if focus.concerns(b)]
    assert not wrong, "\n".join(wrong)


def test_every_include_names_an_existing_whole_file(project, docs, snippets, focus):
    bad = []
    for inc in includes.includes(docs):
        where = "%s:%d" % (_rel(inc.page, project), inc.line)
        if not inc.file.endswith(".py"):
            # Generated Markdown (bench/results.md) from the other base path.
            if not (project / "bench" / inc.file).is_file():
                bad.append("%s: includes missing file %r" % (where, inc.file))
            continue
        if not (snippets / inc.file).is_file():
            bad.append("%s: includes missing snippet %r" % (where, inc.file))
        elif inc.section:
            bad.append(
                "%s: includes section %r of %s; pages show whole snippets "
                "so every block runs as-is (use hl_lines to focus)"
                % (where, inc.section, inc.file)
            )
    bad = [b for b in bad if focus.concerns(b)]
    assert not bad, "\n".join(bad)


def test_no_python_block_is_typed_into_a_page(project, docs, focus):
    """A Python block holds exactly one include line and nothing else, and
    a block with no language holds no Python."""
    bad = []
    for block in includes.code_blocks(docs):
        where = "%s:%d" % (_rel(block.page, project), block.line)
        body = [line for line in block.body if line.strip()]
        has_include = any(includes.INCLUDE.match(line) for line in body)
        if not block.lang and not has_include and includes.looks_like_python(block.body):
            bad.append(
                "%s: a ``` block with no language holds Python; put it in "
                "snippets/ and include it, or tag the fence with its real "
                "language, e.g. ```text" % where
            )
            continue
        if block.lang not in includes.PYTHON_LANGS and not has_include:
            continue
        if len(body) != 1 or not includes.INCLUDE.match(body[0]):
            bad.append(
                "%s: a ```%s block that is not a single snippet include; "
                "put the code in snippets/ so it is tested"
                % (where, block.lang or "(no language)")
            )
    bad = [b for b in bad if focus.concerns(b)]
    assert not bad, "\n".join(bad)


def _bad_highlights(attr, value, target: Path):
    """The numbers in an hl_lines value that are not code lines of target."""
    from tfnotes.harness import outputs

    source = target.read_text(encoding="utf-8")
    lines = source.splitlines()
    output = outputs.output_lines(source)
    bad = []
    for part in value.split():
        lo, _, hi = part.partition("-")
        for number in range(int(lo), int(hi or lo) + 1):
            if number > len(lines) or not lines[number - 1].strip() or number in output:
                bad.append("%s %d of %s is not a code line" % (attr, number, target.name))
    return bad


def test_highlighted_lines_point_at_code(project, docs, snippets, focus):
    """hl_lines (and keras3_hl_lines, of the Keras 3 variant) must name
    lines that exist and are code, not blank or output."""
    bad = []
    for block in includes.code_blocks(docs):
        body = [line for line in block.body if includes.INCLUDE.match(line)]
        if len(body) != 1:
            continue
        target = includes.INCLUDE.match(body[0]).group("target")
        shown = {"hl_lines": target, includes.KERAS3_HL: includes.variant_of(target)}
        for attr, pattern in (("hl_lines", includes.HL_ATTR), (includes.KERAS3_HL, includes.KERAS3_HL_ATTR)):
            match = pattern.search(block.info)
            if match and (snippets / shown[attr]).is_file():
                bad += ["%s:%d: %s" % (_rel(block.page, project), block.line, problem)
                        for problem in _bad_highlights(attr, match.group("value"), snippets / shown[attr])]
    bad = [b for b in bad if focus.concerns(b)]
    assert not bad, "\n".join(bad)


def test_variants_are_shown_by_the_hook_in_keras3_tabs(project, docs, focus):
    """A page includes x.py only, alone in a Python fence, and the build
    hook adds the Keras 3 tab with x_keras3.py: no page includes a variant
    or writes those tabs itself (the hook's own rule, which fails the
    build too)."""
    def has_variant(name):
        return snippet.Snippet(project, name).has_variant

    bad = []
    for page in sorted(docs.rglob("*.md")):
        lines = page.read_text(encoding="utf-8").splitlines()
        bad += includes.tab_problems(_rel(page, project), lines, has_variant)
    bad = [b for b in bad if focus.concerns(b)]
    assert not bad, "\n".join(bad)


def test_every_variant_says_what_changed(project, focus):
    found = [s for s in snippet.discover(project) if s.is_variant]
    bad = ["%s: a Keras 3 variant starts with a '# Keras 3: <what changed>' comment" % s.display
           for s in found if not s.keras3_reason()]
    missing = ["%s: variant of a snippet that does not exist (%s)" % (s.display, s.base.display)
               for s in found if not s.base.path.is_file()]
    bad = [b for b in bad + missing if focus.concerns(b)]
    assert not bad, "\n".join(bad)


# Pages about the site itself rather than an API.
ABOUT_THE_SITE = {"contributing.md", "conventions.md", "defaults.md", "keras3.md"}


def test_every_api_page_links_the_official_reference(project, docs, focus):
    bad = []
    for page in sorted(docs.rglob("*.md")):
        if str(page.relative_to(docs)) in ABOUT_THE_SITE:
            continue
        text = page.read_text(encoding="utf-8")
        section = text.split("\n## API reference\n", 1)
        if len(section) != 2 or "https://www.tensorflow.org/" not in section[1]:
            bad.append("%s: no '## API reference' section linking tensorflow.org" % _rel(page, project))
    bad = [b for b in bad if focus.concerns(b)]
    assert not bad, "\n".join(bad)


def test_no_mojibake(project, docs, snippets, focus):
    """UTF-8 read as Windows-1252 ('â€™' for a right quote) in the notes."""
    bad = [
        "%s:%d: mojibake %r" % (_rel(p, project), n, line.strip()[:60])
        for p in sorted(list(docs.rglob("*.md")) + list(snippets.rglob("*.py")))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if re.search("â€|Ã[\u0080-\u00bf]", line)
    ]
    bad = [b for b in bad if focus.concerns(b)]
    assert not bad, "\n".join(bad)
