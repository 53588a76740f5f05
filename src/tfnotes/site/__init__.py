"""The site layer: what turns the committed data (``data/api/``) and the
pages' sources into the built site. :mod:`.hooks` is what mkdocs loads;
:mod:`.plugin` handles each mkdocs event once; the other modules are plain
functions of the model (:mod:`tfnotes.api.model`) that the plugin, the
benchmark and the unit tests call alike.
"""
