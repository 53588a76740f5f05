"""Measurements 4 and 5: Chromium (Debian's, through Playwright) on the
built sites, each served on 127.0.0.1 by an http.server thread.

Requests to any other host are aborted (the sandbox is offline, and the
site must not need them); their count is reported as a note.
"""

import contextlib
import functools
import gzip
import html
import http.server
import json
import re
import threading
from pathlib import Path
from typing import Dict, List, Tuple

from bench_stats import median, percentile

from tfnotes import chromium as tfn_chromium

# Installed before any page script: wraps the search Worker to log query
# (type 2) and result (type 3) messages and readiness (type 1), logs key
# presses, and records when a result item is visible (on every DOM
# mutation, and right after each result message has been handled).
# ``B.done(tagged)`` is when the last query posted was answered: plain
# material answers every query in turn (the n-th result answers the n-th
# query); the site's worker answers only the newest query waiting and
# names it in its result (``tagged``).
_PROBE = r"""
(() => {
  const B = window.__bench = {ready: false, keys: [], queries: [], results: [], seen: []};
  const visible = () => {
    for (const el of document.querySelectorAll('.md-search-result__item')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden') return true;
    }
    return false;
  };
  const look = () => { if (visible()) B.seen.push(performance.now()); };
  const Native = window.Worker;
  if (Native) {
    window.Worker = class extends Native {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', (ev) => {
          const d = ev.data || {};
          if (d.type === 1) B.ready = true;
          if (d.type === 3) {
            B.results.push([performance.now(), 'query' in d ? d.query : null]);
            setTimeout(look, 0);
          }
        });
      }
      postMessage(message, ...rest) {
        if (message && message.type === 2) B.queries.push([String(message.data), performance.now()]);
        return super.postMessage(message, ...rest);
      }
    };
  }
  B.done = (tagged) => {
    const q = B.queries;
    if (!q.length) return 0;
    const [word, sent] = q[q.length - 1];
    if (!tagged) return B.results.length >= q.length ? B.results[q.length - 1][0] : null;
    const answer = B.results.find(([t, w]) => w === word && t >= sent);
    return answer ? answer[0] : null;
  };
  document.addEventListener('keydown', () => B.keys.push(performance.now()), true);
  new MutationObserver(look).observe(document, {childList: true, subtree: true});
})();
"""


class _Handler(http.server.SimpleHTTPRequestHandler):
    counter: Dict[str, int] = {}

    def log_message(self, *args):
        pass

    def copyfile(self, source, outputfile):
        data = source.read()
        self.counter["bytes"] = self.counter.get("bytes", 0) + len(data)
        self.counter["requests"] = self.counter.get("requests", 0) + 1
        outputfile.write(data)


@contextlib.contextmanager
def serve(site: Path):
    """Serve ``site`` on 127.0.0.1:<free port>; yield (base URL, byte counter)."""
    counter: Dict[str, int] = {}
    handler = type("Handler", (_Handler,), {"counter": counter})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield "http://127.0.0.1:%d/" % server.server_address[1], counter
    finally:
        server.shutdown()
        server.server_close()


def _block_other_hosts(context, base: str, blocked: List[str]) -> None:
    def route(r):
        if r.request.url.startswith(base) or r.request.url.startswith(("data:", "blob:")):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)


def _load_bytes(browser, site: Path, page_path: str = "index.html", scroll: bool = False):
    """One fresh-context load of ``page_path`` (index.html): ({path: (bytes,
    gzip -6 bytes)} as the browser received them, bytes the server sent,
    blocked URLs). ``scroll`` scrolls to the bottom in steps first, so that
    lazily loaded figures load as a reader's scrolling would."""
    with serve(site) as (base, counter):
        context = browser.new_context()
        blocked: List[str] = []
        _block_other_hosts(context, base, blocked)
        responses = []
        context.on("response", lambda resp: responses.append(resp))
        page = context.new_page()
        page.goto(base + page_path, wait_until="networkidle")
        if scroll:
            height = page.evaluate("document.documentElement.scrollHeight")
            for y in range(0, height + 800, 600):
                page.evaluate("window.scrollTo(0, %d)" % y)
                page.wait_for_timeout(40)
            page.wait_for_load_state("networkidle")
        page.wait_for_timeout(300)  # let late fetches (search index) finish
        sizes: Dict[str, Tuple[int, int]] = {}
        for resp in responses:
            try:
                body = resp.body()
            except Exception:  # redirects and aborted requests have no body
                length = resp.headers.get("content-length")
                body = b"\0" * (int(length) if length and length.isdigit() else 0)
            path = resp.url[len(base):] if resp.url.startswith(base) else resp.url
            old = sizes.get(path, (0, 0))
            sizes[path] = (old[0] + len(body), old[1] + len(gzip.compress(body, 6)))
        context.close()
        return sizes, counter.get("bytes", 0), blocked


