"""Markdown reference of every CLI command, generated from the commands' own --help."""

from __future__ import annotations

import click

from storyline.cli import main

START = "<!-- cli-reference:start -->"
END = "<!-- cli-reference:end -->"


def cli_reference() -> str:
    """The CLI reference block (between the markers) as it should stand in the README."""
    parts = [START, ""]
    root = main.make_context("storyline", [], resilient_parsing=True)
    for name in sorted(main.list_commands(root)):
        command = main.get_command(root, name)
        ctx = click.Context(
            command, info_name=name, parent=root, terminal_width=100, max_content_width=100
        )
        parts += [f"### `storyline {name}`", "", "```", command.get_help(ctx).rstrip(), "```", ""]
    parts.append(END)
    return "\n".join(parts)


def replace_block(text: str, block: str) -> str:
    """``text`` with its reference block swapped for ``block``."""
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    return head + block + tail
