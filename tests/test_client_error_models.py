"""Issue 12, item 1: a raised APIStatusError carries its body parsed into the model the spec documents for
that operation and status (`parsed`): the exact status, then its range, then `default`; None when nothing
is documented for it or the body does not fit, `body` always raw, never a parse error in place of the API
error. Clients generated from two real-world documents (../shared/corpus/openapi-realworld/), answered by a
real loopback server, and a user program type-checked with `mypy --strict`.

- twilio_monitor_v2.json documents explicit statuses (400, 401, 404, 429, 500 through `components/responses`,
  one TwilioServiceErrorResponse schema) and no `default`: any other status is undocumented.
- 2.0-petstore-expanded.json (Swagger 2.0) documents `default: Error`. An overlay, as a curator would write
  one, adds to its `find pet by id` an explicit 404 with an inline schema, a 4XX range with an
  `application/problem+json` Problem component, and a 410 documented without a body.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import simpro_client

from tests.loopback import Reply, loopback_server
from tests.realworld import CORPUS, REPO, build_repo

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the corpus is read from {CORPUS}")

MONITOR = CORPUS / "twilio" / "twilio_monitor_v2.json"
PETSTORE = CORPUS / "readme-oas-examples" / "2.0-petstore-expanded.json"
CLIENTS = ("twilio-monitor-v2", "oas20-petstore-expanded")

PETSTORE_OVERLAY = """\
overlay: 1.0.0
info:
  title: Error bodies of find pet by id
  version: 1.0.0
