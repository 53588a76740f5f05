"""tfnotes.screenshots.logs: the scalar tags of event files, read without
TensorFlow (the files written here by TensorBoard's own writer)."""

from tensorboard.compat.proto import event_pb2, summary_pb2
from tensorboard.summary.writer.event_file_writer import EventFileWriter

from tfnotes.screenshots import scalar_tags


def _write(folder, *values):
    writer = EventFileWriter(str(folder))
    for step, value in enumerate(values):
        writer.add_event(event_pb2.Event(step=step, summary=summary_pb2.Summary(value=[value])))
    writer.close()


def _simple(tag):
    return summary_pb2.Summary.Value(tag=tag, simple_value=0.5)


def _plugin(tag, plugin):
    """A tensor summary as Keras 3's callback writes it, tagged by plugin."""
    metadata = summary_pb2.SummaryMetadata(plugin_data=summary_pb2.SummaryMetadata.PluginData(plugin_name=plugin))
    return summary_pb2.Summary.Value(tag=tag, metadata=metadata)


def test_scalar_tags_by_run_sorted_and_nothing_else(tmp_path):
    logs = tmp_path / "logs"
    _write(logs / "validation", _simple("epoch_loss"))
    _write(logs / "train", _plugin("epoch_loss", "scalars"), _simple("epoch_accuracy"),
           _plugin("kernel/histogram", "histograms"))
    _write(logs / "images", _plugin("sample", "images"))
    assert scalar_tags(logs) == {
        "train": ["epoch_accuracy", "epoch_loss"],
        "validation": ["epoch_loss"],
    }


def test_no_event_files_no_tags(tmp_path):
    (tmp_path / "logs" / "train").mkdir(parents=True)
    assert scalar_tags(tmp_path / "logs") == {}
