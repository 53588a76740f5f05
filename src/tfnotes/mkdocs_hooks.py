"""mkdocs hooks of the site (see the Contributing page)."""
