"""``./tfn update`` and ``./tfn screenshots``: format snippets and rewrite
what is generated from real runs in both worlds. Standard library only."""

from typing import Sequence

from tfnotes import envs
from tfnotes.cli import selection, shell, system
from tfnotes.snippet import Snippet


def update(paths: Sequence[str]) -> int:
    """With paths: format those snippets and rewrite their outputs in both
    worlds. Without: format every snippet, then regenerate every output
    shown on pages, the defaults data (the whole API, which the notes'
    tables read too) and the TensorBoard screenshots, from real runs in
    both worlds."""
    if paths:
        return _update_some(selection.select(paths, explicit=True, pages=False).snippets)
    code = shell.run([str(envs.TOOLS.python), "-m", "tfnotes.formatting", envs.TOOLS.bin("ruff")])
    for world in (envs.TF24, envs.TOOLS):
        # The whole API of the world: signatures, hidden arguments, configs.
        code = code or shell.run([str(world.python), "-m", "tfnotes.api"])
    for world in (envs.TF24, envs.TOOLS):
        # On Keras 3 only variants are rewritten; a base snippet that prints
        # something else there fails and asks for a variant.
        code = code or shell.run([str(world.python), "-m", "pytest", "-q", "snippets", "--update-outputs"])
    return code or screenshots()


def screenshots() -> int:
    """Retake docs/figures/tensorboard/*.png: each world's TensorBoard
    showing what the page's snippet logged (tfnotes.screenshots)."""
    system.for_browser()
    shell.say("screenshots: TensorBoard of both worlds -> docs/figures/tensorboard/")
    return shell.run([str(envs.TOOLS.python), "-m", "tfnotes.screenshots"])


def _update_some(snippets: Sequence[Snippet]) -> int:
    from tfnotes import formatting

    for path in formatting.format_in_place([s.path for s in snippets], envs.TOOLS.bin("ruff"), envs.ROOT / "pyproject.toml"):
        shell.say("formatted %s" % path.relative_to(envs.ROOT))
    # TF 2.4 first: on Keras 3 a base is compared with what TF 2.4 wrote.
    for world, keras3, label in ((envs.TF24, False, "TF %s" % shell.tf_version(envs.TF24)),
                                 (envs.TOOLS, True, "Keras 3 (TensorFlow %s)" % shell.tf_version(envs.TOOLS))):
        files = [s.display for s in snippets if s.runs_on(keras3)]
        others = [s for s in snippets if not s.runs_on(keras3)]
        for s in others:
            instead = s.variant.display if keras3 else s.base.display
            shell.say("update: %s is not run on %s (%s is); name that file to rewrite it" % (s.display, label, instead))
        if not files:
            continue
        shell.say("update: rewriting outputs of %s on %s" % (selection.names([s for s in snippets if s.runs_on(keras3)]), label))
        code = shell.run([str(world.python), "-m", "pytest", "-q", "--update-outputs"] + files)
        if code != 0:
            shell.say("update FAILED on %s (exit %d, see above)" % (label, code))
            return code
    shell.say("update done; check what changed with git diff, then ./tfn check")
    return 0
