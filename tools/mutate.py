"""Mutation check: do the tests guard what the pages say?

    python tools/mutate.py                          # every snippet
    python tools/mutate.py pymotw/exit_codes.py     # one snippet (or several)
    python tools/mutate.py pymotw/exit_codes.py --list -v   # the mutations, not run
    python tools/mutate.py --floor 90               # exit 1 below 90 % killed (CI)

Each snippet is read with ``ast`` and changed in ways that break the lesson
its page teaches (a ``join()`` removed, two durations swapped, a smaller pool,
``daemon`` flipped, ...; see OPERATORS), plus the lesson mutations that
``tests/mutations.toml`` names for it. Every mutation is applied to a
throw-away copy of the project (snippets/, tests/, tools/, pytest.ini, pythons.txt, requirements.txt), never
to the checkout, and the snippet's own tests run there: the mirrored
``tests/<topic>/test_<name>.py`` and any test file naming the snippet (or a
snippet that imports it), with a throw-away snippet cache. A failing test
kills the mutation. When the tests pass, the mutated snippet runs once under
each start method and its output is compared with unmutated runs (pids
masked, lines sorted, times compared with a margin, what varies between
unmutated runs ignored; see "comparing outputs"): unchanged output is
reported apart as "equivalent here", changed output is a survivor, printed
with the page sentence it threatens.

A snippet whose tests already fail unmutated is reported, not judged.
Mutations of ``alone`` snippets (they measure the machine) are left out
unless ``--alone`` is given; they then run one at a time, after the others.
"""

from __future__ import annotations

import argparse
import ast
import concurrent.futures
import contextlib
import dataclasses
import difflib
import itertools
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import tomllib
from pathlib import Path
from typing import Callable, Iterator

sys.dont_write_bytecode = True  # importing the tools must not write __pycache__ into the checkout

import snippet_runner as runner  # noqa: E402

from mkdocs_hooks import BLOCK  # noqa: E402  (how pages name a snippet)
from varies import varying  # noqa: E402  (lines that differ from run to run by design)

PROJECT = runner.PROJECT
REGISTRY = Path("tests") / "mutations.toml"
COPIED = ("snippets", "tests", "tools", "pytest.ini", "pythons.txt", "requirements.txt")  # what the snippet tests need
SNIPPET_NAME = re.compile(r'"((?:[\w-]+/)+[\w-]+\.py)"')  # as tests name snippets: run("topic/name.py", ...)
MAIN_GUARD = "drop-main-guard"  # the one operator that applies to nearly every snippet


# -- reading and editing source by position -----------------------------------


@dataclasses.dataclass(frozen=True)
class Edit:
    """Replace source bytes [start, end) with text. ast gives columns in UTF-8 bytes."""

    start: int
    end: int
    text: str


class Source:
    def __init__(self, text: str):
        self.text = text
        self.data = text.encode()
        self.tree = ast.parse(text)
        self.line_starts = [0]
        for line in self.data.splitlines(keepends=True):
            self.line_starts.append(self.line_starts[-1] + len(line))

    def at(self, lineno: int, col: int) -> int:
        return self.line_starts[lineno - 1] + col

    def start(self, node: ast.AST) -> int:
        return self.at(node.lineno, node.col_offset)

    def end(self, node: ast.AST) -> int:
        return self.at(node.end_lineno, node.end_col_offset)

    def segment(self, node: ast.AST) -> str:
        return self.data[self.start(node):self.end(node)].decode()

    def line_end(self, lineno: int) -> int:
        """Offset of the newline ending this line (or of the end of the file)."""
        line = self.data[self.line_starts[lineno - 1]:self.line_starts[lineno]]
        return self.line_starts[lineno - 1] + len(line.rstrip(b"\r\n"))

    def replace(self, node: ast.AST, text: str) -> Edit:
        return Edit(self.start(node), self.end(node), text)

    def apply(self, edits: tuple[Edit, ...]) -> str:
        data = self.data
        for edit in sorted(edits, key=lambda e: e.start, reverse=True):
            data = data[: edit.start] + edit.text.encode() + data[edit.end:]
        return data.decode()

    def unwrap(self, block: ast.stmt, body: list[ast.stmt]) -> Edit | None:
        """The block's header line removed and its body moved one level out."""
        if body[0].lineno == block.lineno:  # `with lock: x()` on one line
            return None
        lines = self.data[self.line_starts[block.lineno]:self.line_starts[block.end_lineno]].decode().splitlines(keepends=True)
        shift = body[0].col_offset - block.col_offset
        moved = "".join(line[shift:] if line[:shift].strip() == "" else line for line in lines)
        return Edit(self.line_starts[block.lineno - 1], self.line_starts[block.end_lineno], moved)


