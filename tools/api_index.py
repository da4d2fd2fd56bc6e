"""The API index: which ``multiprocessing`` and ``concurrent.futures`` names each snippet uses.

Read from the snippets' code with ``ast``, never typed by hand. Module-level
names are resolved through the snippet's imports (``import multiprocessing as
mp``, ``from multiprocessing import Pool``); a method or attribute is counted
when it is used on a variable that holds an object the snippet made with a
known constructor (``pool = Pool(4)``, ``with Pool() as pool``, a list of
``Process(...)`` and the loop over it, a subclass of ``Process``, the result
of ``apply_async()`` or ``submit()``), and the attribute really exists on that
class. A name used only on a function's parameter is not counted.

    python tools/api_index.py snippets/pymotw/exit_codes.py   # the names one snippet uses
"""

from __future__ import annotations

import ast
import concurrent.futures
import functools
import multiprocessing
import multiprocessing.connection
import multiprocessing.managers
import multiprocessing.pool
import multiprocessing.queues
import multiprocessing.sharedctypes
import multiprocessing.shared_memory
import multiprocessing.synchronize
import sys
from pathlib import Path

# A constructor or factory (its dotted name as imported) -> the name of the class of what it makes.
MAKES = {
    "multiprocessing.Process": "Process",
    "multiprocessing.current_process": "Process",
    "multiprocessing.parent_process": "Process",
    "multiprocessing.Pool": "Pool",
    "multiprocessing.pool.Pool": "Pool",
    "multiprocessing.pool.ThreadPool": "Pool",
    "multiprocessing.Queue": "Queue",
    "multiprocessing.JoinableQueue": "JoinableQueue",
    "multiprocessing.SimpleQueue": "SimpleQueue",
    "multiprocessing.Pipe": "Connection",  # a pair of them
    "multiprocessing.Event": "Event",
    "multiprocessing.Lock": "Lock",
    "multiprocessing.RLock": "RLock",
    "multiprocessing.Barrier": "Barrier",
    "multiprocessing.Semaphore": "Semaphore",
    "multiprocessing.Condition": "Condition",
    "multiprocessing.Value": "Value",
    "multiprocessing.Array": "Array",
    "multiprocessing.Manager": "Manager",
    "multiprocessing.get_context": "context",
    "multiprocessing.shared_memory.SharedMemory": "SharedMemory",
    "multiprocessing.shared_memory.ShareableList": "ShareableList",
    "concurrent.futures.ProcessPoolExecutor": "ProcessPoolExecutor",
    "concurrent.futures.ThreadPoolExecutor": "ThreadPoolExecutor",
}
# The real class of each, to tell a real attribute from a guess.
CLASSES = {
    "Process": multiprocessing.Process,
    "Pool": multiprocessing.pool.Pool,
    "Queue": multiprocessing.queues.Queue,
    "JoinableQueue": multiprocessing.queues.JoinableQueue,
    "SimpleQueue": multiprocessing.queues.SimpleQueue,
    "Connection": multiprocessing.connection.Connection,
    "Event": multiprocessing.synchronize.Event,
    "Lock": multiprocessing.synchronize.Lock,
    "RLock": multiprocessing.synchronize.RLock,
    "Barrier": multiprocessing.synchronize.Barrier,
    "Semaphore": multiprocessing.synchronize.Semaphore,
    "Condition": multiprocessing.synchronize.Condition,
    "Value": multiprocessing.sharedctypes.Synchronized,
    "Array": multiprocessing.sharedctypes.SynchronizedArray,
    "Manager": multiprocessing.managers.SyncManager,
    "context": multiprocessing.context.DefaultContext,
    "SharedMemory": multiprocessing.shared_memory.SharedMemory,
    "ShareableList": multiprocessing.shared_memory.ShareableList,
    "ProcessPoolExecutor": concurrent.futures.ProcessPoolExecutor,
    "ThreadPoolExecutor": concurrent.futures.ThreadPoolExecutor,
    "AsyncResult": multiprocessing.pool.AsyncResult,
    "Future": concurrent.futures.Future,
}
# Methods whose result the pages go on to use: (class, method) -> class of the result.
RETURNS = {
    ("Pool", "apply_async"): "AsyncResult",
    ("Pool", "map_async"): "AsyncResult",
    ("Pool", "starmap_async"): "AsyncResult",
    ("ProcessPoolExecutor", "submit"): "Future",
    ("ThreadPoolExecutor", "submit"): "Future",
    ("context", "Process"): "Process",
    ("context", "Pool"): "Pool",
    ("context", "Queue"): "Queue",
    ("Manager", "Queue"): "Queue",
}

