"""`diff OLD NEW` on pairs of real published specs nobody here wrote (../shared/corpus/openapi-realworld/):
every pair gets a report or one clear refusal naming its file, never an internal error, and every spec
compared with itself reports nothing."""

from __future__ import annotations

from generator.errors import SpecFoundryError
from generator.release.diff import diff_files
from tests.conftest import SHARED

CORPUS = SHARED / "corpus" / "openapi-realworld"
DOCUMENTS = sorted(CORPUS.rglob("*.json"))


def test_the_corpus_is_there() -> None:
    assert len(DOCUMENTS) >= 40
    assert any(path.name.startswith("3.1-") for path in DOCUMENTS)


def test_every_pair_gets_a_report_or_a_clear_refusal() -> None:
    """Each document against the next three: 3.0 against 3.1, small against large, unrelated APIs."""
    reported, crashes, unclear = 0, [], []
    for index, old in enumerate(DOCUMENTS):
        for new in DOCUMENTS[index + 1 : index + 4]:
            try:
                reports = diff_files(old, new, None)
            except SpecFoundryError as error:
                if old.name not in error.render() and new.name not in error.render():
                    unclear.append((old.name, new.name, error.render()))
                continue
            except Exception as error:  # the point: nothing else escapes
                crashes.append((old.name, new.name, repr(error)))
                continue
            assert len(reports) == 1 and reports[0].python_impact_note
            reported += 1
    assert crashes == [] and unclear == []
    assert reported >= 100


def test_a_spec_compared_with_itself_has_no_changes() -> None:
    for path in DOCUMENTS:
        try:
            reports = diff_files(path, path, None)
        except SpecFoundryError as error:
            assert path.name in error.render() and "openapi" in error.render()  # Swagger 2.0 files
            continue
        assert reports[0].changes == (), path.name


def test_swagger_2_is_refused_naming_the_file() -> None:
    swagger = CORPUS / "readme-oas-examples" / "2.0-petstore-simple.json"
    modern = CORPUS / "readme-oas-examples" / "3.0-callbacks.json"
    try:
        diff_files(modern, swagger, None)
    except SpecFoundryError as error:
        text = error.render()
        assert "2.0-petstore-simple.json" in text and "3.0-callbacks.json" not in text
    else:
        raise AssertionError("a Swagger 2.0 file was compared")