def dotted(node: ast.AST) -> str:
    """``time.sleep`` for the function of time.sleep(...); '' when not a plain name."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = dotted(node.value)
        return f"{inner}.{node.attr}" if inner else f"?.{node.attr}"
    return ""


def method_call(stmt: ast.AST, names: set[str]) -> ast.Call | None:
    """The call if ``stmt`` is a statement like ``x.join()`` with a method in ``names``."""
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        func = stmt.value.func
        if isinstance(func, ast.Attribute) and func.attr in names and not isinstance(func.value, ast.Constant):
            return stmt.value
    return None


def statements(tree: ast.AST) -> Iterator[list[ast.stmt]]:
    """Every list of statements (module, function, loop and if bodies, ...)."""
    for node in ast.walk(tree):
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
                yield block
        for handler in getattr(node, "handlers", []):
            yield handler.body


def is_number(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) in (int, float)


# -- the generic operators ------------------------------------------------------
# Each yields (line, what it does, edits); line is where a reader finds the change.

Found = Iterator[tuple[int, str, tuple[Edit, ...]]]


def remove_join(src: Source) -> Found:
    """A ``join()`` call removed: the program no longer waits there."""
    for node in ast.walk(src.tree):
        call = method_call(node, {"join"})
        if call:
            yield node.lineno, f"{src.segment(call)} removed", (src.replace(node, "pass"),)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            call = method_call(ast.Expr(node.value), {"join"})
            if call:
                yield node.lineno, f"{src.segment(call)} not called (None instead)", (src.replace(call, "None"),)


def drop_start(src: Source) -> Found:
    """A ``start()`` call removed: the process never runs."""
    for node in ast.walk(src.tree):
        call = method_call(node, {"start"})
        if call and not call.args:
            yield node.lineno, f"{src.segment(call)} removed", (src.replace(node, "pass"),)


def drop_terminate(src: Source) -> Found:
    """A ``terminate()`` or ``kill()`` call removed: the process is left to run."""
    for node in ast.walk(src.tree):
        call = method_call(node, {"terminate", "kill"})
        if call:
            yield node.lineno, f"{src.segment(call)} removed", (src.replace(node, "pass"),)


def drop_wait(src: Source) -> Found:
    """A ``wait()`` (Event, Barrier, AsyncResult, Popen) removed: nothing is waited for."""
    for node in ast.walk(src.tree):
        call = method_call(node, {"wait"})
        if call:
            yield node.lineno, f"{src.segment(call)} removed", (src.replace(node, "pass"),)


def is_duration(node: ast.AST) -> bool:
    return is_number(node) and isinstance(node.value, float)


def _durations_in_literal(node: ast.AST) -> list[ast.Constant]:
    """Floats of a list or tuple, also one level down: ``(("quick", 0.1), ("slow", 0.6))``."""
    found = []
    for element in node.elts:
        if is_duration(element):
            found.append(element)
        elif isinstance(element, (ast.Tuple, ast.List)):
            found += [c for c in element.elts if is_duration(c)]
    return found


def _durations_of_call(call: ast.Call) -> list[ast.Constant]:
    """Float arguments of a call (also inside ``args=(...)``), and any number given to sleep or timeout."""
    sleeps = dotted(call.func).endswith("sleep")
    values = list(call.args) + [kw.value for kw in call.keywords]
    found = []
    for value in values:
        for item in value.elts if isinstance(value, (ast.Tuple, ast.List)) else [value]:
            if is_duration(item) or (sleeps and is_number(item)):
                found.append(item)
    for kw in call.keywords:
        if kw.arg == "timeout" and is_number(kw.value) and kw.value not in found:
            found.append(kw.value)
    return found


def swap_durations(src: Source) -> Found:
    """The longest and the shortest of related durations swapped.

    Related: the numbers of one list or tuple (``for s in (0.5, 0.6)``), or the
    first duration of each call to the same function (two ``Process(args=(0.6,
    ...))`` calls, or ``time.sleep(0.2)`` and ``time.sleep(0.8)``).
    """
    groups: list[list[ast.Constant]] = []
    by_function: dict[str, list[ast.Constant]] = {}
    for node in ast.walk(src.tree):
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            groups.append(_durations_in_literal(node))
        elif isinstance(node, ast.Call) and dotted(node.func):
            found = _durations_of_call(node)
            if found:
                by_function.setdefault(dotted(node.func), []).append(found[0])
    groups += by_function.values()
    seen = set()
    for group in groups:
        if len({c.value for c in group}) < 2:
            continue
        low = min(group, key=lambda c: c.value)
        high = max(group, key=lambda c: c.value)
        key = frozenset((src.start(low), src.start(high)))
        if key in seen:
            continue
        seen.add(key)
        first, second = sorted((low, high), key=src.start)
        what = f"{src.segment(first)} and {src.segment(second)} swapped (line {first.lineno} and {second.lineno})"
        yield first.lineno, what, (src.replace(first, src.segment(second)), src.replace(second, src.segment(first)))


def _call_parenthesis(src: Source, call: ast.Call) -> int:
    """Offset just after the opening parenthesis of a call."""
    return src.data.index(b"(", src.end(call.func)) + 1


def _append_keyword(src: Source, call: ast.Call, text: str) -> Edit:
    parts = [*call.args, *call.keywords]
    if parts:
        last = max(parts, key=src.end)
        return Edit(src.end(last), src.end(last), f", {text}")
    at = _call_parenthesis(src, call)
    return Edit(at, at, text)


def shrink_pool(src: Source) -> Found:
    """A pool with fewer workers: one, and one less than asked."""
    for node in ast.walk(src.tree):
        if not (isinstance(node, ast.Call) and dotted(node.func).split(".")[-1] == "Pool"):
            continue
        size = next((kw.value for kw in node.keywords if kw.arg == "processes"), node.args[0] if node.args else None)
        if size is None:
            at = _call_parenthesis(src, node)
            text = "1" if not node.keywords else "1, "
            yield node.lineno, f"{src.segment(node.func)}() of one worker", (Edit(at, at, text),)
        elif is_number(size) and size.value > 1:
            yield node.lineno, f"pool of 1 worker instead of {size.value}", (src.replace(size, "1"),)
            if size.value > 2:
                yield node.lineno, f"pool of {size.value - 1} workers instead of {size.value}", (src.replace(size, str(size.value - 1)),)


def joined_names(tree: ast.AST) -> set[str]:
    """Names whose process is joined: ``x.join()``, or ``for p in xs: p.join()`` (then xs too)."""
    joined = set()
    for node in ast.walk(tree):
        call = method_call(node, {"join"})
        if call and isinstance(call.func.value, ast.Name):
            joined.add(call.func.value.id)
    for node in ast.walk(tree):
        if isinstance(node, ast.For) and isinstance(node.target, ast.Name) and node.target.id in joined:
            if _loop_calls(node, "join"):
                joined |= {n.id for n in ast.walk(node.iter) if isinstance(n, ast.Name)}
    return joined


def assigned_to(tree: ast.AST, call: ast.Call) -> set[str]:
    """The names a Process(...) call ends up in: ``x = Process()``, ``xs = [Process() for ...]``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(inner is call for inner in ast.walk(node.value)):
            return {t.id for t in node.targets if isinstance(t, ast.Name)}
    return set()