# Functions that return a list or iterator of objects: dotted name -> class of each.
YIELDS = {
    "concurrent.futures.as_completed": "Future",
    "multiprocessing.active_children": "Process",
}

GROUPS = {  # how a reader looks for a name: the part before the first dot -> group
    "Processes": {"Process", "current_process", "parent_process", "active_children", "cpu_count"},
    "Pools and executors": {"Pool", "AsyncResult", "ProcessPoolExecutor", "ThreadPoolExecutor", "Future",
                            "as_completed", "wait"},
    "Communication and synchronization": {"Queue", "JoinableQueue", "SimpleQueue", "Pipe", "Connection", "Event",
                                          "Lock", "RLock", "Barrier", "Semaphore", "Condition"},
    "Shared state": {"Value", "Array", "Manager", "SharedMemory", "ShareableList"},
    "Start methods and contexts": {"set_start_method", "get_start_method", "get_all_start_methods", "get_context",
                                   "context", "set_forkserver_preload", "freeze_support", "set_executable"},
}
MODULES = ("multiprocessing", "concurrent.futures")


def group_of(name: str) -> str:
    head = name.split(".")[0]
    return next((group for group, heads in GROUPS.items() if head in heads), "Other")


def _public_module_name(dotted: str) -> str | None:
    """``multiprocessing.current_process`` -> ``current_process``; None if not a public API name."""
    for module in MODULES:
        if dotted.startswith(module + "."):
            name = dotted[len(module) + 1:]
            kind = MAKES.get(dotted)
            if kind == "context":
                return name
            return name.split(".")[-1] if not name.startswith("_") else None
    return None


