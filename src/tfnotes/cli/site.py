"""``./tfn build``, ``serve`` and ``offline``: mkdocs in the tools world.
Standard library only."""

import re

from tfnotes import envs
from tfnotes.cli import shell


def build() -> bool:
    shell.say("stage: mkdocs build --strict")
    cmd = [str(envs.TOOLS.python), "-m", "tfnotes.build", envs.TOOLS.bin("mkdocs"), str(envs.ROOT)]
    return shell.run(cmd) == 0




def offline() -> int:
    shell.say("stage: offline edition -> dist/tfnotes-offline.zip")
    return shell.run([str(envs.TOOLS.python), "-m", "tfnotes.offline", envs.TOOLS.bin("mkdocs"), str(envs.ROOT)])


def _site_path() -> str:
    """The path part of site_url, under which mkdocs serve serves."""
    match = re.search(r"^site_url:\s*\S+?://[^/\s]+(/\S*)?\s*$",
                      (envs.ROOT / "mkdocs.yml").read_text(), re.M)
    return (match.group(1) if match and match.group(1) else "/")


def serve(port: int) -> int:
    shell.say("serving on http://127.0.0.1:%d%s (live reload; Ctrl-C stops)" % (port, _site_path()))
    return shell.run(
        [envs.TOOLS.bin("mkdocs"), "serve", "--livereload", "-a", "127.0.0.1:%d" % port])