def flip_daemon(src: Source) -> Found:
    """``daemon`` the other way round; a Process that is never joined made a daemon.

    (A joined process ends before the program does: as a daemon it would
    behave the same, so joined ones are left alone.)
    """
    joined = joined_names(src.tree)
    for node in ast.walk(src.tree):
        if isinstance(node, ast.keyword) and node.arg == "daemon" and isinstance(node.value, ast.Constant) and isinstance(node.value.value, bool):
            flipped = str(not node.value.value)
            yield node.value.lineno, f"daemon={flipped}", (src.replace(node.value, flipped),)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, bool):
            if any(isinstance(t, ast.Attribute) and t.attr == "daemon" for t in node.targets):
                flipped = str(not node.value.value)
                yield node.lineno, f"daemon = {flipped}", (src.replace(node.value, flipped),)
        elif isinstance(node, ast.Call) and dotted(node.func).split(".")[-1] == "Process" and not dotted(node.func).startswith("psutil."):
            if not any(kw.arg == "daemon" for kw in node.keywords) and not assigned_to(src.tree, node) & joined:
                yield node.lineno, f"{src.segment(node.func)}(..., daemon=True): it is never joined", (_append_keyword(src, node, "daemon=True"),)


def change_chunksize(src: Source) -> Found:
    """Another ``chunksize``: 1 becomes 2, anything else 1."""
    for node in ast.walk(src.tree):
        if isinstance(node, ast.keyword) and node.arg == "chunksize" and is_number(node.value):
            new = 2 if node.value.value == 1 else 1
            yield node.value.lineno, f"chunksize={new} instead of {node.value.value}", (src.replace(node.value, str(new)),)


SWAPS = {"map": ["imap"], "imap": ["map", "imap_unordered"], "imap_unordered": ["imap"]}


def swap_map(src: Source) -> Found:
    """``map`` and ``imap``, ``imap`` and ``imap_unordered`` exchanged (on a pool: called, or handed to a helper)."""
    for func in ast.walk(src.tree):
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and isinstance(func.ctx, ast.Load):
            end = src.end(func)
            start = end - len(func.attr.encode())
            if func.attr not in SWAPS or src.data[start:end] != func.attr.encode():
                continue
            for other in SWAPS[func.attr]:
                yield func.lineno, f"{func.value.id}.{other}() instead of .{func.attr}()", (Edit(start, end, other),)


OTHER_METHOD = {"fork": "spawn", "forkserver": "spawn", "spawn": "fork"}


def swap_start_method(src: Source) -> Found:
    """Another start method in ``set_start_method("...")`` or ``get_context("...")``."""
    for node in ast.walk(src.tree):
        if isinstance(node, ast.Call) and dotted(node.func).split(".")[-1] in ("set_start_method", "get_context") and node.args:
            name = node.args[0]
            if isinstance(name, ast.Constant) and name.value in OTHER_METHOD:
                other = OTHER_METHOD[name.value]
                yield node.lineno, f"start method {other} instead of {name.value}", (src.replace(name, repr(other).replace("'", '"')),)


def drop_main_guard(src: Source) -> Found:
    """The ``if __name__ == "__main__":`` guard removed, its body dedented."""
    for node in src.tree.body:
        if (
            isinstance(node, ast.If) and not node.orelse and isinstance(node.test, ast.Compare)
            and isinstance(node.test.left, ast.Name) and node.test.left.id == "__name__"
            and any(isinstance(c, ast.Constant) and c.value == "__main__" for c in node.test.comparators)
        ):
            edit = src.unwrap(node, node.body)
            if edit:
                yield node.lineno, "no __main__ guard: its body runs on every import", (edit,)


def remove_flush(src: Source) -> Found:
    """``flush=True`` removed from a print: the line waits in the pipe's buffer."""
    for node in ast.walk(src.tree):
        if isinstance(node, ast.Call) and dotted(node.func) == "print":
            for kw in node.keywords:
                if kw.arg == "flush" and isinstance(kw.value, ast.Constant) and kw.value.value is True:
                    before = [p for p in [*node.args, *node.keywords] if src.end(p) <= src.start(kw)]
                    start = max(map(src.end, before)) if before else src.start(kw)
                    yield kw.lineno, "print() without flush=True", (Edit(start, src.end(kw), ""),)


def drop_with_lock(src: Source) -> Found:
    """``with lock:`` removed, its body kept: nothing is held any more."""
    for node in ast.walk(src.tree):
        if isinstance(node, ast.With) and all(
            item.optional_vars is None and isinstance(item.context_expr, (ast.Name, ast.Attribute)) for item in node.items
        ):
            edit = src.unwrap(node, node.body)
            if edit:
                held = ", ".join(src.segment(item.context_expr) for item in node.items)
                yield node.lineno, f"`with {held}:` removed, its body kept", (edit,)


def _loop_calls(loop: ast.For, name: str) -> ast.stmt | None:
    """The statement ``<loop variable>.<name>(...)`` in a for loop's body."""
    if isinstance(loop.target, ast.Name):
        for stmt in loop.body:
            call = method_call(stmt, {name})
            if call and isinstance(call.func.value, ast.Name) and call.func.value.id == loop.target.id:
                return stmt
    return None


def join_into_start_loop(src: Source) -> Found:
    """Each process joined right after it starts: they run one after another.

    A loop of ``p.start()`` followed by a loop of ``p.join()`` gets a
    ``p.join()`` after the start; for single statements (``a.start();
    b.start(); b.join(); a.join()``) ``a`` is joined right after its start.
    The later join stays: joining twice is harmless.
    """
    def join_after(stmt: ast.stmt, name: str) -> Edit:
        at = src.line_end(stmt.end_lineno)
        return Edit(at, at, "\n" + " " * stmt.col_offset + f"{name}.join()")

    for block in statements(src.tree):
        for i, first in enumerate(block):
            if isinstance(first, ast.For) and (start := _loop_calls(first, "start")) and not _loop_calls(first, "join"):
                for later in block[i + 1:]:
                    if isinstance(later, ast.For) and _loop_calls(later, "join"):
                        name = first.target.id
                        yield start.lineno, f"{name}.join() inside the start loop", (join_after(start, name),)
                        break
            call = method_call(first, {"start"})
            if call and isinstance(call.func.value, ast.Name):
                name = call.func.value.id
                others_started = False
                for later in block[i + 1:]:
                    other = method_call(later, {"start"})
                    if other:
                        others_started = True
                    joined = method_call(later, {"join"})
                    if joined and isinstance(joined.func.value, ast.Name) and joined.func.value.id == name:
                        if others_started:
                            yield first.lineno, f"{name}.join() right after {name}.start()", (join_after(first, name),)
                        break


