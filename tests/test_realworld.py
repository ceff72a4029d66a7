"""Real-world documents (../shared/corpus/openapi-realworld/, 47 public specs): SpecFoundry must give an
importable, `mypy --strict`-clean client for at least every document bare openapi-python-client handles.

All 47 are rendered by two `regenerate` runs over one scratch repo (packages render in parallel), every
package is imported in one Python and type-checked by one mypy run per tool. The tables below are the
outcome; a change in either direction shows here.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.realworld import (
    CORPUS,
    REPO,
    api_name,
    bare_generate_all,
    build_repo,
    documents,
    import_all,
    import_name,
    importable_links,
    mypy_failures,
)

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the corpus is read from {CORPUS}")

# openapi-python-client itself cannot read these (both tools fail alike): duplicate enum member names,
# OpenAPI 3.1 schema features its parser refuses.
ENGINE_CANNOT_READ = {"oas30-schema-enums", "oas31-parameters-style", "oas31-schema-types"}
# Bare openapi-python-client refuses Swagger 2.0; SpecFoundry converts it. It also requires `paths`, which
# OpenAPI 3.1 makes optional (oas31-webhooks): normalization adds an empty one.
ONLY_SPECFOUNDRY = {
    "oas20-api-with-examples",
    "oas20-petstore-expanded",
    "oas20-petstore-simple",
    "oas20-schema-circular",
    "oas31-webhooks",
}
# The engine drops a schema it cannot process but still imports it elsewhere: in bare output, a blank
# `title: " "` on an inline schema does that; SpecFoundry's normalization drops blank titles.
BARE_DOES_NOT_IMPORT = {"oas30-complex-nesting"}
# `mypy --strict` errors in code openapi-python-client's own templates write (redundant casts of untyped
# lists, an optional union body serialized when UNSET, cookie parameters typed as str, Unset bodies): bare
# output only; our templates (templates/client/property_templates, endpoint_macros) write them correctly.
MYPY_FAILS_BARE = {
    "oas30-complex-nesting",
    "oas30-discriminators",
    "oas30-parameters-style",
    "oas30-response-schemas",
    "twilio-conversations-v1",
    "twilio-studio-v2",
    "twilio-verify-v2",
}


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, set[str]]]:
    root = tmp_path_factory.mktemp("realworld")
    docs = documents()
    build_repo(root / "repo", docs)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    names = [api_name(document) for document in docs]
    refused = sorted(ENGINE_CANNOT_READ)
    run = [sys.executable, "-m", "generator.cli", "--root", str(root / "repo"), "regenerate"]
    failed = subprocess.run([*run, *refused], capture_output=True, text=True, env=env, check=False, timeout=600)
    assert failed.returncode == 1
    errors = {line for line in failed.stderr.splitlines() if line.startswith("error: specs/")}
    assert {line.split("/")[1] for line in errors} == ENGINE_CANNOT_READ, failed.stderr
    rest = [name for name in names if name not in ENGINE_CANNOT_READ]
    done = subprocess.run([*run, *rest], capture_output=True, text=True, env=env, check=False, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    ours = {
        import_name(document): root / "repo" / "generated" / f"{api_name(document)}-client"
        for document in docs
        if api_name(document) in rest
    }
    bare_written = bare_generate_all(docs, root / "bare")
    bare = importable_links(
        {f"bare_{name.replace('-', '_')}": root / "bare" / name for name, ok in bare_written.items() if ok},
        root / "bare-links",
    )
    imports = import_all({**ours, **bare})

    def api(module: str) -> str:
        return module.removeprefix("bare_").removesuffix("_client").replace("_", "-")

    return {
        "specfoundry": {
            "generates": {api(name) for name in ours},
            "imports": {api(name) for name in ours if not imports[name]},
            "mypy": {api(name) for name in ours if not imports[name]} - {api(n) for n in mypy_failures(ours)},
        },
        "bare": {
            "generates": {name for name, ok in bare_written.items() if ok},
            "imports": {api(name) for name in bare if not imports[name]},
            "mypy": {api(name) for name in bare if not imports[name]} - {api(n) for n in mypy_failures(bare)},
        },
    }


def test_specfoundry_generates_a_client_for_every_document_the_engine_can_read(
    outcomes: dict[str, dict[str, set[str]]],
) -> None:
    every = {api_name(document) for document in documents()}
    assert len(every) == 47
    assert outcomes["specfoundry"]["generates"] == every - ENGINE_CANNOT_READ
    assert outcomes["bare"]["generates"] == every - ENGINE_CANNOT_READ - ONLY_SPECFOUNDRY


def test_every_module_of_those_clients_imports(outcomes: dict[str, dict[str, set[str]]]) -> None:
    assert outcomes["specfoundry"]["imports"] == outcomes["specfoundry"]["generates"]
    assert outcomes["bare"]["imports"] == outcomes["bare"]["generates"] - BARE_DOES_NOT_IMPORT


def test_specfoundry_is_at_least_as_good_as_bare_openapi_python_client(
    outcomes: dict[str, dict[str, set[str]]],
) -> None:
    for measure in ("generates", "imports", "mypy"):
        assert outcomes["bare"][measure] <= outcomes["specfoundry"][measure], measure


def test_mypy_strict_outcome(outcomes: dict[str, dict[str, set[str]]]) -> None:
    ours, bare = outcomes["specfoundry"], outcomes["bare"]
    assert len(ours["imports"]) == 44
    assert ours["mypy"] == ours["imports"]  # every client SpecFoundry generates and can import
    assert bare["mypy"] == bare["generates"] - MYPY_FAILS_BARE
