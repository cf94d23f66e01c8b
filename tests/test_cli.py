"""The command line: help everywhere, quick start, exit codes (STYLE.md "CLI")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from warta.cli import main

COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


def test_help_does_not_import_heavy_libraries() -> None:
    """`warta --help` and `warta validate --help` must start fast (issue 7)."""
    code = (
        "import sys\n"
        "from warta.cli import main\n"
        "try:\n"
        "    main(['validate', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = [m for m in ('datasets', 'spacy', 'pyarrow', 'pandas', 'frictionless')"
        " if m in sys.modules]\n"
        "print('HEAVY=' + ','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "HEAVY="


def test_usage_error_exits_2() -> None:
    result = CliRunner().invoke(main, ["build", "--jobs", "0"])
    assert result.exit_code == 2


def test_missing_raw_dir_is_a_clean_failure(tmp_path: object) -> None:
    result = CliRunner().invoke(main, ["build", "/nonexistent/raw", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "not a directory" in result.output


def test_eval_of_a_broken_gold_file_names_the_line(tmp_path: Path) -> None:
    """Every task's reader shares one JSONL reader: a bad line is a clean error, exit 2."""
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "x", "entities": []}\n{broken\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold)])
    assert result.exit_code == 2
    assert "gold.jsonl line 2: a JSON object" in result.output