OPERATORS: dict[str, Callable[[Source], Found]] = {
    "remove-join": remove_join,
    "join-into-start-loop": join_into_start_loop,
    "drop-start": drop_start,
    "drop-terminate": drop_terminate,
    "drop-wait": drop_wait,
    "swap-durations": swap_durations,
    "shrink-pool": shrink_pool,
    "flip-daemon": flip_daemon,
    "chunksize": change_chunksize,
    "swap-map": swap_map,
    "remove-flush": remove_flush,
    "drop-with-lock": drop_with_lock,
    "swap-start-method": swap_start_method,
    MAIN_GUARD: drop_main_guard,
}


# -- mutations of a snippet ----------------------------------------------------


@dataclasses.dataclass
class Mutation:
    snippet: str  # "pymotw/exit_codes.py", relative to snippets/
    operator: str  # an OPERATORS key, or "registry"
    ident: str  # "remove-join@37", unique within the snippet
    line: int
    what: str
    original: str
    mutated: str

    @property
    def name(self) -> str:
        return f"{self.snippet} {self.ident}"

    def diff(self, limit: int = 14) -> list[str]:
        """The changed lines, as `-`/`+` lines under `line N:`; re-indented lines only counted."""
        old, new = self.original.splitlines(), self.mutated.splitlines()
        matcher = difflib.SequenceMatcher(None, [x.strip() for x in old], [x.strip() for x in new], autojunk=False)
        lines: list[str] = []
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                moved = sum(a != b for a, b in zip(old[i1:i2], new[j1:j2]))
                if moved:
                    lines.append(f"  ({moved} lines below re-indented, one level out)")
                continue
            lines.append(f"line {i1 + 1}:")
            lines += [f"- {line}" for line in old[i1:i2]]
            lines += [f"+ {line}" for line in new[j1:j2]]
        return lines if len(lines) <= limit else lines[: limit - 1] + [f"  ... ({len(lines) - limit + 1} more lines)"]


class RegistryError(Exception):
    pass


def read_registry(project: Path) -> dict[str, list[dict]]:
    path = project / REGISTRY
    if not path.is_file():
        return {}
    with path.open("rb") as file:
        data = tomllib.load(file)
    for snippet, entries in data.items():
        if not isinstance(entries, list):
            raise RegistryError(f"{REGISTRY}: [{snippet!r}] must be a list of tables: write [[\"{snippet}\"]]")
        for entry in entries:
            unknown = set(entry) - {"id", "find", "replace", "why"}
            missing = {"id", "find", "replace", "why"} - set(entry)
            if unknown or missing:
                raise RegistryError(f"{REGISTRY}: {snippet} {entry.get('id', '?')}: unknown keys {sorted(unknown)}, missing {sorted(missing)}")
    return data


def registry_mutations(snippet: str, text: str, entries: list[dict]) -> Iterator[Mutation]:
    for entry in entries:
        count = text.count(entry["find"])
        if count != 1:
            raise RegistryError(f"{REGISTRY}: {snippet} {entry['id']}: `find` occurs {count} times in the snippet (must be once)")
        mutated = text.replace(entry["find"], entry["replace"])
        try:
            ast.parse(mutated)
        except SyntaxError as error:
            raise RegistryError(f"{REGISTRY}: {snippet} {entry['id']}: the mutated snippet does not parse: {error}") from None
        line = text[: text.index(entry["find"])].count("\n") + 1
        yield Mutation(snippet, "registry", entry["id"], line, entry["why"], text, mutated)


def mutations_of(snippet: str, project: Path = PROJECT, registry: dict | None = None) -> list[Mutation]:
    """Every mutation of one snippet: the generic operators, then its registry entries."""
    text = (project / "snippets" / snippet).read_text()
    src = Source(text)
    found: list[Mutation] = []
    seen = {text}
    for operator, find in OPERATORS.items():
        for line, what, edits in find(src):
            mutated = src.apply(edits)
            try:
                ast.parse(mutated)
            except SyntaxError as error:  # an operator bug: say so rather than run nonsense
                raise RuntimeError(f"{snippet}: {operator} at line {line} made code that does not parse: {error}") from None
            if mutated not in seen:
                seen.add(mutated)
                found.append(Mutation(snippet, operator, f"{operator}@{line}", line, what, text, mutated))
    order = list(OPERATORS)
    found.sort(key=lambda m: (m.line, order.index(m.operator)))
    if registry is None:
        registry = read_registry(project)
    found += registry_mutations(snippet, text, registry.get(snippet, []))
    idents: dict[str, int] = {}
    for mutation in found:  # two mutations on one line: remove-join@12, remove-join@12.2
        idents[mutation.ident] = idents.get(mutation.ident, 0) + 1
        if idents[mutation.ident] > 1:
            mutation.ident += f".{idents[mutation.ident]}"
    return found


# -- which tests and pages belong to a snippet -----------------------------------


