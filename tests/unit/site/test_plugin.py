"""tfnotes.site.plugin: the events of one build on a small project."""

import json

import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from tfnotes.site.plugin import SitePlugin
from tests.unit.site.releases import KERAS3, TF24
from tests.unit.site.test_notes import PAGE


@pytest.fixture
def project(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "losses.md").write_text(PAGE, encoding="utf-8")
    (tmp_path / "data" / "api").mkdir(parents=True)
    for name, data in (("tf24", TF24), ("keras3", KERAS3)):
        (tmp_path / "data" / "api" / ("%s.json" % name)).write_text(json.dumps(data), encoding="utf-8")
    config = MkDocsConfig(config_file_path=str(tmp_path / "mkdocs.yml"))
    config.load_dict({"site_name": "t", "docs_dir": str(tmp_path / "docs"), "site_dir": str(tmp_path / "site"),
                      "nav": [{"Losses": "losses.md"}, {"All defaults": "defaults.md"}]})
    assert config.validate() == ([], [])
    plugin = SitePlugin()
    config.plugins["tfnotes"] = plugin  # runs its events as a build would
    return tmp_path, config, plugin


def _files(config):
    return Files([File("losses.md", config["docs_dir"], config["site_dir"], True)])


def test_one_build(project):
    _, config, plugin = project
    config.plugins.on_config(config)
    assert [list(item)[0] for item in config["nav"]] == ["Losses", "API defaults", "All defaults"]
    files = config.plugins.on_files(_files(config), config=config)
    names = {f.src_uri for f in files}
    assert {"api/index.md", "api/losses.md", "defaults.json", "api/all.json"} <= names
    published = json.loads(next(f for f in files if f.src_uri == "defaults.json").content_string)
    assert [a["argument"] for a in published["arguments"]] == ["from_logits", "label_smoothing", "axis"]
    assert (plugin.url_of("losses.md"), plugin.url_of("api/losses.md")) == ("losses/", "api/losses/")
    markdown = config.plugins.on_page_markdown(PAGE, page=_Page("losses.md"), config=config, files=files)
    assert "| Argument | TF 2.4 default | Keras 3 | Description |" in markdown


class _Page:
    """What on_page_markdown reads of a page."""

    def __init__(self, src_path):
        self.file = File(src_path, "docs", "site", True)
        self.url = self.file.url


def test_a_drifted_table_fails_naming_its_line(project):
    root, config, _ = project
    (root / "docs" / "losses.md").write_text(PAGE + "| `colour` | Made up. |\n", encoding="utf-8")
    config.plugins.on_config(config)
    with pytest.raises(PluginError, match=r"docs/losses.md:9: tf.keras.losses.BinaryCrossentropy has no argument 'colour'"):
        config.plugins.on_files(_files(config), config=config)


def test_packaging_markers_are_filled_from_the_committed_data(project):
    """A marker becomes the fact of data/history/packaging.json; an
    unknown one, or any without the file, stops the build naming the line."""
    from tests.unit.history.test_packaging_facts import ENTRIES

    root, config, _ = project
    marked = PAGE + "\nFrom TF <!-- packaging: keras_package_first --> on.\n"
    # The notes page's Markdown is read from its file (tables rendered).
    (root / "docs" / "losses.md").write_text(marked, encoding="utf-8")
    config.plugins.on_config(config)
    files = config.plugins.on_files(_files(config), config=config)
    page = _Page("losses.md")
    page.file = File("losses.md", config["docs_dir"], config["site_dir"], True)
    with pytest.raises(PluginError, match="docs/losses.md:%d: no packaging fact" % marked.count("\n")):
        config.plugins.on_page_markdown(marked, page=page, config=config, files=files)
    (root / "data" / "history").mkdir(parents=True)
    (root / "data" / "history" / "packaging.json").write_text(json.dumps({"releases": ENTRIES}), encoding="utf-8")
    config.plugins.on_config(config)
    markdown = config.plugins.on_page_markdown(marked, page=page, config=config, files=files)
    assert "From TF 2.6 on." in markdown and "packaging:" not in markdown
    (root / "docs" / "losses.md").write_text(marked.replace("_first", "_last"), encoding="utf-8")
    files = config.plugins.on_files(_files(config), config=config)
    with pytest.raises(PluginError, match="no packaging fact 'keras_package_last'"):
        config.plugins.on_page_markdown(marked, page=page, config=config, files=files)
