"""Rules on the Markdown and snippet sources: every snippet is shown, every
include resolves, and no page carries Python that was not tested."""

import re
from pathlib import Path

from tfnotes import includes


def _snippet_files(snippets: Path):
    return sorted(
        p for p in snippets.rglob("*.py") if not p.name.startswith("_")
    )


def _rel(path: Path, project: Path) -> str:
    return str(path.relative_to(project))


def test_every_snippet_is_included_by_a_page(project, docs, snippets):
    shown = includes.pages_by_snippet(docs)
    orphans = [
        "%s: orphan snippet, no page includes it" % _rel(p, project)
        for p in _snippet_files(snippets)
        if str(p.relative_to(snippets)) not in shown
    ]
    assert not orphans, "\n".join(orphans)


def test_every_snippet_is_shown_on_the_page_of_its_folder(project, docs, snippets):
    """docs/ and snippets/ mirror each other: snippets/a/b/c.py is on docs/a/b.md."""
    shown = includes.pages_by_snippet(docs)
    wrong = []
    for path in _snippet_files(snippets):
        name = str(path.relative_to(snippets))
        page = "docs/" + str(Path(name).parent) + ".md"
        if name in shown and page not in shown[name]:
            wrong.append("%s: belongs on %s (shown on %s)" % (
                _rel(path, project), page, ", ".join(shown[name])))
    assert not wrong, "\n".join(wrong)


def test_every_include_names_an_existing_whole_file(project, docs, snippets):
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
    assert not bad, "\n".join(bad)


def test_no_python_block_is_typed_into_a_page(project, docs):
    """A Python block holds exactly one include line and nothing else."""
    bad = []
    for block in includes.code_blocks(docs):
        body = [line for line in block.body if line.strip()]
        has_include = any(includes.INCLUDE.match(line) for line in body)
        if block.lang not in includes.PYTHON_LANGS and not has_include:
            continue
        if len(body) != 1 or not includes.INCLUDE.match(body[0]):
            bad.append(
                "%s:%d: a ```%s block that is not a single snippet include; "
                "put the code in snippets/ so it is tested"
                % (_rel(block.page, project), block.line, block.lang or "(no language)")
            )
    assert not bad, "\n".join(bad)


HL = re.compile(r'hl_lines="([^"]+)"')
FENCE_INFO = re.compile(r"^\s*`{3,}\s*(?P<info>.*)$")


def test_highlighted_lines_point_at_code(project, docs, snippets):
    """hl_lines must name lines that exist and are code, not blank or output."""
    from tfnotes.harness import outputs

    bad = []
    for block in includes.code_blocks(docs):
        body = [line for line in block.body if includes.INCLUDE.match(line)]
        if len(body) != 1:
            continue
        page_lines = block.page.read_text(encoding="utf-8").splitlines()
        info = page_lines[block.line - 1]
        match = HL.search(info)
        target = snippets / includes.INCLUDE.match(body[0]).group("target")
        if not match or not target.is_file():
            continue
        source = target.read_text(encoding="utf-8")
        lines = source.splitlines()
        output = outputs.output_lines(source)
        for part in match.group(1).split():
            lo, _, hi = part.partition("-")
            for number in range(int(lo), int(hi or lo) + 1):
                if number > len(lines) or not lines[number - 1].strip() or number in output:
                    bad.append("%s:%d: hl_lines %d of %s is not a code line" % (
                        _rel(block.page, project), block.line, number, target.name))
    assert not bad, "\n".join(bad)


TAB = re.compile(r'^\s*===\+?\s+"(?P<label>[^"]+)"')


def _tab_of(lines, line_number):
    """The label of the content tab a page line sits in, if any."""
    for line in reversed(lines[: line_number - 1]):
        match = TAB.match(line)
        if match:
            return match.group("label")
        if line.startswith("#"):
            return None
    return None


def test_variants_sit_in_keras3_tabs_next_to_their_original(project, docs, snippets):
    """x_keras3.py is shown in a "Keras 3" tab, x.py in the "TF 2.4" tab
    just before it, on the same page."""
    bad = []
    for inc in includes.includes(docs):
        lines = inc.page.read_text(encoding="utf-8").splitlines()
        where = "%s:%d" % (_rel(inc.page, project), inc.line)
        tab = _tab_of(lines, inc.line)
        if includes.is_variant(inc.file):
            if tab != "Keras 3":
                bad.append('%s: %s must sit in a === "Keras 3" tab' % (where, inc.file))
            base = includes.base_of(inc.file)
            before = [i for i in includes.includes(docs)
                      if i.page == inc.page and i.file == base and i.line < inc.line]
            if not before or _tab_of(lines, before[-1].line) != "TF 2.4":
                bad.append('%s: %s needs %s in a === "TF 2.4" tab before it' % (where, inc.file, base))
        elif (snippets / includes.variant_of(inc.file)).exists() and tab != "TF 2.4":
            bad.append('%s: %s has a Keras 3 variant, so it sits in a === "TF 2.4" tab'
                       % (where, inc.file))
    assert not bad, "\n".join(bad)


def test_every_variant_says_what_changed(project, snippets):
    from tfnotes import variants

    bad = ["%s: a Keras 3 variant starts with a '# Keras 3: <what changed>' comment" % v.name
           for v in variants.variants(snippets) if not v.why]
    missing = ["%s: variant of a snippet that does not exist" % v.name
               for v in variants.variants(snippets) if not (snippets / v.base).exists()]
    assert not bad + missing, "\n".join(bad + missing)


# Pages about the site itself rather than an API.
ABOUT_THE_SITE = {"contributing.md", "conventions.md", "defaults.md", "keras3.md"}


def test_every_api_page_links_the_official_reference(project, docs):
    bad = []
    for page in sorted(docs.rglob("*.md")):
        if str(page.relative_to(docs)) in ABOUT_THE_SITE:
            continue
        text = page.read_text(encoding="utf-8")
        section = text.split("\n## API reference\n", 1)
        if len(section) != 2 or "https://www.tensorflow.org/" not in section[1]:
            bad.append("%s: no '## API reference' section linking tensorflow.org" % _rel(page, project))
    assert not bad, "\n".join(bad)


def test_no_mojibake(project, docs, snippets):
    """UTF-8 read as Windows-1252 ('â€™' for a right quote) in the notes."""
    bad = [
        "%s:%d: mojibake %r" % (_rel(p, project), n, line.strip()[:60])
        for p in sorted(list(docs.rglob("*.md")) + list(snippets.rglob("*.py")))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if re.search("â€|Ã[\u0080-\u00bf]", line)
    ]
    assert not bad, "\n".join(bad)
