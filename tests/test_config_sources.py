"""Sources named by glob in api.toml: order, containment and per-source settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.config import load_api
from generator.errors import SpecFoundryError
from generator.importers import KNOWN_FORMATS

HEAD = '[api]\nname = "vendor"\n\n[[targets]]\nkind = "client"\npackage = "vendor-client"\n\n'


def folder_with(tmp_path: Path, sources: str, files: tuple[str, ...]) -> Path:
    folder = tmp_path / "specs" / "vendor"
    for name in files:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("# a section\n", encoding="utf-8")
    (folder / "api.toml").write_text(HEAD + sources, encoding="utf-8")
    return folder


def relative(folder: Path, paths: list[Path]) -> list[str]:
    return [path.relative_to(folder).as_posix() for path in paths]


FILES = ("sources/zones.md", "sources/00-overview.md", "sources/Beta.md", "sources/alpha.md", "sources/notes.txt")


def test_glob_order_is_first_then_sorted_by_path(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, '[[sources]]\nglob = "sources/*.md"\nformat = "widdershins"\n', FILES)
    api = load_api(folder, KNOWN_FORMATS)
    # codepoint order of the path relative to the API folder: digits, then capitals, then lowercase
    assert relative(folder, [s.path for s in api.sources]) == [
        "sources/00-overview.md",
        "sources/Beta.md",
        "sources/alpha.md",
        "sources/zones.md",
    ]
    assert {s.format for s in api.sources} == {"widdershins"}
    folder = folder_with(
        tmp_path,
        '[[sources]]\nglob = "sources/*.md"\nformat = "widdershins"\nfirst = ["sources/zones.md"]\n',
        FILES,
    )
    assert relative(folder, [s.path for s in load_api(folder, KNOWN_FORMATS).sources])[:2] == [
        "sources/zones.md",
        "sources/00-overview.md",
    ]


def test_a_named_source_keeps_its_glob_place_and_gets_its_own_settings(tmp_path: Path) -> None:
    sources = (
        '[[sources]]\nglob = "sources/*.md"\nformat = "widdershins"\nschema_names = { A = "B" }\n\n'
        '[[sources]]\npath = "sources/alpha.md"\nformat = "widdershins"\nschema_names = { Item = "AlphaItem" }\n'
    )
    folder = folder_with(tmp_path, sources, FILES)
    api = load_api(folder, KNOWN_FORMATS)
    names = relative(folder, [s.path for s in api.sources])
    assert names == ["sources/00-overview.md", "sources/Beta.md", "sources/alpha.md", "sources/zones.md"]
    assert api.sources[2].options == {"schema_names": {"Item": "AlphaItem"}}  # the named entry's settings win
    assert api.sources[0].options == {"schema_names": {"A": "B"}}


@pytest.mark.parametrize(
    ("sources", "place", "says"),
    [
        ('glob = "../*.md"', "[[sources]] #1 glob", "does not stay inside the API folder"),
        ('glob = "/etc/*"', "[[sources]] #1 glob", "does not stay inside the API folder"),
        ('glob = "sources/*.yaml"', "[[sources]] #1 glob", "matches no file"),
        ('glob = "sources/*.md"\npath = "sources/alpha.md"', "[[sources]] #1", "both glob and path"),
        ('glob = "sources/*.md"\nfirst = ["sources/notes.txt"]', "[[sources]] #1 first", "not matched by the glob"),
    ],
)
def test_a_bad_glob_is_one_clear_error(tmp_path: Path, sources: str, place: str, says: str) -> None:
    folder = folder_with(tmp_path, f'[[sources]]\n{sources}\nformat = "widdershins"\n', FILES)
    with pytest.raises(SpecFoundryError) as raised:
        load_api(folder, KNOWN_FORMATS)
    assert raised.value.place == place and says in raised.value.message
    assert raised.value.fix


def test_a_glob_match_linking_out_of_the_api_folder_is_refused(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, '[[sources]]\nglob = "sources/*.md"\nformat = "widdershins"\n', FILES)
    secret = tmp_path / "secret.md"
    secret.write_text("not the vendor's\n", encoding="utf-8")
    os.symlink(secret, folder / "sources" / "leak.md")
    with pytest.raises(SpecFoundryError) as raised:
        load_api(folder, KNOWN_FORMATS)
    assert "outside the API folder" in raised.value.message and raised.value.place == "[[sources]] #1 glob"


def test_a_named_source_with_another_format_than_its_glob_is_refused(tmp_path: Path) -> None:
    sources = (
        '[[sources]]\nglob = "sources/*.md"\nformat = "widdershins"\n\n'
        '[[sources]]\npath = "sources/alpha.md"\nformat = "mintlify-export"\n'
    )
    with pytest.raises(SpecFoundryError) as raised:
        load_api(folder_with(tmp_path, sources, FILES), KNOWN_FORMATS)
    assert "matched by a glob with format 'widdershins'" in raised.value.message