actions:
  - target: $.components.schemas
    description: An RFC 9457 problem document, for the 4XX range below.
    update:
      Problem:
        type: object
        properties:
          type: {type: string}
          title: {type: string}
          status: {type: integer}
          detail: {type: string}
  - target: $.paths['/pets/{id}'].get.responses
    description: An explicit 404 (inline schema), a 4XX range (a component) and a 410 without a body.
    update:
      '404':
        description: No pet has this id
        content:
          application/json:
            schema:
              type: object
              required: [message]
              properties:
                message: {type: string}
                id: {type: integer, format: int64}
      4XX:
        description: The request was refused
        content:
          application/problem+json:
            schema:
              $ref: '#/components/schemas/Problem'
      '410':
        description: The pet is gone
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The two clients, rendered by `specfoundry regenerate` into a scratch repo, importable."""
    root = build_repo(tmp_path_factory.mktemp("error-models") / "repo", [MONITOR, PETSTORE])
    folder = root / "specs" / "oas20-petstore-expanded"
    (folder / "overlays").mkdir()
    (folder / "overlays" / "error-bodies.yaml").write_text(PETSTORE_OVERLAY, encoding="utf-8")
    with (folder / "api.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[overlays]\nfiles = ["overlays/error-bodies.yaml"]\n')
    done = subprocess.run(
        [sys.executable, "-m", "generator.cli", "--root", str(root), "regenerate"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    parents = [root / "generated" / f"{api}-client" for api in CLIENTS]
    sys.path[:0] = [str(parent) for parent in parents]
    yield root / "generated"
    for parent in parents:
        sys.path.remove(str(parent))


@pytest.fixture(scope="module")
def monitor(generated: Path) -> ModuleType:
    return importlib.import_module("twilio_monitor_v2_client")


@pytest.fixture(scope="module")
def petstore(generated: Path) -> ModuleType:
    return importlib.import_module("oas20_petstore_expanded_client")


def _raised(call: Any) -> Any:
    try:
        call()
    except Exception as error:  # the tests assert which
        return error
    raise AssertionError("no error raised")


def test_explicit_statuses_parse_into_the_documented_model_and_others_are_none(monitor: ModuleType) -> None:
    errors = monitor.errors
    from twilio_monitor_v2_client.models import TwilioServiceErrorResponse
    from twilio_monitor_v2_client.types import Unset

    documented = {"code": 20404, "message": "The requested resource was not found", "more_info": "https://x/20404"}
    replies = iter(
        [
            Reply(status=404, body={**documented, "status": 404}, headers={"X-Request-Id": "rq-1"}),
            Reply(status=429, body={"code": 20429, "message": "Too many requests"}, headers={"Retry-After": "7"}),
            Reply(status=500, body={"code": 20500, "message": "Internal error", "user_error": False}),
            Reply(status=418, body={"code": 1, "message": "teapot"}),  # not documented for FetchAlarm
            Reply(status=409, body={"code": 2, "message": "conflict"}),  # documented for CreateAlarm only
        ]
    )
    with loopback_server(lambda request: next(replies)) as server:
        client = monitor.Client(base_url=server.url, max_retries=0)
        fetch = lambda: client.default.fetch_alarm(sid="NO123")  # noqa: E731
        not_found, limited, failed, teapot, conflict = (_raised(fetch) for _ in range(5))

    assert type(not_found) is errors.NotFoundError and type(not_found.parsed) is TwilioServiceErrorResponse
    assert not_found.parsed.code == 20404 and not_found.parsed.status == 404
    assert not_found.parsed.message == "The requested resource was not found"
    assert isinstance(not_found.parsed.user_error, Unset)  # tolerant: absent fields are UNSET
    assert not_found.body == {**documented, "status": 404} and not_found.request_id == "rq-1"
    assert type(limited) is errors.RateLimitError and limited.retry_after == 7.0
    assert isinstance(limited.parsed, TwilioServiceErrorResponse) and limited.parsed.code == 20429
    assert type(failed) is errors.InternalServerError and failed.parsed.user_error is False
    # undocumented for this operation (no range, no default): the raw body only
    assert type(teapot) is errors.APIStatusError and teapot.parsed is None
    assert teapot.body == {"code": 1, "message": "teapot"}
    assert type(conflict) is errors.ConflictError and conflict.parsed is None


def test_malformed_error_bodies_give_none_and_the_raw_body_never_a_parse_error(monitor: ModuleType) -> None:
    errors = monitor.errors
    bodies: list[Reply] = [
        Reply(status=404, raw=b"<html><body>Bad gateway page</body></html>", content_type="text/html"),
        Reply(status=404, raw=b'{"code": 20404, "message": ', content_type="application/json"),  # cut short
        Reply(status=404, body=[{"code": 20404}]),  # a JSON array, not an object
        Reply(status=404, body="not found"),  # a JSON string
        Reply(status=400, body={"code": 20001, "params": "not-a-map"}),  # `params` must be an object
        Reply(status=401, body={"error": "invalid_token", "error_description": "expired"}),  # another shape
        Reply(status=500),  # no body at all
    ]
    replies = iter(bodies)
    with loopback_server(lambda request: next(replies)) as server:
        client = monitor.Client(base_url=server.url, max_retries=0)
        raised = [_raised(lambda: client.default.fetch_alarm(sid="NO123")) for _ in bodies]
    expected_bodies = [
        "<html><body>Bad gateway page</body></html>",
        '{"code": 20404, "message": ',
        [{"code": 20404}],
        "not found",
        {"code": 20001, "params": "not-a-map"},
        {"error": "invalid_token", "error_description": "expired"},
        None,
    ]
    for error, body, reply in zip(raised, expected_bodies, bodies, strict=True):
        assert isinstance(error, errors.APIStatusError) and error.status_code == reply.status
        assert error.parsed is None, (reply, error.parsed)
        assert error.body == body


def test_resolution_is_exact_status_then_range_then_default(petstore: ModuleType) -> None:
    errors = petstore.errors
    from oas20_petstore_expanded_client.models import Error, FindPetByIdResponse404, Problem

    problem = {"type": "https://example.test/forbidden", "title": "Forbidden", "status": 403, "detail": "no"}
    replies = iter(
        [
            Reply(status=404, body={"message": "no pet 7", "id": 7}),  # explicit 404
            Reply(status=403, body=problem, content_type="application/problem+json"),  # 4XX
            Reply(status=422, body={"title": "Unprocessable", "status": 422}),  # 4XX
            Reply(status=410, body={"code": 410, "message": "gone"}),  # explicit 410, no body documented
            Reply(status=503, body={"code": 503, "message": "down"}),  # default
            Reply(status=520, body={"code": 520, "message": "origin"}),  # default, outside HTTPStatus
            Reply(status=404, body={"code": 404, "reason": "not this shape"}),  # no field of the 404's
        ]
    )
    with loopback_server(lambda request: next(replies)) as server:
        client = petstore.Client(base_url=server.url, max_retries=0)
        raised = [_raised(lambda: client.default.find_pet_by_id(id=7)) for _ in range(7)]
    explicit, forbidden, unprocessable, gone, unavailable, origin, other_shape = raised

    assert type(explicit) is errors.NotFoundError and type(explicit.parsed) is FindPetByIdResponse404
    assert explicit.parsed.message == "no pet 7" and explicit.parsed.id == 7
    assert type(forbidden) is errors.PermissionDeniedError and type(forbidden.parsed) is Problem
    assert forbidden.parsed.to_dict() == problem and forbidden.body == problem
    assert type(unprocessable) is errors.UnprocessableEntityError and type(unprocessable.parsed) is Problem
    assert unprocessable.parsed.status == 422
    # 410 is documented without a body: it is not left to the 4XX range or to default
    assert type(gone) is errors.APIStatusError and gone.parsed is None
    assert gone.body == {"code": 410, "message": "gone"}
    assert type(unavailable) is errors.InternalServerError and type(unavailable.parsed) is Error
    assert (unavailable.parsed.code, unavailable.parsed.message) == (503, "down")
    assert type(origin.parsed) is Error and origin.parsed.code == 520
    # a 404 body that does not fit the 404's model (no field in common) is not tried against another
    assert type(other_shape) is errors.NotFoundError and other_shape.parsed is None


def test_every_way_of_calling_carries_the_parsed_model(petstore: ModuleType) -> None:
    """Resource methods, their async twins and `client.send(request)` all go through the runtime."""
    from oas20_petstore_expanded_client.api.default import delete_pet, find_pets
    from oas20_petstore_expanded_client.models import Error

    with loopback_server(lambda request: Reply(status=500, body={"code": 1, "message": "boom"})) as server:
        client = petstore.Client(base_url=server.url, max_retries=0)
        sent = _raised(lambda: client.send(find_pets.request(limit=5)))
        deleted = _raised(lambda: client.default.delete_pet(id=3))

        async def awaited() -> Any:
            async with petstore.Client(base_url=server.url, max_retries=0) as async_client:
                try:
                    await async_client.asend(delete_pet.request(id=3))
                except petstore.errors.APIStatusError as error:
                    first = error
                try:
                    await async_client.aio.default.find_pets()
                except petstore.errors.APIStatusError as error:
                    return first, error
            raise AssertionError("no error raised")

        async_sent, async_method = asyncio.run(awaited())
    for error in (sent, deleted, async_sent, async_method):
        assert isinstance(error, petstore.errors.InternalServerError)
        assert type(error.parsed) is Error and error.parsed.message == "boom"


def test_docstrings_readme_and_the_errors_module_name_the_models(generated: Path, petstore: ModuleType) -> None:
    from oas20_petstore_expanded_client.api.default import find_pet_by_id

    doc = " ".join((find_pet_by_id.request.__doc__ or "").split())
    assert "errors.NotFoundError: 404 - No pet has this id (parsed: FindPetByIdResponse404)" in doc
    assert "errors.APIStatusError: 4XX - The request was refused (parsed: Problem)" in doc
    assert "errors.APIStatusError: 410 - The pet is gone" in doc and "gone (parsed" not in doc
    assert "errors.APIStatusError: default - unexpected error (parsed: Error)" in doc
    errors_source = (Path(petstore.__file__).parent / "errors.py").read_text(encoding="utf-8")
    assert 'ErrorModel: TypeAlias = "Error | FindPetByIdResponse404 | Problem"' in errors_source
    readme = (generated / "oas20-petstore-expanded-client" / "README.md").read_text(encoding="utf-8")
    assert "`parsed`" in readme and "`models.Error`, `models.FindPetByIdResponse404`, `models.Problem`" in readme
    # only the operations that document error models pass them; the client does not load the models
    source = (Path(petstore.__file__).parent / "api" / "default" / "find_pet_by_id.py").read_text(encoding="utf-8")
    passed = '{("404",): FindPetByIdResponse404, ("4XX",): Problem, ("default",): Error, ("410",): None}'
    assert f"error_models={passed}" in source
    probe = "import sys, oas20_petstore_expanded_client as p; p.errors; print('.models' in str(sorted(sys.modules)))"
    loaded = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(generated / "oas20-petstore-expanded-client")},
    )
    assert loaded.stdout.strip() == "False"


def test_clients_without_documented_error_bodies_always_give_none() -> None:
    """Simpro documents no error bodies: `parsed` is None and its type (errors.ErrorModel is None) says so."""
    errors = simpro_client.errors
    assert errors.ErrorModel is None and errors.APIStatusError.parsed is None
    with loopback_server(lambda request: Reply(status=404, body={"message": "no such cost center"})) as server:
        client = simpro_client.AuthenticatedClient(api_key="t0ken", base_url=server.url, max_retries=0)
        with pytest.raises(errors.NotFoundError) as raised:
            client.cost_centers.delete(company_id=0, cost_center_id=5)
    assert raised.value.parsed is None and raised.value.body == {"message": "no such cost center"}


USER_PROGRAM = """\
from oas20_petstore_expanded_client import Client as Petstore
from oas20_petstore_expanded_client import errors as petstore_errors
from oas20_petstore_expanded_client.models import Error, FindPetByIdResponse404, Problem
from twilio_monitor_v2_client import Client, errors
from twilio_monitor_v2_client.models import TwilioServiceErrorResponse
from twilio_monitor_v2_client.types import Unset


