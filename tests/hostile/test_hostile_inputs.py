"""Hostile and broken vendor documents, through the CLI as a user runs it.

Every case is refused the way SpecFoundry refuses bad input (see harness.assert_refused): one message
naming the file and the place, a non-zero exit that is not an internal error, no traceback, specs/ and
generated/ untouched, nothing written elsewhere, and no network access at all. A few positive cases show
that what the refusals guard (relative $refs inside the API folder, YAML anchors) still works.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from generator.budgets import MAX_ALIAS_EXPANSION, MAX_NESTING, MAX_SOURCE_BYTES
from tests.hostile.harness import (
    API_TOML,
    TINY_SPEC,
    Scratch,
    assert_no_side_effects,
    assert_refused,
    page_export,
    scratch,
)

PAGE = "specs/tiny/sources/page.md"
CURATED = "specs/tiny/openapi.yaml"
YAML_START = 8  # page_export puts the spec's first line on line 8 of the page
SCHEMA_REF = "$ref: '#/components/schemas/Thing'"
REF_PLACE = "/paths/~1things~1{thingId}/get/responses/200/content/application~1json/schema/$ref"
OPERATION = "/paths/~1things~1{thingId}/get"

Command = tuple[str, ...]
REGENERATE: Command = ("regenerate",)
IMPORTING: tuple[Command, ...] = (REGENERATE, ("lint", "--uncurated"), ("check",))  # every command that imports
LINTING: tuple[Command, ...] = (REGENERATE, ("lint", "--uncurated"))


def spec_with(old: str, new: str) -> str:
    assert old in TINY_SPEC, old
    return TINY_SPEC.replace(old, new, 1)


def with_ref(ref: str) -> str:
    return spec_with(SCHEMA_REF, f"$ref: '{ref}'")


def page_line(page: str, needle: str) -> int:
    """1-based line of the page where `needle` first appears."""
    return next(number for number, line in enumerate(page.splitlines(), 1) if needle in line)


@dataclass(frozen=True)
class Case:
    id: str
    spec: str | None = None  # the YAML inside a Mintlify page export
    source: bytes | None = None  # or the whole source file, as bytes
    files: dict[str, str] = field(default_factory=dict)  # more files, relative to the repo root
    links: dict[str, str] = field(default_factory=dict)  # symlink (relative to the repo root) → target
    commands: tuple[Command, ...] = (REGENERATE,)
    curated: bool = False  # also write the spec as the committed curated spec and run `lint` on it
    file: str = PAGE
    place: str | Callable[[str], str] | None = None  # a callable gets the page text
    says: tuple[str, ...] = ()

    def page(self) -> str:
        return page_export(self.spec if self.spec is not None else TINY_SPEC)


def deep_block_schema(levels: int) -> str:
    """A block-style schema nesting `levels` arrays, each level's mapping opening on its `title` line."""
    lines = []
    for level in range(levels):
        indent = "      " + "  " * level
        lines += [f"{indent}title: level-{level}", f"{indent}type: array", f"{indent}items:"]
    lines.append("      " + "  " * levels + "type: string")
    return TINY_SPEC + "    Deep:\n" + "\n".join(lines) + "\n"