@dataclasses.dataclass
class Layout:
    """What the project holds: snippets, their tests, who imports whom, the page blocks."""

    project: Path

    def __post_init__(self):
        snippets = self.project / "snippets"
        self.snippets = sorted(p.relative_to(snippets).as_posix() for p in snippets.rglob("*.py") if "__pycache__" not in p.parts)
        topics = {name.split("/")[0] for name in self.snippets}
        self.tests_naming: dict[str, list[str]] = {}
        for test in sorted((self.project / "tests").rglob("test_*.py")):
            rel = test.relative_to(self.project)
            if rel.parts[1] not in topics:  # only the snippet tests: not the site, browser or runner tests
                continue
            for name in set(SNIPPET_NAME.findall(test.read_text())):
                self.tests_naming.setdefault(name, []).append(rel.as_posix())
        self.imports = {name: [p.relative_to(snippets).as_posix() for p in runner.needed_files(snippets / name)] for name in self.snippets}

    def is_alone(self, name: str) -> bool:
        return runner.options(self.project / "snippets" / name).alone

    def affected(self, snippet: str, alone: bool = True) -> list[str]:
        """The snippets whose output a change to this file can change, that a test runs.

        ``alone=False`` leaves out the ``alone`` ones (they measure the machine).
        """
        users = [name for name in self.snippets if name == snippet or snippet in self.imports[name]]
        return [name for name in users if name in self.tests_naming and (alone or not self.is_alone(name))]

    def tests_of(self, snippet: str, alone: bool = True) -> list[str]:
        return sorted({test for name in self.affected(snippet, alone) for test in self.tests_naming[name]})

    def needs_alone(self, snippet: str) -> bool:
        """A change to this file changes an ``alone`` snippet."""
        return self.affected(snippet) != self.affected(snippet, alone=False)

    def claims(self, snippet: str) -> list[str]:
        """The page text before each block that shows this snippet (or one that imports it)."""
        names = [snippet] if self.blocks_of(snippet) else [n for n in self.affected(snippet) if n != snippet]
        return [claim for name in names for claim in self.blocks_of(name)]

    def blocks_of(self, snippet: str) -> list[str]:
        found = []
        for page in sorted((self.project / "docs").rglob("*.md")):
            text = page.read_text()
            for match in BLOCK.finditer(text):
                if match.group("body").strip() == snippet:
                    found.append(page_claim(page.relative_to(self.project).as_posix(), text, match.start()))
        return found


HEADING = re.compile(r"^#{1,6} (?P<title>.*?)(?: \{ #(?P<anchor>[a-z0-9-]+) \})?[ \t]*$", re.M)


def page_claim(page: str, text: str, block_start: int) -> str:
    """Where the block is (page#anchor "heading") and what the page says to look for."""
    before = text[:block_start]
    headings = list(HEADING.finditer(before))
    heading = headings[-1] if headings else None
    region_start = heading.end() if heading else 0
    previous_blocks = [m for m in BLOCK.finditer(before) if m.end() > region_start]
    if previous_blocks:
        region_start = previous_blocks[-1].end()
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n[ \t]*\n", before[region_start:]) if p.strip()]
    paragraphs = [p for p in paragraphs if not p.startswith(("!!!", "<", "```"))]
    quote = ""
    for paragraph in reversed(paragraphs):
        look = re.search(r"(?:^|(?<=[.:!?] ))(Look|Read|Watch|Compare|Notice)\b", paragraph)
        if look:
            quote = paragraph[look.start():]
            break
    if not quote and paragraphs:
        quote = paragraphs[-1]
    where = page
    if heading:
        where += f"#{heading['anchor']}" if heading["anchor"] else ""
        where += f' "{heading["title"]}"'
    body = textwrap.fill(quote, 76, initial_indent="    > ", subsequent_indent="    > ") if quote else "    (no sentence before the block)"
    return f"  {where}:\n{body}"


# -- comparing outputs ------------------------------------------------------------
# Pids, addresses and traceback line numbers are masked. Numbers with a
# decimal point (times, ratios) are compared with a margin, not masked: a
# wall time of 1.7 s instead of 0.5 s, or 4.0 task lengths instead of 1.0, is
# the lesson changing. Small whole numbers (exit codes, counts) must be equal,
# unless they vary between unmutated runs too: what changes from run to run
# by itself (which pool worker took a task) is noise, not a lesson the output
# can show, and is masked where the unmutated runs disagree. Lines are
# sorted: concurrent processes print in an order that varies by itself (and
# where order is the lesson, the times on the lines show it). A difference
# counts only if a second mutant run shows it too (Session.change).

MASKS = [
    (re.compile(r"0x[0-9a-fA-F]+"), "0x?"),  # addresses
    (re.compile(r"\bline \d+"), "line ?"),  # traceback line numbers move when a line is added
    (re.compile(r"(?<![\d.])\d{3,}(?![\d.])"), "?"),  # pids (and other big whole numbers)
]
DECIMAL = re.compile(r"\d+\.\d+")
SLOT = "\x1f"  # where a decimal number was
DIGITS = re.compile(r"\d+")

Line = tuple[str, tuple[float, ...]]  # the line with SLOT for each decimal number, and the numbers
Output = tuple[Line, ...]


def lines_of(result: runner.Result) -> Output:
    text = result.output if result.ok else result.output + f"\nrun failed: {result.problem}"
    found = []
    for line in text.splitlines():
        for pattern, mask in MASKS:
            line = pattern.sub(mask, line)
        numbers = tuple(float(n) for n in DECIMAL.findall(line))
        found.append((DECIMAL.sub(SLOT, line.rstrip()), numbers))
    return tuple(found)


def close(a: float, b: float) -> bool:
    """Equal within 0.1 plus 30 % (run-to-run noise on a busy machine stays inside that)."""
    return abs(a - b) <= 0.1 + 0.3 * max(abs(a), abs(b))


def same(a: Output, b: Output) -> bool:
    """The same lines in any order, numbers within the margin."""
    a, b = tuple(sorted(a)), tuple(sorted(b))
    return len(a) == len(b) and all(
        ta == tb and len(na) == len(nb) and all(map(close, na, nb)) for (ta, na), (tb, nb) in zip(a, b)
    )


PROCESS_NAME = re.compile(r"\b([A-Za-z]+)-(\d+)\b")  # ForkPoolWorker-3, SpawnProcess-2


def workers_renamed(output: Output) -> Output:
    """Process names as ``ForkPoolWorker-#``, plus how many different ones each kind had.

    Which worker took which task is noise (it changes by itself from run to
    run, and a mutation can shift it for good, say by changing how the
    workers were warmed up); how many workers took part is not.
    """
    names: dict[str, set[str]] = {}
    lines = []
    for template, numbers in output:
        for kind, number in PROCESS_NAME.findall(template):
            names.setdefault(kind, set()).add(number)
        lines.append((PROCESS_NAME.sub(r"\1-#", template), numbers))
    counts = tuple((f"{kind}: {len(found)} different", ()) for kind, found in sorted(names.items()))
    return tuple(lines) + counts


def matches(output: Output, known: list[Output]) -> bool:
    if any(same(output, sample) for sample in known):
        return True
    renamed = workers_renamed(output)
    return any(same(renamed, workers_renamed(sample)) for sample in known)


