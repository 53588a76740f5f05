"""The claims ledger: what backs each sentence of a page that says what
the library does, a default, or a fact about a release.

``data/claims/<page path>.yml`` (mirroring ``docs/<page path>.md``) lists
the page's claims; :mod:`.ledger` loads and checks them, :mod:`.summary`
writes the Contributing page's table of them, :mod:`.hook` puts it there.
"""
