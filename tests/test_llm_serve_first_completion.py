"""(lead43) ``extract llm serve`` asks the started server for one token before it reports it ready: a llama.cpp build
that answers ``/v1/models`` but dies on its first completion (a general protection fault of a build for another CPU) is
caught at start, with the fix named, instead of every call of a later run failing."""

import pytest

from extract.errors import UserError
from extract.llm.commands import REBUILD_HINT, _first_completion

from openai_stub import StubServer


class FakeProc:
    def __init__(self, code=None):
        self.code = code
        self.terminated = False

    def poll(self):
        return self.code

    def terminate(self):
        self.terminated = True


def test_a_server_that_answers_passes():
    with StubServer(["ok"]) as srv:
        _first_completion(srv.url, FakeProc(), timeout=5)
        assert srv.requests == ["ok"]


def test_a_server_that_dies_on_its_first_completion_names_the_rebuild():
    with StubServer(["reset"]) as srv:
        with pytest.raises(UserError) as err:
            _first_completion(srv.url, FakeProc(code=-11), timeout=5)
    assert "died on its first completion" in str(err.value) and "GGML_NATIVE=OFF" in str(err.value)


def test_a_live_server_that_cannot_complete_is_stopped():
    proc = FakeProc()
    with StubServer(["reset"], default="reset") as srv:
        with pytest.raises(UserError) as err:
            _first_completion(srv.url, proc, timeout=5)
    assert "answered /models but not a completion" in str(err.value) and proc.terminated
    assert REBUILD_HINT in str(err.value)
