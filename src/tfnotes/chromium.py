"""How this project starts Debian's Chromium: one list of flags for the
browser tests, the screenshots and the benchmarks.

Started headless as root with these flags, Chromium makes no request of
its own (updates, sync, field trials) behind the page's back: on this
closed network they would only fail, and a test must see every request the
page makes. Standard library only.
"""

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
