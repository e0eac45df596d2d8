"""A small local OpenAI-compatible HTTP server for fault tests and benchmarks.

It answers ``GET /v1/models`` and ``POST /v1/chat/completions``. Each completion request takes
the next action from a script (``"ok"``, ``"429"``, ``"500"``, ``"bad_json"``, ``"slow"``,
``"reset"``), falling back to ``default``. An ``"ok"`` reply is valid for the requested task: it
is built from the prompt (a goal check gets ``{"is_goal": ...}``, a target check an ``items``
list for its numbered candidates, a chunk extraction empty lists), after ``delay`` seconds.
It is a test double for the server's behaviour, never presented as a recording of a model.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def _reply_for(body: dict, goal_answer: bool) -> str:
    prompt = "\n".join(m.get("content") or "" for m in body.get("messages", []))
    if "is_goal" in prompt and "数字：" not in prompt:
        return json.dumps({"is_goal": goal_answer})
    if "数字：" in prompt:
        ids = re.findall(r"^(\d+)\. ", prompt.split("数字：", 1)[1], flags=re.M)
        return json.dumps({"items": [{"id": int(i), "is_target": True, "indicator": ""} for i in ids]})
    return json.dumps({"targets": [], "goals": [], "assignments": []})


class StubServer:
    def __init__(self, script: list[str] | None = None, default: str = "ok", delay: float = 0.0,
                 slow_seconds: float = 5.0, goal_answer: bool = False) -> None:
        self.script = deque(script or [])
        self.default = default
        self.delay = delay
        self.slow_seconds = slow_seconds
        self.goal_answer = goal_answer
        self.requests: list[str] = []  # actions taken, in order
        self.in_flight = 0  # completion requests being answered now, and the most at once
        self.peak_in_flight = 0
        self._lock = threading.Lock()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            counted = False  # this request is counted in ``in_flight``

            def _done(self) -> None:
                # a request stops counting before its answer is written: once the client has it, it may
                # release its slot and send the next one while this thread still finishes the write
                with stub._lock:
                    if self.counted:
                        self.counted = False
                        stub.in_flight -= 1

            def _send(self, code: int, payload: dict | str, headers: dict | None = None) -> None:
                self._done()
                data = (payload if isinstance(payload, str) else json.dumps(payload)).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                if self.path.rstrip("/").endswith("/models"):
                    self._send(200, {"object": "list", "data": [{"id": "stub", "object": "model", "created": 0,
                                                                  "owned_by": "tests"}]})
                else:
                    self._send(404, {"error": {"message": "not found"}})

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                with stub._lock:
                    action = stub.script.popleft() if stub.script else stub.default
                    stub.requests.append(action)
                    stub.in_flight += 1
                    stub.peak_in_flight = max(stub.peak_in_flight, stub.in_flight)
                    self.counted = True
                try:
                    self._answer(action, body)
                finally:
                    self._done()

            def _answer(self, action: str, body: dict) -> None:
                if action == "reset":
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                    self.connection.close()
                    return
                if action == "429":
                    return self._send(429, {"error": {"message": "rate limited", "type": "rate_limit"}},
                                      {"Retry-After": "0"})
                if action == "500":
                    return self._send(500, {"error": {"message": "boom"}})
                if action == "slow":
                    time.sleep(stub.slow_seconds)
                time.sleep(stub.delay)
                content = "{\"items\": [ {\"id\": 1, \"is_tar" if action == "bad_json" else _reply_for(body, stub.goal_answer)
                prompt_tokens = sum(len(m.get("content") or "") for m in body.get("messages", [])) // 2
                self._send(200, {
                    "id": "chatcmpl-stub", "object": "chat.completion", "created": int(time.time()),
                    "model": body.get("model", "stub"),
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                                 "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": len(content) // 2,
                              "total_tokens": prompt_tokens + len(content) // 2},
                })

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "StubServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
