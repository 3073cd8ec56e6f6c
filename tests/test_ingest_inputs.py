import json
from pathlib import Path

from storyline.ingest import decode_bytes, read_inputs
from storyline.records import RawDocument, Skipped


def _items(paths):
    items = list(read_inputs(paths))
    return [i for i in items if isinstance(i, RawDocument)], [
        i for i in items if isinstance(i, Skipped)
    ]


def test_ingest_folder_yields_text_and_html_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second story body.\n", encoding="utf-8")
    (tmp_path / "a.html").write_text("<html><body><p>First.</p></body></html>", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y\n", encoding="utf-8")
    docs, skipped = _items([tmp_path])
    assert [Path(d.source).name for d in docs] == ["a.html", "b.txt"]
    assert [d.format for d in docs] == ["html", "text"]
    assert skipped == []


def test_ingest_jsonl_bad_line_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [
        json.dumps(
            {
                "url": "https://example.org/1",
                "title": "One",
                "published": "2019-02-28",
                "text": "The envoys met again.",
            }
        ),
        "{not json",
        json.dumps({"title": "No body"}),
        json.dumps({"html": "<html><body><p>Two.</p></body></html>"}),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    docs, skipped = _items([path])
    assert len(docs) == 2
    assert docs[0].meta["published"] == "2019-02-28"
    assert docs[0].source.endswith("feed.jsonl#L1")
    assert docs[1].format == "html"
    assert [(s.source.split("#")[1], s.code) for s in skipped] == [("L2", "E006"), ("L3", "E002")]


def test_ingest_binary_empty_and_unsupported_inputs_are_reported(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    odd = tmp_path / "sheet.xlsx"
    odd.write_bytes(b"PK")
    missing = tmp_path / "nowhere.txt"
    docs, skipped = _items([tmp_path / "blob.txt", tmp_path / "empty.txt", odd, missing])
    assert docs == []
    assert [s.code for s in skipped] == ["E003", "E002", "E013", "E001"]


def test_ingest_oversized_file_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    items = list(read_inputs([path], max_bytes=100))
    assert len(items) == 1 and isinstance(items[0], Skipped) and items[0].code == "E004"


def test_ingest_decodes_legacy_encodings_and_bom() -> None:
    assert decode_bytes("Caf\u00e9 talks resumed.".encode("cp1252")).startswith("Caf\u00e9")
    assert decode_bytes(b"\xef\xbb\xbfHello\r\nworld") == "Hello\nworld"


def test_ingest_jsonl_text_with_lone_surrogates_and_nul_is_made_safe(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text('{"text": "Envoys\\u0000 met \\ud800 again.", "title": "\\udfff"}\n', "utf-8")
    (doc,) = read_inputs([path])
    assert doc.raw == "Envoys met ? again." and doc.meta["title"] == "?"
    doc.raw.encode("utf-8")


def test_ingest_stdin_dash_is_an_input_path(monkeypatch) -> None:
    import io
    import sys

    class FakeStdin:
        buffer = io.BufferedReader(io.BytesIO(b'{"text": "Piped story."}\n'))

    monkeypatch.setattr(sys, "stdin", FakeStdin)
    (doc,) = read_inputs(["-"])
    assert doc.source == "<stdin>#L1" and doc.raw == "Piped story."