def twilio_code(client: Client, sid: str) -> int | None:
    try:
        client.default.fetch_alarm(sid=sid)
    except errors.NotFoundError as error:
        if error.parsed is not None:
            model: TwilioServiceErrorResponse = error.parsed
            return None if isinstance(model.code, Unset) else model.code
    return None


def pet_problem(client: Petstore) -> str:
    try:
        client.default.find_pet_by_id(id=7)
    except petstore_errors.APIStatusError as error:
        parsed = error.parsed
        if isinstance(parsed, Error):
            return f"{parsed.code}: {parsed.message}"
        if isinstance(parsed, Problem):
            return parsed.title if isinstance(parsed.title, str) else ""
        if isinstance(parsed, FindPetByIdResponse404):
            return parsed.message
        body: object = error.body
        return repr(body)
    return ""
"""

MISUSE = """\
from twilio_monitor_v2_client import Client, errors


def message(client: Client) -> object:
    try:
        client.default.fetch_alarm(sid="NO123")
    except errors.NotFoundError as error:
        reveal_type(error.parsed)
        return error.parsed.message
    return None
"""


def test_mypy_strict_types_parsed_as_the_union_of_documented_models(generated: Path, tmp_path: Path) -> None:
    (tmp_path / "good.py").write_text(USER_PROGRAM, encoding="utf-8")
    (tmp_path / "misuse.py").write_text(MISUSE, encoding="utf-8")
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null"]
    env = {
        "PATH": str(Path(sys.executable).parent),
        "MYPYPATH": ":".join(str(generated / f"{api}-client") for api in CLIENTS),
    }
    good = subprocess.run([*mypy, "good.py"], cwd=tmp_path, capture_output=True, text=True, env=env, check=False)
    assert good.returncode == 0, good.stdout + good.stderr
    misuse = subprocess.run([*mypy, "misuse.py"], cwd=tmp_path, capture_output=True, text=True, env=env, check=False)
    assert 'Revealed type is "twilio_monitor_v2_client.models.twilio_service_error_response.' in misuse.stdout
    assert "TwilioServiceErrorResponse | None" in misuse.stdout, misuse.stdout
    assert 'Item "None" of "TwilioServiceErrorResponse | None" has no attribute "message"' in misuse.stdout
    assert misuse.stdout.count(": error:") == 1, misuse.stdout
