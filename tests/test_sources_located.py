"""JSON objects stamped with their line: braces and escaped quotes inside strings do not count."""

from __future__ import annotations

from pathlib import Path

from scholargraph.sources.located import Located, load_json


def test_objects_know_their_line_whatever_their_strings_hold(tmp_path: Path) -> None:
    path = tmp_path / "tricky.json"
    path.write_text(
        "[\n"  # line 1
        '  {"title": "a } brace and a \\" quote {", "n": 1},\n'  # line 2
        '  {"title": "\\\\", "inner":\n'  # line 3: a string that is one backslash
        '    {"x": "}}}"}},\n'  # line 4: the inner object
        "\n"
        '  {"last": true}\n'  # line 6
        "]\n"
    )
    first, second, third = load_json(path, "tricky.json")
    assert first == {"title": 'a } brace and a " quote {', "n": 1} and first.line == 2
    assert second.line == 3 and second["inner"].line == 4 and second["inner"] == {"x": "}}}"}
    assert third.line == 6
    assert all(isinstance(item, Located) for item in (first, second, third, second["inner"]))
