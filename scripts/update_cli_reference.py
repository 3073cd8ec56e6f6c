"""Regenerate the CLI reference block in README.md from the commands' --help."""

from pathlib import Path

from storyline.cli_reference import cli_reference, replace_block

readme = Path(__file__).resolve().parent.parent / "README.md"
readme.write_text(
    replace_block(readme.read_text(encoding="utf-8"), cli_reference()), encoding="utf-8"
)
print(f"updated {readme}")
