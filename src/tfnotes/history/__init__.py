"""The history of ``tf.keras``: every release since TF 2.4, walked by the
site's own extractor (:mod:`tfnotes.api`) in a world of its own.

One module per job: ``releases`` (the list, one line per release),
``extract`` (runs inside a release's world), ``fates`` (what a hidden
argument given to a constructor becomes), ``seal`` (what a release file
was made from), ``store`` (the committed files under ``data/history/``),
``runs`` and ``build`` (``history.json``: runs of consecutive releases).
The command is ``./tfn history`` (:mod:`tfnotes.cli.history`).
"""
