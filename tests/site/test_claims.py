"""The claims ledgers (data/claims/, tfnotes.claims): every claim is on
its page and backed by an assert of an included snippet, library data or
a URL the page cites."""

from tfnotes.claims import ledger, summary


def test_every_claim_is_on_its_page_and_backed(project):
    claims, problems = ledger.check(project)
    assert not problems, "\n".join(problems)


def test_the_contributing_page_shows_the_claims_table(docs):
    assert summary.MARKER in (docs / "contributing.md").read_text(encoding="utf-8")