def measure_bytes(ours: Path, plain: Path, runs: int, notes: List[str]) -> dict:
    got: Dict[str, List[int]] = {"ours": [], "plain": []}
    gz: Dict[str, List[int]] = {"ours": [], "plain": []}
    last: Dict[str, Dict[str, Tuple[int, int]]] = {}
    blocked_all: Dict[str, set] = {"ours": set(), "plain": set()}
    with tfn_chromium.launched() as browser:
        for r in range(runs):
            for name, site in (("ours", ours), ("plain", plain)):
                sizes, served, blocked = _load_bytes(browser, site)
                total = sum(v[0] for v in sizes.values())
                got[name].append(total)
                gz[name].append(sum(v[1] for v in sizes.values()))
                last[name] = sizes
                blocked_all[name].update(blocked)
                if abs(served - total) > 0.01 * max(served, 1):
                    notes.append("4. %s run %d: browser saw %d B, server sent %d B" % (name, r + 1, total, served))
            print("bench:   run %d/%d bytes: ours %d, plain %d" % (r + 1, runs, got["ours"][-1], got["plain"][-1]),
                  flush=True)
    diffs = []
    for path in set(last["ours"]) | set(last["plain"]):
        delta = last["ours"].get(path, (0, 0))[0] - last["plain"].get(path, (0, 0))[0]
        if delta:
            diffs.append((abs(delta), delta, path))
    diffs.sort(reverse=True)
    notes.append("4. where ours differs from plain (bytes): " + ", ".join(
        "%s %+d" % (path, delta) for _, delta, path in diffs[:8]))
    index = "search/search_index.json"
    o_wo = median(got["ours"]) - last["ours"].get(index, (0, 0))[0]
    p_wo = median(got["plain"]) - last["plain"].get(index, (0, 0))[0]
    notes.append("4. gzip-equivalent (http.server sends uncompressed; a real host gzips): ours %d B, plain %d B, "
                 "ratio %.2f; bytes as sent, without %s: ours %d B, plain %d B, ratio %.2f" % (
                     median(gz["ours"]), median(gz["plain"]), median(gz["ours"]) / max(median(gz["plain"]), 1),
                     index, o_wo, p_wo, o_wo / max(p_wo, 1)))
    for name in ("ours", "plain"):
        if blocked_all[name]:
            notes.append("4. %s: requests to other hosts (aborted, not counted): %s"
                         % (name, ", ".join(sorted(blocked_all[name]))))
    return {"ours": got["ours"], "plain": got["plain"],
            "requests": [len(last["ours"]), len(last["plain"])]}


# --------------------------------------------------------------- search


IDENT = re.compile(r"^[A-Za-z_][\w.]*$")
WORD = re.compile(r"[A-Za-z_][\w]*")