def without_quoted(output: Output, source_lines: frozenset[str]) -> Output:
    """Drop the lines where a traceback quotes one of these source lines (the ones a mutation changed)."""
    if not source_lines:
        return output
    return tuple(line for line in output if shown(line).strip() not in source_lines)


def collapsed(snippet: str, output: Output) -> Output:
    """The lines that vary by design (tools/varies.py: the page says so) as one line, however many there were."""
    kept, marker = [], ()
    for line in output:
        stands_for = varying(snippet, shown(line))
        if stands_for:
            marker = ((stands_for, ()),)
        else:
            kept.append(line)
    return tuple(kept) + marker


def noise_shapes(samples: list[Output]) -> frozenset[str]:
    """Words whose digits differ between unmutated runs, as shapes: ``ForkPoolWorker-#``.

    Lines are paired in sorted order; only words that differ in their digits
    alone count (``hello`` against ``bye`` is no noise we can name).
    """
    shapes = set()
    for a, b in itertools.combinations(samples, 2):
        if len(a) != len(b):
            continue
        for (ta, _), (tb, _) in zip(sorted(a), sorted(b)):
            words_a, words_b = ta.split(), tb.split()
            if len(words_a) != len(words_b):
                continue
            for x, y in zip(words_a, words_b):
                if x != y and DIGITS.sub("#", x) == DIGITS.sub("#", y):
                    shapes.add(DIGITS.sub("#", x))
    return frozenset(shapes)


def masked(output: Output, shapes: frozenset[str]) -> Output:
    if not shapes:
        return output
    result = []
    for template, numbers in output:
        words = [DIGITS.sub("#", word) if DIGITS.sub("#", word) in shapes else word for word in template.split(" ")]
        result.append((" ".join(words), numbers))
    return tuple(result)


def shown(line: Line) -> str:
    template, numbers = line
    for number in numbers:
        template = template.replace(SLOT, f"{number:g}", 1)
    return template


# -- running ----------------------------------------------------------------------


@dataclasses.dataclass
class Verdict:
    mutation: Mutation
    status: str  # killed, survived, equivalent, error
    detail: str = ""  # killed: the failing test; survived: how the output changed
    seconds: float = 0.0


def copy_project(project: Path, dest: Path) -> Path:
    dest.mkdir(parents=True)
    for name in COPIED:
        source = project / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "browser"))
        elif source.is_file():
            shutil.copy2(source, dest / name)
    return dest


_running: set[subprocess.Popen] = set()  # test runs in progress, stopped on Ctrl-C
_running_lock = threading.Lock()


def stop_running_tests() -> None:
    with _running_lock:
        for proc in _running:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)


