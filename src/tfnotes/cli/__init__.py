"""``./tfn``: set up, serve, check, test, update and benchmark the site.

Standard library only, so that any ``python3`` can start it before the two
worlds exist. Every command but ``new`` and ``lock`` first makes sure both worlds are
built (a no-op when nothing changed). Every command it runs gets
``PYTHONPATH=<this checkout>/src``: the worlds are shared between
checkouts and name none of them.

The contributor loop: ``./tfn new PAGE/NAME``, edit, ``./tfn check``,
``./tfn update PATH``, ``./tfn test``.

One module per job: ``main`` (the command table), ``shell`` (running
commands), ``system`` (Debian packages installed when missing),
``stages`` (a pytest run in a world), ``suite`` (``test``),
``pytestargs`` (pytest's own options), ``routing`` (which stage runs a
path), ``gitstatus``, ``selection`` (snippets and pages of a command
line), ``check``, ``update``, ``new``, ``history`` (the release data) and ``site`` (build, serve,
offline).
"""