def alias_bomb(levels: int = 9) -> str:
    lines = ["x-lol:", '  a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"  a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, levels)]
    return TINY_SPEC + "\n".join(lines) + "\n"


def aliases_just_over_budget() -> str:
    """An anchored list of 999 scalars (1,000 nodes) used just too often: the expansion passes the budget
    at the last alias only."""
    uses = MAX_ALIAS_EXPANSION // 1000 + 1
    return TINY_SPEC + f"x-anchor: &big [{', '.join(['1'] * 999)}]\nx-uses: [{', '.join(['*big'] * uses)}]\n"


OUTSIDE = "outside.yaml"  # in the repo, beside specs/: outside the API folder
OUTSIDE_TEXT = "type: object\nproperties:\n  secret:\n    type: string\n"
THING = "specs/tiny/sources/schemas/thing.yaml"
THING_TEXT = "type: object\nproperties:\n  id:\n    type: integer\n  name:\n    type: string\n"

CASES = [
    # --- $ref: no network, no foreign files ------------------------------------------------------------
    Case(
        "ref-http",
        with_ref("http://example.com/thing.yaml"),
        commands=IMPORTING,
        curated=True,
        place=REF_PLACE,
        says=("'http://example.com/thing.yaml' points to a URL",),
    ),
    Case(
        "ref-https",
        with_ref("https://example.com/specs/common.yaml#/components/schemas/Thing"),
        place=REF_PLACE,
        says=("points to a URL",),
    ),
    Case("ref-file-url", with_ref("file:///etc/passwd"), curated=True, place=REF_PLACE, says=("points to a URL",)),
    Case(
        "ref-absolute-path",
        with_ref("/etc/hostname#/x"),
        commands=LINTING,
        place=REF_PLACE,
        says=("is an absolute path",),
    ),
    Case("ref-protocol-relative", with_ref("//example.com/thing.yaml"), place=REF_PLACE, says=("points to a URL",)),
    Case(
        "ref-dotdot-outside",
        with_ref(f"../../../{OUTSIDE}"),
        files={OUTSIDE: OUTSIDE_TEXT},
        commands=LINTING,
        place=REF_PLACE,
        says=("leads outside the API folder 'tiny'",),
    ),
    Case(
        "ref-symlink-outside",
        with_ref("schemas/link.yaml"),
        files={OUTSIDE: OUTSIDE_TEXT},
        links={"specs/tiny/sources/schemas/link.yaml": OUTSIDE},
        commands=LINTING,
        place=REF_PLACE,
        says=("leads outside the API folder",),
    ),
    Case(
        "ref-missing-local",
        with_ref("#/components/schemas/Thin"),
        commands=LINTING,
        place=REF_PLACE,
        says=("points to nothing", "did you mean '#/components/schemas/Thing'"),
    ),
    Case("ref-missing-file", with_ref("schemas/nope.yaml"), place=REF_PLACE, says=("file that does not exist",)),
    Case(
        "ref-missing-pointer-in-file",
        with_ref("schemas/thing.yaml#/definitions/Nope"),
        files={THING: THING_TEXT},
        place=REF_PLACE,
        says=("points to nothing", "thing.yaml has no"),
    ),
    Case(
        "ref-url-inside-bundled-file",
        with_ref("schemas/thing.yaml"),
        files={THING: THING_TEXT + "  owner:\n    $ref: 'https://example.com/owner.json'\n"},
        file="sources/schemas/thing.yaml",
        place="/properties/owner/$ref",
        says=("points to a URL",),
    ),
    Case(
        "ref-cycle-across-files",
        with_ref("schemas/a.yaml"),
        files={
            "specs/tiny/sources/schemas/a.yaml": "$ref: b.yaml\n",
            "specs/tiny/sources/schemas/b.yaml": "$ref: a.yaml\n",
        },
        file=CURATED,
        says=("cycle of references with nothing else in it",),
    ),
    Case(
        "ref-not-a-string",
        spec_with(SCHEMA_REF, "$ref: [1, 2]"),
        place=REF_PLACE,
        says=("expected a string (a JSON reference), found a list",),
    ),
    # --- budgets --------------------------------------------------------------------------------------
    Case("alias-bomb", alias_bomb(), commands=LINTING, says=("an alias bomb?",)),
    Case(
        "aliases-just-over-budget",
        aliases_just_over_budget(),
        place=lambda page: f"{page_line(page, 'x-uses:')}:",
        says=(f"{MAX_ALIAS_EXPANSION + 1000:,}",),
    ),
    Case(
        "alias-recursive",
        TINY_SPEC + "x-loop: &loop [1, *loop]\n",
        place=lambda page: f"{page_line(page, 'x-loop')}:",
        says=("recursive structure",),
    ),
    Case(
        "schema-10000-deep-flow",
        TINY_SPEC + "    Deep: " + '{"items": ' * 10_000 + "{}" + "}" * 10_000 + "\n",
        commands=LINTING,
        place=lambda page: f"{page_line(page, 'Deep:')}:",
        says=(f"deeper than {MAX_NESTING}",),
    ),
    Case(
        "lists-100000-deep-flow",
        TINY_SPEC + "x-deep: " + "[" * 100_000 + "]" * 100_000 + "\n",
        place=lambda page: f"{page_line(page, 'x-deep')}:",
        says=("nesting budget",),
    ),
    Case(
        "schema-deep-block",
        deep_block_schema(MAX_NESTING),
        place=lambda page: f"{page_line(page, f'title: level-{MAX_NESTING - 3}')}:",
        says=("nesting budget",),
    ),
    # --- encodings and binary files --------------------------------------------------------------------
    Case(
        "non-utf8",
        source=page_export(spec_with("Get a thing", "Get a caf\udce9")).encode("utf-8", "surrogateescape"),
        place=lambda page: f"page.md:{page_line(page, 'summary:')}:",
        says=("not UTF-8: byte 0xe9",),
    ),
    Case(
        "binary-nul",
        source=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        place="page.md:3:1",
        says=("binary", "NUL byte at byte offset 8"),
    ),
    Case("utf16-bom", source=page_export(TINY_SPEC).encode("utf-16"), place="page.md:1", says=("UTF-16",)),
    # --- shapes where later stages index -------------------------------------------------------------
    Case(
        "info-string",
        spec_with("info:\n  title: Tiny\n  version: '1.0'\n", "info: x\n"),
        place="/info",
        says=("expected an Info object, found a string ('x')",),
    ),
    Case(
        "paths-list",
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: []\n",
        commands=LINTING,
        place="/paths",
        says=("expected a mapping of paths to Path Item objects, found a list",),
    ),
    Case(
        "paths-null",
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n",
        place="/paths",
        says=("found nothing (null)",),
    ),
    Case(
        "path-item-list",
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /things: [get]\n",
        place="/paths/~1things",
        says=("expected a Path Item object",),
    ),
    Case(
        "operation-string",
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /things:\n    get: list them\n",
        place="/paths/~1things/get",
        says=("expected an Operation object",),
    ),
    Case(
        "responses-list",
        spec_with("      responses:\n        '200':", "      responses:\n        - '200':"),
        place=f"{OPERATION}/responses",
        says=("a mapping of status codes to Response objects",),
    ),
    Case(
        "parameters-mapping",
        spec_with("      parameters:\n        - name", "      parameters:\n          name"),
        place=f"{OPERATION}/parameters",
        says=("expected a list of Parameter objects",),
    ),
    Case(
        "parameter-without-name",
        spec_with("        - name: thingId\n", "        - description: x\n"),
        place=f"{OPERATION}/parameters/0/name",
        says=("'name' field is required",),
    ),
    Case(
        "components-schemas-list",
        spec_with("  schemas:\n    Thing:", "  schemas:\n    - Thing:"),
        place="/components/schemas",
        says=("expected a mapping of names to Schema objects",),
    ),
    Case(
        "properties-string",
        spec_with(
            "      properties:\n        id:\n          type: integer\n        name:\n          type: string\n",
            "      properties: id and name\n",
        ),
        place="/components/schemas/Thing/properties",
        says=("found a string ('id and name')",),
    ),
    Case(
        "every-shape-problem-at-once",
        spec_with("info:\n  title: Tiny\n  version: '1.0'\n", "info: [x]\n").replace(
            "  schemas:\n    Thing:", "  schemas:\n    - Thing:"
        ),
        place="/info",
        says=("/components/schemas",),
    ),
    Case(
        "every-lint-error-at-once",
        with_ref("#/components/schemas/Missing").replace(
            "type: integer\n        name:", "type: integer\n          format: int3é\n        name:"
        ),
        place=REF_PLACE,
        says=(
            "the curated spec does not lint clean (2 error(s))",
            "/components/schemas/Thing/properties/id/format",
            "unknown format 'int3é'",
            "use format 'int32'",
        ),
    ),
    Case("yaml-top-level-list", "- openapi\n- 3.1.0\n", place=str(YAML_START), says=("it holds a list",)),
    Case("yaml-scalar", "just some words\n", place=str(YAML_START), says=("it holds a string",)),
    Case(
        "duplicate-keys",
        TINY_SPEC + "info:\n  title: Again\n",
        place=lambda page: f"{page_line(page, 'title: Again') - 1}:",
        says=("duplicate key", "keep one of the two"),
    ),
    Case(
        "malformed-yaml",
        spec_with("  title: Tiny", "  title: Tiny: x"),
        place=f"page.md:{YAML_START + 2}:14",
        says=("malformed YAML: mapping values are not allowed",),
    ),
    Case(
        "unclosed-fence",
        source=page_export(TINY_SPEC).rstrip("`\n").encode(),
        place="page.md:7",
        says=("never closed",),
    ),
    Case(
        "openapi-2-in-the-page",
        spec_with("openapi: 3.1.0", "openapi: 2.0"),
        place="/openapi",
        says=("unsupported OpenAPI version '2.0'",),
    ),
    Case(
        "swagger-2-document",
        "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n",
        place=str(YAML_START),
        says=("no 'openapi' key",),
    ),
    # --- what openapi-spec-validator finds, at a precise place ------------------------------------------
    Case(
        "validator-error-has-a-precise-place",
        spec_with("          description: The thing\n", ""),
        commands=IMPORTING,
        place=f"{OPERATION}/responses/200",
        says=("'description' is a required property",),
    ),
    Case(
        "validator-path-parameter",
        spec_with("        - name: thingId\n", "        - name: otherId\n"),
        place=OPERATION,
        says=("path parameter 'otherId' is declared but the path has no such placeholder",),
    ),
]


def prepare(space: Scratch, case: Case) -> str:
    """The scratch API for `case`; returns the source page's text."""
    folder = space.api(page=case.page())
    page = case.page()
    if case.source is not None:
        (folder / "sources" / "page.md").write_bytes(case.source)
        page = case.source.decode("utf-8", "replace")
    for name, text in case.files.items():
        path = space.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for name, target in case.links.items():
        link = space.root / name
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(space.root / target)
    if case.curated:  # a hand-edited committed spec: `lint` and `generate` read it
        (folder / "openapi.yaml").write_text(case.spec or TINY_SPEC, encoding="utf-8")
    return page


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_input_is_refused(tmp_path: Path, case: Case) -> None:
    space = scratch(tmp_path)
    page = prepare(space, case)
    before = space.outputs()
    place = case.place(page) if callable(case.place) else case.place
    for command in case.commands:
        result = space.run(*command, timeout=120)
        assert_refused(result, space, before, file=case.file, place=place, says=case.says)
    if case.curated:
        result = space.run("lint", timeout=120)
        assert_refused(result, space, before, file=CURATED, place=place, says=case.says)
        result = space.run("generate", timeout=120)
        assert_refused(result, space, before, file=CURATED, place=place, says=case.says)


def test_an_alias_bomb_names_the_line_of_an_offending_alias(tmp_path: Path) -> None:
    space = scratch(tmp_path)
    page = page_export(alias_bomb())
    space.api(page=page)
    before = space.outputs()
    result = space.run("regenerate", timeout=120)
    assert_refused(result, space, before, file=PAGE, says=("alias bomb",))
    line, column = map(int, re.search(r"page\.md:(\d+):(\d+):", result.stderr).groups())  # type: ignore[union-attr]
    assert page.splitlines()[line - 1][column - 1] == "*", "the place is not an alias"


def test_an_oversized_source_names_the_line_where_the_budget_runs_out(tmp_path: Path) -> None:
    space = scratch(tmp_path)
    page = page_export(TINY_SPEC) + ("x" * 99 + "\n") * (MAX_SOURCE_BYTES // 100 + 10)
    space.api(page=page)
    before = space.outputs()
    result = space.run("regenerate", timeout=120)
    line = page.encode()[:MAX_SOURCE_BYTES].count(b"\n") + 1
    assert_refused(result, space, before, file=PAGE, place=f"page.md:{line}:", says=("over the budget",))


def test_every_broken_source_is_reported_at_once(tmp_path: Path) -> None:
    space = scratch(tmp_path)
    folder = space.api(page=page_export(spec_with("info:\n  title: Tiny\n  version: '1.0'\n", "info: x\n")))
    (folder / "sources" / "other.md").write_bytes(b"caf\xe9\n")
    (folder / "api.toml").write_text(
        (folder / "api.toml")
        .read_text()
        .replace(
            'format = "mintlify-export"\n',
            'format = "mintlify-export"\n\n[[sources]]\npath = "sources/other.md"\nformat = "mintlify-export"\n',
        )
    )
    before = space.outputs()
    result = space.run("regenerate", timeout=120)
    assert_refused(result, space, before, file=PAGE, place="/info", says=("sources/other.md:1:4", "not UTF-8"))


def test_lint_reports_every_file_given(tmp_path: Path) -> None:
    space = scratch(tmp_path)
    space.api()
    (space.root / "one.yaml").write_text(spec_with("info:\n  title: Tiny\n  version: '1.0'\n", "info: x\n"))
    (space.root / "two.yaml").write_bytes(b"\xff\xfe")
    before = space.outputs()
    result = space.run("lint", "--file", "one.yaml", "--file", "two.yaml", timeout=120)
    assert_refused(result, space, before, file="one.yaml:/info", says=("two.yaml:1", "UTF-16", "2 error(s)"))


# --- diff OLD NEW names the file at fault ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "blamed", "says"),
    [
        (b"openapi: 3.1.0\ninfo: caf\xe9\n", TINY_SPEC.encode(), ("old.yaml",), "not UTF-8"),
        (b"- a list\n", TINY_SPEC.encode(), ("old.yaml",), "not an OpenAPI document"),
        (TINY_SPEC.encode(), spec_with(SCHEMA_REF, "$ref: 'http://example.com/x'").encode(), ("new.yaml",), "URL"),
        (b"paths: []\nopenapi: 3.1.0\n", b"\x00binary", ("old.yaml", "new.yaml"), "binary"),
    ],
    ids=["old-not-utf8", "old-a-list", "new-remote-ref", "both-broken"],
)
def test_diff_names_the_file_at_fault(
    tmp_path: Path, old: bytes, new: bytes, blamed: tuple[str, ...], says: str
) -> None:
    space = scratch(tmp_path)
    space.api()
    (space.root / "old.yaml").write_bytes(old)
    (space.root / "new.yaml").write_bytes(new)
    before = space.outputs()
    result = space.run("diff", "old.yaml", "new.yaml", timeout=120)
    assert_refused(result, space, before, file=blamed[0], says=(says, *blamed))
    for innocent in {"old.yaml", "new.yaml"} - set(blamed):
        assert innocent not in result.stderr, result.stderr


# --- what the refusals must not break -------------------------------------------------------------------


def test_a_relative_ref_inside_the_api_folder_is_bundled(tmp_path: Path) -> None:
    space = scratch(tmp_path)
    folder = space.api(page=page_export(with_ref("schemas/thing.yaml").split("components:")[0]))
    schemas = folder / "sources" / "schemas"
    schemas.mkdir()
    (schemas / "thing.yaml").write_text(THING_TEXT + "  tags:\n    type: array\n    items:\n      $ref: 'tag.yaml'\n")
    (schemas / "tag.yaml").write_text("type: object\nproperties:\n  label:\n    type: string\n")
    result = space.run("regenerate", timeout=120)
    assert result.returncode == 0, result.stderr
    assert_no_side_effects(space)
    curated = (folder / "openapi.yaml").read_text()
    assert "$ref: '#/components/schemas/thing'" in curated
    assert "$ref: '#/components/schemas/tag'" in curated
    models = space.root / "generated" / "tiny-client" / "tiny_client" / "models"
    assert "class Thing" in (models / "thing.py").read_text()
    assert "class Tag" in (models / "tag.py").read_text()


def test_anchors_and_aliases_within_budget_still_work(tmp_path: Path) -> None:
    spec = (
        spec_with("          description: The thing\n", "          description: &found The thing\n")
        .replace("        id:\n          type: integer\n", "        id: &integer\n          type: integer\n")
        .replace(
            "        name:\n          type: string\n", "        name:\n          type: string\n        size: *integer\n"
        )
    )
    space = scratch(tmp_path)
    folder = space.api(page=page_export(spec + "x-found: *found\n"))
    result = space.run("regenerate", timeout=120)
    assert result.returncode == 0, result.stderr
    assert_no_side_effects(space)
    curated = (folder / "openapi.yaml").read_text()
    assert "size:\n          type: integer" in curated
    assert "x-found: The thing" in curated


def test_nesting_right_at_the_budget_goes_through_the_whole_pipeline(tmp_path: Path) -> None:
    """The deepest document the budget allows is validated, normalized and rendered without recursion
    trouble (the validators recurse ~12 frames a level)."""
    space = scratch(tmp_path)
    space.api(page=page_export(deep_block_schema(MAX_NESTING - 4)))  # root, components, schemas, Deep: 4 levels
    result = space.run("regenerate", timeout=300)
    assert result.returncode == 0, result.stderr + result.stdout
    assert_no_side_effects(space)


def test_a_source_outside_the_api_folder_is_not_read(tmp_path: Path) -> None:
    space = scratch(tmp_path)
    (space.root / "elsewhere.md").write_text(page_export(TINY_SPEC))
    space.api(api_toml=API_TOML.format(name="tiny").replace("sources/page.md", "../../elsewhere.md"))
    before = space.outputs()
    result = space.run("regenerate", timeout=120)
    assert_refused(
        result, space, before, file="specs/tiny/api.toml", place="[[sources]] #1 path", says=("outside the API folder",)
    )


def test_a_misshapen_second_block_of_a_page_is_refused_before_merging(tmp_path: Path) -> None:
    second = "openapi: 3.1.0\ninfo: {title: Tiny, version: '1.0'}\npaths: [oops]\n"
    space = scratch(tmp_path)
    space.api(page=page_export(TINY_SPEC) + "\nMore text.\n\n" + page_export(second))
    before = space.outputs()
    result = space.run("regenerate", timeout=120)
    assert_refused(result, space, before, file=PAGE, place="/paths", says=("expected a mapping of paths",))
