"""Pictures drawn from a snippet's own output: timelines, speedup charts, process trees.

Each function takes the text a snippet printed and returns ``(svg, alt)``:
a small standalone SVG and a sentence saying in words what it shows. Nothing
is measured here: every number comes from the lines of the run shown on the
page. Colours are mid-tones that read on Material's light and dark schemes.

Lines read:

* timeline: ``task <id> on <process name>: <start> s -> <end> s``
* speedup:  ``<n> process(es): <seconds> s``  (n = 1 is the baseline)
* tree:     ``tree: <depth> <pid> <name> [<role>]``  (depth 0 is the root)
"""

from __future__ import annotations

import re
from html import escape

TASK = re.compile(r"^task (?P<task>\S+) on (?P<worker>[^:]+): (?P<start>[\d.]+) s -> (?P<end>[\d.]+) s", re.M)
SPEEDUP = re.compile(r"^(?P<n>\d+) process(?:es)?: (?P<seconds>[\d.]+) s", re.M)
TREE = re.compile(r"^tree: (?P<depth>\d+) (?P<pid>\d+) (?P<name>\S+)(?: (?P<role>.+))?$", re.M)

INK = "#888888"  # text and axes: readable on white and on slate
BAR = "#7986cb"  # indigo 300
IDEAL = "#ef6c00"  # orange 800
FONT = 'font-family="sans-serif" font-size="12"'


def _svg(width: int, height: int, body: list[str], alt: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="{escape(alt)}">\n<title>{escape(alt)}</title>\n' + "\n".join(body) + "\n</svg>\n"
    )


def _ticks(limit: float) -> list[float]:
    step = next(s for s in (0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 20, 50) if limit / s <= 8)
    return [round(i * step, 3) for i in range(int(limit / step) + 1)]


