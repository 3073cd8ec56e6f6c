from pathlib import Path

from click.testing import CliRunner

from storyline.cli import main
from storyline.cli_reference import cli_reference

README = Path(__file__).resolve().parent.parent / "README.md"


def test_cli_reference_in_readme_matches_help() -> None:
    assert cli_reference() in README.read_text(encoding="utf-8"), (
        "README CLI reference is stale: run python scripts/update_cli_reference.py"
    )


def test_cli_every_command_has_help() -> None:
    runner = CliRunner()
    for name in main.list_commands(None):
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert len(main.get_command(None, name).help or "") > 10, name