def run_tests(copy: Path, tests: list[str], cache: Path, timeout: float = 900) -> tuple[bool, str]:
    """The tests run in the copy with a throw-away snippet cache: (passed, first failure)."""
    env = dict(os.environ, SNIPPET_CACHE_DIR=str(cache), PYTHONDONTWRITEBYTECODE="1")
    command = [sys.executable, "-m", "pytest", "-q", "-n", "0", "-x", "-p", "no:cacheprovider", "-rfE", "--no-header", *tests]
    proc = subprocess.Popen(command, cwd=copy, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    with _running_lock:
        _running.add(proc)
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return False, f"the tests ran longer than {timeout:g} s (killed)"
    finally:
        with _running_lock:
            _running.discard(proc)
    if proc.returncode == 0:
        return True, ""
    failed = re.findall(r"^(?:FAILED|ERROR) (.*)$", out, re.M)
    if proc.returncode not in (1, 2) or not failed:
        tail = " | ".join(out.strip().splitlines()[-3:])
        return False, f"pytest exit {proc.returncode}: {tail}"
    return False, failed[0]


class Session:
    """One mutation run: a snapshot of the project, a throw-away copy per mutation, one throw-away cache.

    ``with_alone``: also run the tests of ``alone`` snippets a mutation affects.
    """

    def __init__(self, project: Path, workdir: Path, with_alone: bool):
        self.layout = Layout(project)
        self.with_alone = with_alone
        self.workdir = workdir
        self.cache = workdir / "cache"
        self.base = copy_project(project, workdir / "base")  # the checkout as it was when we began
        self.methods = runner.available_methods()
        runner.CACHE_DIR = self.cache  # only uncached runs here; should one slip in, it stays in the throw-away folder
        self._baseline: dict[tuple[str, str], list[tuple[Line, ...]]] = {}
        self._lock = threading.Lock()
        self._counter = 0
        self.procs: set[subprocess.Popen] = set()

    def tests_of(self, snippet: str) -> list[str]:
        return self.layout.tests_of(snippet, self.with_alone)

    def affected(self, snippet: str) -> list[str]:
        return self.layout.affected(snippet, self.with_alone)

    def baseline_tests(self, snippet: str) -> tuple[bool, str]:
        return run_tests(self.base, self.tests_of(snippet), self.cache)

    def methods_of(self, snippet: str) -> list[str]:
        own = runner.own_method(self.base / "snippets" / snippet)
        return [own] if own else self.methods

    def baseline_outputs(self, snippet: str, method: str, samples: int) -> list[tuple[Line, ...]]:
        """Outputs of the unmutated snippet; more samples on request (kept for the session)."""
        with self._lock:
            have = self._baseline.setdefault((snippet, method), [])
        while len(have) < samples:
            output = lines_of(runner.run(self.base / "snippets" / snippet, method, cache=False, project=self.base))
            with self._lock:
                if len(have) < samples:
                    have.append(output)
        return list(have)

    def change(self, name: str, method: str, output: Output, rerun: Callable[[], Output],
               quoted: frozenset[str] = frozenset()) -> list[str]:
        """How the mutant's output differs from every unmutated run ([] if it matches one).

        Two unmutated runs first, up to four when the mutant matches neither:
        what varies between them (which worker took a task) is noise, not a
        change. A difference must show again in a second mutant run: a busy
        machine's slow moment is no change either. ``quoted``: the source
        lines the mutation changed; a traceback quoting one of them (before
        or after) shows the edit, not a change in behaviour. Lines the page
        says vary from run to run (tools/varies.py) count as one line.
        """
        def comparable(output: Output) -> Output:
            return collapsed(name, without_quoted(output, quoted))

        output = comparable(output)
        for samples in range(2, 5):
            known = [comparable(sample) for sample in self.baseline_outputs(name, method, samples)]
            shapes = noise_shapes(known)
            known = [masked(sample, shapes) for sample in known]
            mine = masked(output, shapes)
            if matches(mine, known):
                return []
        if matches(masked(comparable(rerun()), shapes), known):
            return []
        return describe_change(known[0], mine, shapes)

    def judge(self, mutation: Mutation) -> Verdict:
        began = time.monotonic()
        with self._lock:
            self._counter += 1
            copy = self.workdir / f"mutant-{self._counter}"
        try:
            return self._judge(mutation, copy, began)
        except Exception as error:  # a bug here must not hide the other verdicts
            return Verdict(mutation, "error", f"{type(error).__name__}: {error}", time.monotonic() - began)
        finally:
            shutil.rmtree(copy, ignore_errors=True)

    def _judge(self, mutation: Mutation, copy: Path, began: float) -> Verdict:
        """Killed by a test, or run and compared: survived (output changed) or equivalent."""
        copy_project(self.base, copy)
        (copy / "snippets" / mutation.snippet).write_text(mutation.mutated)
        passed, failure = run_tests(copy, self.tests_of(mutation.snippet), self.cache)
        if not passed:
            return Verdict(mutation, "killed", failure, time.monotonic() - began)
        runs = [(name, method) for name in self.affected(mutation.snippet) for method in self.methods_of(name)]
        with concurrent.futures.ThreadPoolExecutor(max_workers=len(runs)) as pool:
            def mutant_run(run: tuple[str, str]) -> Callable[[], Output]:
                return lambda: lines_of(runner.run(copy / "snippets" / run[0], run[1], cache=False, project=copy))

            reruns = [mutant_run(run) for run in runs]
            outputs = pool.map(lambda rerun: rerun(), reruns)
            changes = list(pool.map(self.change, *zip(*runs), outputs, reruns, itertools.repeat(changed_lines(mutation))))
        grouped: dict[tuple[str, tuple[str, ...]], list[str]] = {}  # the same change under several methods: one report
        for (name, method), change in zip(runs, changes):
            if change:
                grouped.setdefault((name, tuple(change)), []).append(method)
        detail = []
        for (name, change), methods in grouped.items():
            detail += [f"  output of {name} under {', '.join(methods)}, {change[0]}", *change[1:]]
        if detail:
            # The output changed, yet the tests passed. A mutant that races may have drawn, in the
            # tests' run, an output the unmutated program prints too: give the tests new runs of it
            # (a cache of their own) before calling it a survivor.
            passed, failure = run_tests(copy, self.tests_of(mutation.snippet), copy / ".second-run-cache")
            if not passed:
                return Verdict(mutation, "killed", f"{failure} (on a second run of the tests)", time.monotonic() - began)
        status = "survived" if detail else "equivalent"
        return Verdict(mutation, status, "\n".join(detail), time.monotonic() - began)


def changed_lines(mutation: Mutation) -> frozenset[str]:
    """The stripped source lines a mutation removed or added (a traceback may quote them)."""
    old = {line.strip() for line in mutation.original.splitlines()}
    new = {line.strip() for line in mutation.mutated.splitlines()}
    return frozenset(line for line in old ^ new if line)


def describe_change(before: Output, after: Output, shapes: frozenset[str]) -> list[str]:
    """A header and the -/+ lines between an unmutated run and the mutant (both sorted)."""
    before, after = tuple(sorted(before)), tuple(sorted(after))
    how = ["lines sorted", "pids masked"]
    if shapes:
        how.append(f"varying between unmutated runs: {', '.join(sorted(shapes))}")
    diff = []
    matcher = difflib.SequenceMatcher(None, [t for t, _ in before], [t for t, _ in after], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":  # same text: are the numbers within the margin?
            for old, new in zip(before[i1:i2], after[j1:j2]):
                if not all(map(close, old[1], new[1])):
                    diff += [f"- {shown(old)}", f"+ {shown(new)}"]
        else:
            diff += [f"- {shown(line)}" for line in before[i1:i2]] + [f"+ {shown(line)}" for line in after[j1:j2]]
    if len(diff) > 8:  # a traceback ends with the error: keep the start and the end
        diff = diff[:5] + [f"  ... ({len(diff) - 8} more lines)"] + diff[-3:]
    return [f"{'; '.join(how)}; unmutated run (-) vs mutant (+):", *(f"    {line}" for line in diff or ["  (the same lines, numbers beyond the margin)"])]


# -- the command ------------------------------------------------------------------


def selected(layout: Layout, names: list[str]) -> list[str]:
    if not names:
        return [name for name in layout.snippets if layout.affected(name)]
    chosen = []
    for name in names:
        name = name.removeprefix("snippets/")
        if name not in layout.snippets:
            raise SystemExit(f"no snippet {name!r} under snippets/")
        if not layout.affected(name):
            raise SystemExit(f"{name}: no test runs it (nor a snippet that imports it): nothing to mutate against")
        chosen.append(name)
    return chosen


def wanted(mutation: Mutation, only: list[str]) -> bool:
    return not only or any(key in (mutation.ident, mutation.operator) for key in only)


def minutes(seconds: float) -> str:
    return f"{int(seconds // 60)} min {seconds % 60:.0f} s" if seconds >= 60 else f"{seconds:.0f} s"


def print_report(session: Session, verdicts: list[Verdict]) -> tuple[int, int]:
    """Survivors in full, equivalent ones in a list; returns (killed, judged)."""
    layout = session.layout
    by_status = {status: [v for v in verdicts if v.status == status] for status in ("killed", "survived", "equivalent")}
    if by_status["survived"]:
        print(f"\nSURVIVORS: the tests pass, yet the output changes ({len(by_status['survived'])})")
        for verdict in by_status["survived"]:
            mutation = verdict.mutation
            print(f"\n{mutation.name}: {mutation.what}")
            print(textwrap.indent("\n".join(mutation.diff()), "    "))
            print(verdict.detail)
            print(f"  tests that passed: {', '.join(session.tests_of(mutation.snippet))}")
            claims = layout.claims(mutation.snippet)
            print("  the claim it threatens:" if claims else "  the claim it threatens: (no page shows this snippet)")
            for claim in claims:
                print(claim)
    if by_status["equivalent"]:
        print(f"\nEquivalent here (tests pass, output unchanged under {', '.join(session.methods)}; not counted): {len(by_status['equivalent'])}")
        for verdict in by_status["equivalent"]:
            print(f"  {verdict.mutation.name}: {verdict.mutation.what}")
    errors = [v for v in verdicts if v.status == "error"]
    if errors:
        print(f"\nErrors of this tool (not counted): {len(errors)}")
        for verdict in errors:
            print(f"  {verdict.mutation.name}: {verdict.detail}")
    return len(by_status["killed"]), len(by_status["killed"]) + len(by_status["survived"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/mutate.py", description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("snippets", nargs="*", help="snippets to mutate, like pymotw/exit_codes.py (default: all)")
    parser.add_argument("--list", action="store_true", help="list the mutations, run nothing (-v: with their diffs)")
    parser.add_argument("-v", "--verbose", action="store_true", help="diffs in --list; every verdict as it comes")
    parser.add_argument("--only", action="append", default=[], metavar="ID", help="only this mutation id (remove-join@12) or operator (remove-join); repeatable")
    parser.add_argument("--floor", type=float, metavar="N", help="exit 1 if under N %% of the judged mutations are killed, or a snippet's tests fail unmutated")
    parser.add_argument("-j", "--jobs", type=int, default=6, help="mutations judged at once (default 6: most snippets sleep more than they compute)")
    parser.add_argument("--alone", action="store_true", help="also judge mutations that change an `alone` snippet, one at a time, after the others")
    parser.add_argument("--project", type=Path, default=PROJECT, help=argparse.SUPPRESS)  # for the tool's own tests
    args = parser.parse_args(argv)
    project = args.project.resolve()

    layout = Layout(project)
    registry = read_registry(project)
    unknown = sorted(set(registry) - set(layout.snippets))
    if unknown:
        raise SystemExit(f"{REGISTRY} names snippets that do not exist: {', '.join(unknown)}")
    names = selected(layout, args.snippets)
    plan = {name: [m for m in mutations_of(name, project, registry) if wanted(m, args.only)] for name in names}

    if args.list:
        for name, found in plan.items():
            note = " (they change an `alone` snippet: judged only with --alone)" if layout.needs_alone(name) else ""
            print(f"{name}: {len(found)} mutations{note}; tests: {', '.join(layout.tests_of(name))}")
            for mutation in found:
                print(f"  {mutation.ident:<28} {mutation.what}")
                if args.verbose:
                    print(textwrap.indent("\n".join(mutation.diff()), "      "))
        print(f"{sum(map(len, plan.values()))} mutations of {len(plan)} snippets")
        return 0

    began = time.monotonic()
    if args.alone:
        left_out = {}
    else:
        left_out = {name: found for name, found in plan.items() if found and not layout.affected(name, alone=False)}
    plan = {name: found for name, found in plan.items() if found and name not in left_out}
    shared = [name for name in plan if not (args.alone and layout.needs_alone(name))]
    alone = [name for name in plan if name not in shared]
    total = sum(map(len, plan.values()))
    at_once = sum(len(plan[name]) for name in shared)
    pace = [f"{at_once} of them {args.jobs} at a time"] if at_once else []
    if total > at_once:
        pace.append(f"{total - at_once} one at a time")
    paced = f" ({', '.join(pace)})" if pace else ""
    print(f"mutate: {total} mutations of {len(plan)} snippets{paced}, each in a throw-away copy", flush=True)
    verdicts: list[Verdict] = []
    broken: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="mutate-", ignore_cleanup_errors=True) as tmp:
        session = Session(project, Path(tmp), args.alone)

        def judge_all(names: list[str], jobs: int) -> None:
            pool = concurrent.futures.ThreadPoolExecutor(max_workers=jobs)
            try:
                for name, (passed, failure) in zip(names, pool.map(session.baseline_tests, names)):
                    if not passed:
                        broken[name] = failure
                        print(f"not judged: {name}: its tests fail without any mutation: {failure}", flush=True)
                futures = [pool.submit(session.judge, m) for name in names if name not in broken for m in plan[name]]
                judging = len(verdicts) + len(futures)
                for future in concurrent.futures.as_completed(futures):
                    verdict = future.result()
                    verdicts.append(verdict)
                    if args.verbose or verdict.status != "killed":
                        why = f"  ({verdict.detail})" if verdict.status == "killed" else ""
                        print(f"[{len(verdicts)}/{judging}] {verdict.status:<10} {verdict.mutation.name} in {verdict.seconds:.0f} s{why}", flush=True)
            except KeyboardInterrupt:
                pool.shutdown(wait=False, cancel_futures=True)
                stop_running_tests()
                raise
            pool.shutdown()

        judge_all(shared, args.jobs)
        judge_all(alone, 1)
        verdicts.sort(key=lambda v: (v.mutation.snippet, v.mutation.line, v.mutation.ident))
        killed, judged = print_report(session, verdicts)

    print()
    for name, failure in broken.items():
        print(f"Not judged: {name} ({len(plan[name])} mutations): its tests fail unmutated: {failure}")
    for name, found in left_out.items():
        print(f"Left out: {name} ({len(found)} mutations): they change an `alone` snippet, which measures the machine; --alone judges them one at a time")
    percent = 100 * killed / judged if judged else 0.0
    equivalent = sum(v.status == "equivalent" for v in verdicts)
    print(f"score: {killed}/{judged} killed ({percent:.1f} %), {judged - killed} survived, {equivalent} equivalent here, in {minutes(time.monotonic() - began)}")
    if args.floor is not None:
        if any(v.status == "error" for v in verdicts):
            print("floor: some mutations could not be judged (errors above)")
            return 1
        if broken:
            print(f"floor: {len(broken)} snippet(s) could not be judged: their tests fail unmutated")
            return 1
        if not judged or percent < args.floor:
            print(f"floor: {percent:.1f} % killed is under the floor of {args.floor:g} %")
            return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("\nmutate: interrupted; the test runs in progress were stopped", file=sys.stderr)
        sys.exit(130)