def timeline(output: str) -> tuple[str, str]:
    tasks = [(m["task"], m["worker"].strip(), float(m["start"]), float(m["end"])) for m in TASK.finditer(output)]
    if not tasks:
        raise ValueError("no 'task <id> on <process>: <start> s -> <end> s' lines in the output")
    workers = list(dict.fromkeys(worker for _, worker, _, _ in sorted(tasks, key=lambda t: (t[2], t[1]))))
    limit = max(end for *_, end in tasks) * 1.05 or 1.0
    left, right, row, top = 170, 20, 30, 10
    width = 680
    scale = (width - left - right) / limit
    height = top + row * len(workers) + 40
    body = []
    for i, worker in enumerate(workers):
        y = top + i * row
        body.append(f'<text x="{left - 8}" y="{y + row / 2 + 4}" text-anchor="end" fill="{INK}" {FONT}>{escape(worker)}</text>')
    for task, worker, start, end in tasks:
        y = top + workers.index(worker) * row + 4
        x, w = left + start * scale, max((end - start) * scale, 1.5)
        body.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{row - 8}" rx="3" fill="{BAR}"/>')
        body.append(f'<text x="{x + w / 2:.1f}" y="{y + row / 2}" text-anchor="middle" fill="#000" {FONT}>{escape(task)}</text>')
    axis_y = top + row * len(workers) + 4
    body.append(f'<line x1="{left}" y1="{axis_y}" x2="{width - right}" y2="{axis_y}" stroke="{INK}"/>')
    for tick in _ticks(limit):
        x = left + tick * scale
        body.append(f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{axis_y + 4}" stroke="{INK}"/>')
        body.append(f'<text x="{x:.1f}" y="{axis_y + 16}" text-anchor="middle" fill="{INK}" {FONT}>{tick:g}</text>')
    body.append(f'<text x="{width - right}" y="{axis_y + 32}" text-anchor="end" fill="{INK}" {FONT}>seconds since start</text>')
    per_worker = []
    for worker in workers:
        mine = [f"{task} ({start:.2f} to {end:.2f} s)" for task, w, start, end in tasks if w == worker]
        per_worker.append(f"{worker} ran task{'s' if len(mine) > 1 else ''} {', '.join(mine)}")
    alt = (
        f"Timeline of {len(tasks)} task{'s' if len(tasks) != 1 else ''} on {len(workers)} "
        f"process{'es' if len(workers) != 1 else ''}: " + "; ".join(per_worker) + "."
    )
    return _svg(width, height, body, alt), alt


def speedup(output: str, cores: int) -> tuple[str, str]:
    runs = sorted((int(m["n"]), float(m["seconds"])) for m in SPEEDUP.finditer(output))
    if not runs or runs[0][0] != 1:
        raise ValueError("no '1 process: <seconds> s' baseline line in the output")
    base = runs[0][1]
    points = [(n, base / seconds) for n, seconds in runs]
    top_n = max(n for n, _ in points)
    limit = max(top_n, max(s for _, s in points)) * 1.1
    left, bottom, size = 60, 50, 320
    width, height = left + size + 30, size + bottom + 20
    sx = size / (top_n + 0.5)
    sy = size / limit

    def xy(n: float, s: float) -> tuple[float, float]:
        return left + n * sx, 10 + size - s * sy

    body = [f'<line x1="{left}" y1="{10 + size}" x2="{left + size}" y2="{10 + size}" stroke="{INK}"/>',
            f'<line x1="{left}" y1="10" x2="{left}" y2="{10 + size}" stroke="{INK}"/>']
    for n in range(1, top_n + 1):
        x, _ = xy(n, 0)
        body.append(f'<text x="{x:.1f}" y="{size + 26}" text-anchor="middle" fill="{INK}" {FONT}>{n}</text>')
    for tick in _ticks(limit):
        _, y = xy(0, tick)
        body.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{INK}" {FONT}>{tick:g}</text>')
    x1, y1 = xy(1, 1)
    x2, y2 = xy(top_n, top_n)
    body.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{IDEAL}" stroke-dasharray="6 4"/>')
    path = " ".join(f"{'M' if i == 0 else 'L'}{xy(n, s)[0]:.1f},{xy(n, s)[1]:.1f}" for i, (n, s) in enumerate(points))
    body.append(f'<path d="{path}" fill="none" stroke="{BAR}" stroke-width="3"/>')
    for n, s in points:
        x, y = xy(n, s)
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{BAR}"/>')
    body.append(f'<text x="{left + size / 2}" y="{size + 44}" text-anchor="middle" fill="{INK}" {FONT}>processes ({cores} CPU cores on the build machine)</text>')
    body.append(f'<text x="{left + 8}" y="22" fill="{IDEAL}" {FONT}>ideal: n times faster</text>')
    body.append(f'<text x="{left + 8}" y="38" fill="{BAR}" {FONT}>measured speedup</text>')
    alt = (
        f"Speedup chart on a machine with {cores} CPU cores: "
        + ", ".join(f"{n} process{'es' if n > 1 else ''} {s:.2f} times as fast as one" for n, s in points)
        + f"; the ideal would be {top_n} times with {top_n} processes."
    )
    return _svg(width, height, body, alt), alt


def tree(output: str) -> tuple[str, str]:
    nodes = [(int(m["depth"]), m["pid"], m["name"], (m["role"] or "").strip()) for m in TREE.finditer(output)]
    if not nodes:
        raise ValueError("no 'tree: <depth> <pid> <name> [<role>]' lines in the output")
    row, indent = 34, 36
    labels = [f"{name} (pid {pid})" + (f" - {role}" if role else "") for _, pid, name, role in nodes]
    width = max(10 + depth * indent + len(label) * 7 + 26 for (depth, *_), label in zip(nodes, labels))
    height = row * len(nodes) + 12
    body = []
    last_at_depth: dict[int, float] = {}
    for i, (depth, pid, name, role) in enumerate(nodes):
        x, y = 10 + depth * indent, 6 + i * row
        if depth and depth - 1 in last_at_depth:
            px = 10 + (depth - 1) * indent + 12
            body.append(f'<path d="M{px},{last_at_depth[depth - 1]} V{y + 13} H{x}" fill="none" stroke="{INK}"/>')
        label = f"{name} (pid {pid})" + (f" - {role}" if role else "")
        body.append(f'<rect x="{x}" y="{y}" width="{len(label) * 7 + 16}" height="26" rx="4" fill="{BAR}"/>')
        body.append(f'<text x="{x + 8}" y="{y + 17}" fill="#000" {FONT}>{escape(label)}</text>')
        last_at_depth[depth] = y + 26
    def who(node: tuple[int, str, str, str]) -> str:
        _, pid, name, role = node
        return f"{role or name} (pid {pid})"

    described = []
    for i, node in enumerate(nodes):
        parent = next((p for p in reversed(nodes[:i]) if p[0] == node[0] - 1), None)
        described.append(who(node) + (f" under {who(parent)}" if parent else " at the top"))
    alt = f"Process tree with {len(nodes)} processes: " + "; ".join(described) + "."
    return _svg(width, height, body, alt), alt
