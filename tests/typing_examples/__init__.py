"""Typing examples: code mypy --strict checks (`nox -s typecheck`) and nothing runs. `assert_type` fails the check
when a type changes; a `# type: ignore[...]` fails it (as unused, under --strict) when a call it marks is accepted."""