def _title(raw: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", raw)).strip()


def pick_identifiers(site: Path, count: int) -> List[str]:
    """Titles that are one identifier containing '_' first; then
    identifiers with '_' inside titles; then other words of titles."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = [_title(doc.get("title", "")) for doc in index.get("docs", [])]
    picked: List[str] = []

    def add(word: str) -> None:
        if word not in picked and len(picked) < count:
            picked.append(word)

    # What readers search for most: argument names, one per API first;
    # a quarter of the queries "API argument" pairs of the whole API (every
    # 97th entry: spread over all pages, the same on every run).
    published = site / "defaults.json"
    pairs: List[str] = []
    if published.exists():
        data = json.loads(published.read_text(encoding="utf-8"))
        searchable = [a for a in data.get("api", []) if a.get("search_title") and not a["argument"].startswith("*")]
        pairs = ["%s %s" % (a["query"], a["argument"]) for a in searchable[::97][:count // 4]]
        seen_apis = set()
        for a in data["arguments"]:
            if "_" in a["argument"].strip("*_") and a["api"] not in seen_apis and len(picked) < count - len(pairs):
                seen_apis.add(a["api"])
                add(a["argument"])
    for pair in pairs:
        add(pair)
    for title in titles:
        if IDENT.match(title) and "_" in title:
            add(title)
    for title in titles:
        for word in WORD.findall(title):
            if "_" in word.strip("_"):
                add(word)
    for title in titles:
        for word in WORD.findall(title):
            if len(word) >= 4:
                add(word)
    return picked


def _open(context, base: str):
    page = context.new_page()
    page.goto(base + "index.html", wait_until="load")
    page.wait_for_function("window.__bench && window.__bench.ready", timeout=30000)
    return page


def _one_query(page, word: str, tagged: bool, timeout_ms: int = 5000):
    """Type ``word``; return ms from its last key press to the first
    visible result after the result for the full word arrived (None: no
    result shown). ``tagged``: the site's worker names the query each
    result answers (see _PROBE)."""
    box = page.locator("input.md-search__input, [data-md-component=search-query]").first
    # Clear the previous search (the keyup of the backspace sends an empty query).
    box.focus()
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    page.wait_for_function(
        "(tagged) => document.querySelectorAll('.md-search-result__item').length === 0"
        " && __bench.done(tagged) !== null", arg=tagged, timeout=timeout_ms)
    page.wait_for_timeout(50)
    page.evaluate("() => { const B = __bench; B.keys = []; B.queries = []; B.results = []; B.seen = []; }")
    box.focus()
    box.press_sequentially(word, delay=0)
    try:
        page.wait_for_function(
            """([word, tagged]) => {
                const B = __bench, q = B.queries;
                if (!q.length || q[q.length - 1][0] !== word) return false;
                const done = B.done(tagged);
                return done !== null && B.seen.some((t) => t >= done);
            }""", arg=[word, tagged], timeout=timeout_ms)
    except Exception:
        return None
    return page.evaluate(
        """(tagged) => {
            const B = __bench, done = B.done(tagged);
            const seen = B.seen.find((t) => t >= done);
            return seen - B.keys[B.keys.length - 1];
        }""", tagged)


def _search_run(browser, site: Path, words: List[str], tagged: bool) -> Tuple[List[float], List[str]]:
    with serve(site) as (base, _):
        context = browser.new_context()
        _block_other_hosts(context, base, [])
        context.add_init_script(_PROBE)
        page = _open(context, base)
        times, missed = [], []
        for word in words:
            ms = _one_query(page, word, tagged)
            if ms is None:
                missed.append(word)
            else:
                times.append(ms)
        context.close()
        return times, missed


def measure_search(ours: Path, plain: Path, runs: int, count: int, notes: List[str]) -> dict:
    words = pick_identifiers(ours, count)
    stats: Dict[str, Dict[str, List[float]]] = {n: {"median": [], "p90": []} for n in ("ours", "plain")}
    missed_all: Dict[str, set] = {"ours": set(), "plain": set()}
    with tfn_chromium.launched() as browser:
        for r in range(runs):
            for name, site in (("ours", ours), ("plain", plain)):
                times, missed = _search_run(browser, site, words, tagged=name == "ours")
                missed_all[name].update(missed)
                stats[name]["median"].append(median(times))
                stats[name]["p90"].append(percentile(times, 90))
            print("bench:   run %d/%d search median: ours %.0f ms, plain %.0f ms" % (
                r + 1, runs, stats["ours"]["median"][-1], stats["plain"]["median"][-1]), flush=True)
    notes.append("5. queries: " + ", ".join(words))
    for name in ("ours", "plain"):
        if missed_all[name]:
            notes.append("5. %s: no result shown for %s (left out)" % (name, ", ".join(sorted(missed_all[name]))))
    return {
        "count": len(words),
        "ours_median": median(stats["ours"]["median"]),
        "ours_p90": median(stats["ours"]["p90"]),
        "plain_median": median(stats["plain"]["median"]),
        "plain_p90": median(stats["plain"]["p90"]),
        "ours_runs": list(zip(stats["ours"]["median"], stats["ours"]["p90"])),
        "plain_runs": list(zip(stats["plain"]["median"], stats["plain"]["p90"])),
    }


# --------------------------------------------------------------- figures


def figure_pages(site: Path) -> List[str]:
    """Pages of the built site that show figures (``activations/index.html``)."""
    found = []
    for built in sorted(site.rglob("index.html")):
        text = built.read_text(encoding="utf-8")
        if "#only-light" in text and "/figures/" in text:
            found.append(str(built.relative_to(site)))
    return found


def measure_figure_pages(ours: Path, plain: Path, runs: int, notes: List[str]) -> dict:
    """First load of each figure page, scrolled to the end (every figure
    of the light palette loaded), ours vs the same page built plain."""
    pages = figure_pages(ours)
    result: Dict[str, Dict[str, List[int]]] = {}
    with tfn_chromium.launched() as browser:
        for r in range(runs):
            for page_path in pages:
                entry = result.setdefault(page_path, {"ours": [], "plain": [], "ours_gz": [], "figures": []})
                sizes, _, _ = _load_bytes(browser, ours, page_path, scroll=True)
                entry["ours"].append(sum(v[0] for v in sizes.values()))
                entry["ours_gz"].append(sum(v[1] for v in sizes.values()))
                entry["figures"].append(sum(v[0] for k, v in sizes.items() if "/figures/" in k or k.startswith("figures/")))
                if (plain / page_path).is_file():
                    sizes, _, _ = _load_bytes(browser, plain, page_path, scroll=True)
                    entry["plain"].append(sum(v[0] for v in sizes.values()))
            say_line = ", ".join("%s %d B" % (p, result[p]["ours"][-1]) for p in pages)
            print("bench:   run %d/%d figure pages: %s" % (r + 1, runs, say_line), flush=True)
    for page_path, entry in result.items():
        notes.append("7. %s: %d B in all, of which figures %d B; gzip-equivalent %d B" % (
            page_path, median(entry["ours"]), median(entry["figures"]), median(entry["ours_gz"])))
    return result
