"""tfnotes.screenshots.server: the parts that need no TensorBoard."""

import socket

import pytest

from tfnotes.envs import World
from tfnotes.screenshots import (
    HOST,
    SHOTS,
    ScreenshotError,
    Shot,
    TensorBoard,
    free_port,
)


def test_a_free_port_can_be_bound_on_the_host():
    port = free_port()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, port))


def test_a_world_without_tensorboard_is_named_with_the_fix(tmp_path):
    shot = Shot(World("no-such-world", "requirements/none.txt"), "Nowhere", "x", SHOTS[0].base)
    with pytest.raises(ScreenshotError, match=r"^Nowhere: no .*no-such-world/bin/tensorboard; .*then ./tfn setup$"):
        TensorBoard(shot, tmp_path / "logs")
