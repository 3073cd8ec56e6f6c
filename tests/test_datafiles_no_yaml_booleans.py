"""No word list in a packaged data file holds a YAML 1.1 boolean (on/off/no/yes read as bool),
and no mapping gives a key twice."""

from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent.parent / "src" / "storyline" / "data"


def _lists_with_booleans(node: object, path: str) -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _lists_with_booleans(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            if isinstance(item, bool):
                found.append(f"{path}[{index}]")
            else:
                found += _lists_with_booleans(item, f"{path}[{index}]")
    return found


def test_datafiles_word_lists_hold_no_booleans() -> None:
    bad = []
    for file in sorted(DATA.glob("*.yaml")):
        bad += [
            f"{file.name}{where}"
            for where in _lists_with_booleans(yaml.safe_load(file.read_text(encoding="utf-8")), "")
        ]
    assert bad == [], f"quote these words: {bad}"


class _NoDuplicateKeys(yaml.SafeLoader):
    """A loader that records mapping keys given twice (YAML keeps only the last silently)."""

    duplicates: list[str] = []

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                self.duplicates.append(f"line {key_node.start_mark.line + 1}: {key}")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def test_datafiles_give_no_key_twice() -> None:
    bad = []
    for file in sorted(DATA.glob("*.yaml")):
        _NoDuplicateKeys.duplicates = []
        yaml.load(file.read_text(encoding="utf-8"), Loader=_NoDuplicateKeys)  # noqa: S506
        bad += [f"{file.name} {d}" for d in _NoDuplicateKeys.duplicates]
    assert bad == []