class _Reader(ast.NodeVisitor):
    def __init__(self):
        self.aliases: dict[str, str] = {}  # local name -> dotted module path or API name
        self.kinds: dict[str, str] = {}  # local name -> class name of the object it holds
        self.lists: dict[str, str] = {}  # local name -> class name of the objects in the list it holds
        self.used: set[str] = set()
        self.params: dict[tuple[str, int], str] = {}  # (function, argument position) -> class handed to it

    def read(self, tree: ast.Module) -> set[str]:
        """Two passes: the first learns what a Process hands its target, the second reads the target with it."""
        self.visit(tree)
        self.used = set()
        self.visit(tree)
        return self.used

    # -- imports and classes
    def visit_Import(self, node):
        for alias in node.names:
            if alias.asname:
                self.aliases[alias.asname] = alias.name
            else:
                self.aliases[alias.name.split(".")[0]] = alias.name.split(".")[0]

    def visit_ImportFrom(self, node):
        if node.module and node.level == 0:
            for alias in node.names:
                self.aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"

    def visit_ClassDef(self, node):
        for base in node.bases:
            kind = self.makes(base)
            if kind:
                self.aliases[node.name] = f"subclass:{kind}"
                self.record(self.dotted(base))
                for item in node.body:  # run() of a Process subclass is Process.run, overridden
                    if isinstance(item, ast.FunctionDef) and not item.name.startswith("_") and \
                            hasattr(CLASSES[kind], item.name):
                        self.used.add(f"{kind}.{item.name}")
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        for position, argument in enumerate(node.args.args):
            self.bind(ast.Name(argument.arg), self.params.get((node.name, position)))
        self.generic_visit(node)

    def visit_Call(self, node):
        if self.makes(node.func) == "Process":  # Process(target=f, args=(queue,)): f's first parameter is a Queue
            keywords = {keyword.arg: keyword.value for keyword in node.keywords}
            target, args = keywords.get("target"), keywords.get("args")
            if isinstance(target, ast.Name) and isinstance(args, ast.Tuple):
                for position, value in enumerate(args.elts):
                    kind = self.kind_of(value)
                    if kind:
                        self.params[(target.id, position)] = kind
        self.generic_visit(node)

    # -- what an expression is
    def dotted(self, node) -> str | None:
        if isinstance(node, ast.Name):
            return self.aliases.get(node.id)
        if isinstance(node, ast.Attribute):
            base = self.dotted(node.value)
            return f"{base}.{node.attr}" if base and not base.startswith("subclass:") else None
        return None

    def makes(self, func) -> str | None:
        """The class of what calling ``func`` makes, if known."""
        dotted = self.dotted(func)
        if dotted and dotted.startswith("subclass:"):
            return dotted.split(":", 1)[1]
        if dotted in MAKES:
            return MAKES[dotted]
        if isinstance(func, ast.Attribute):
            owner = self.kind_of(func.value)
            if owner:
                return RETURNS.get((owner, func.attr))
        return None

    def kind_of(self, node) -> str | None:
        """The class of the object an expression holds, if known."""
        if isinstance(node, ast.Name):
            return self.kinds.get(node.id)
        if isinstance(node, ast.Call):
            return self.makes(node.func)
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            return self.lists.get(node.value.id)
        return None

    def element_kind(self, node) -> str | None:
        if isinstance(node, (ast.List, ast.Tuple)) and node.elts:
            kinds = {self.kind_of(element) for element in node.elts}
            return kinds.pop() if len(kinds) == 1 else None
        if isinstance(node, ast.ListComp):
            return self.kind_of(node.elt)
        if isinstance(node, ast.DictComp):  # {key: executor.submit(...)}: its values
            return self.kind_of(node.value)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "values":
            return self.element_kind(node.func.value)
        if isinstance(node, ast.Call):
            return YIELDS.get(self.dotted(node.func) or "")
        if isinstance(node, ast.Name):
            return self.lists.get(node.id)
        return None

    # -- bindings
    def bind(self, target, value_kind: str | None, element_kind: str | None = None):
        if isinstance(target, ast.Name):
            if value_kind:
                self.kinds[target.id] = value_kind
            if element_kind:
                self.lists[target.id] = element_kind
        elif isinstance(target, (ast.Tuple, ast.List)) and value_kind == "Connection":
            for element in target.elts:  # reader, writer = Pipe()
                self.bind(element, "Connection")

    def visit_Assign(self, node):
        self.generic_visit(node)
        for target in node.targets:
            if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple) and \
                    len(target.elts) == len(node.value.elts):  # tasks, results = JoinableQueue(), Queue()
                for name, value in zip(target.elts, node.value.elts):
                    self.bind(name, self.kind_of(value), self.element_kind(value))
            else:
                self.bind(target, self.kind_of(node.value), self.element_kind(node.value))

    def visit_With(self, node):
        for item in node.items:
            self.visit(item.context_expr)
            if item.optional_vars is not None:
                self.bind(item.optional_vars, self.kind_of(item.context_expr))
        for statement in node.body:
            self.visit(statement)

    def visit_For(self, node):
        self.visit(node.iter)
        kind = self.element_kind(node.iter)
        if isinstance(node.iter, ast.Call) and isinstance(node.iter.func, ast.Name) and node.iter.func.id == "zip":
            kind = None
        items = isinstance(node.iter, ast.Call) and isinstance(node.iter.func, ast.Attribute) and \
            node.iter.func.attr == "items"
        if items and isinstance(node.target, ast.Tuple) and len(node.target.elts) == 2:  # for key, value in d.items()
            self.bind(node.target.elts[1], self.element_kind(node.iter.func.value))
        else:
            self.bind(node.target, kind)
        for statement in node.body + node.orelse:
            self.visit(statement)

    def visit_comprehension(self, node):
        self.visit(node.iter)
        self.bind(node.target, self.element_kind(node.iter))
        for condition in node.ifs:
            self.visit(condition)

    def visit_ListComp(self, node):
        for generator in node.generators:
            self.visit_comprehension(generator)
        self.visit(node.elt)

    visit_GeneratorExp = visit_SetComp = visit_ListComp

    # -- uses
    def record(self, dotted: str | None):
        name = _public_module_name(dotted) if dotted else None
        if name:
            self.used.add(name)

    def visit_Name(self, node):
        dotted = self.aliases.get(node.id)
        if dotted and not dotted.startswith("subclass:") and dotted not in MODULES:
            self.record(dotted)

    def visit_Attribute(self, node):
        owner = self.kind_of(node.value)
        if owner and not node.attr.startswith("_") and hasattr(CLASSES[owner], node.attr):
            self.used.add(node.attr if owner == "context" else f"{owner}.{node.attr}")
            self.visit(node.value)
            return
        dotted = self.dotted(node)
        if dotted and any(dotted.startswith(module + ".") for module in MODULES):
            self.record(dotted)
            return
        self.generic_visit(node)


def names_used(path: Path) -> set[str]:
    """The multiprocessing / concurrent.futures names the file uses, e.g. {"Pool", "Pool.imap", "current_process"}."""
    return _names_used(path.read_bytes())


@functools.lru_cache(maxsize=1024)  # each version of a file is read once per process
def _names_used(content: bytes) -> frozenset[str]:
    return frozenset(_Reader().read(ast.parse(content)))


def vocabulary() -> set[str]:
    """Every public name a page could mean: module functions and classes, and members of the known classes."""
    words = {name for module in (multiprocessing, concurrent.futures) for name in dir(module) if not name.startswith("_")}
    for cls in CLASSES.values():
        words |= {name for name in dir(cls) if not name.startswith("_")}
    return words


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        print(argument, sorted(names_used(Path(argument))))
