"""``make bench``: measure SMS Desk on a busy office's store and print the table.

Generates (or reuses) the store of 100,000 conversations and 1,000,000 messages, then runs
each measurement in its own process so every start-up is cold and every memory figure is
the process's own:

- start-up: ``python -m desktop`` signed in through a remembered password, until the chat
  list is first painted with conversations, against a bare PySide6 window (median of runs):
  a repeat start (the home's previous session quit normally and left its snapshot, as a
  user's yesterday did) and, reported beside it, the first-ever start of a fresh home;
- a session of the real app (``bench/probes/session.py``): opening the 10k-message
  conversation, scrolling it and the chat list end to end, a burst of 10k inbound messages
  from the demo gateway over HTTP with a GUI-thread heartbeat, search, memory;
- memory on a small store (10k messages) beside the large one: it must not grow with history;
- idle CPU over 60 s of the app with its poller running, beside the bare window.

Each figure is printed with its ratio to a floor measured in the same run; the results go to
stdout and ``bench/results.json`` with the machine described.

Usage: python -m bench.run [--runs N] [--idle-seconds S] [--scale large|small]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.config.settings import Paths, Settings, save_settings

from bench.generate import SCALES, StoreInfo, generate

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
RESULTS = BENCH_DIR / "results.json"
KEYRING = "bench.probes.bench_keyring.BenchKeyring"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def log(message: str) -> None:
    print(f"  [bench] {message}", file=sys.stderr, flush=True)


def probe_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


# -- start-up --------------------------------------------------------------------------------


def app_home(root: Path, store: Path, info: StoreInfo) -> Path:
    """A fresh home for one launch: settings naming the store, the account remembered."""
    home = Path(tempfile.mkdtemp(prefix="home-", dir=root))
    paths = Paths.under(home)
    paths.ensure()
    settings = Settings(
        default_region="US",
        no_tray_notice_shown=True,
        database_url=f"sqlite:///{store}",
        remembered_extension=info.extension,
    )
    save_settings(paths.settings_file, settings)
    return home


def launch(argv: list[str], env: dict[str, str], *, stay: bool = False) -> tuple[float, dict]:
    """Start a process; return its start time and its first-paint report."""
    started = time.time()
    process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line:
        process.wait(30)
        raise RuntimeError(f"{argv} ended without painting (exit {process.returncode})")
    report = json.loads(line)
    report["process"] = process
    if not stay:
        process.wait(30)
    return started, report


def app_argv(home: Path) -> list[str]:
    return [sys.executable, "-m", "desktop", "--home", str(home)]


def app_env(info: StoreInfo, mode: str) -> dict[str, str]:
    return probe_env(
        SMSDESK_BENCH_FIRST_PAINT=mode,
        PYTHON_KEYRING_BACKEND=KEYRING,
        SMSDESK_BENCH_PASSWORD=info.password,
    )


def bare_argv(stay: bool = False) -> list[str]:
    return [sys.executable, "-m", "bench.probes.bare_window", *(["--stay"] if stay else [])]


def startup(work: Path, store: Path, info: StoreInfo, runs: int) -> dict:
    """Median time from process start to first paint: the app's repeat start, its first-ever
    start and the bare window.

    Each run makes a fresh home and launches the app twice in it. The first launch is the
    first-ever start (no snapshot): it signs in with the remembered password, paints the
    store's first page and quits normally, which writes the chat list's snapshot. The second
    launch is the repeat start a user has every day: it paints that snapshot.
    """
    bare, app, first, bare_rss, app_rss, first_rss = [], [], [], [], [], []
    # One warm-up of each, so both start from the same page cache.
    launch(bare_argv(), probe_env())
    warm = app_home(work, store, info)
    launch(app_argv(warm), app_env(info, "quit"))
    launch(app_argv(warm), app_env(info, "quit"))
    for _ in range(runs):
        started, report = launch(bare_argv(), probe_env())
        bare.append(report["painted_at"] - started)
        bare_rss.append(report["rss_kib"])
        home = app_home(work, store, info)
        started, report = launch(app_argv(home), app_env(info, "quit"))
        first.append(report["painted_at"] - started)
        first_rss.append(report["rss_kib"])
        if not Paths.under(home).snapshot_file.exists():
            raise RuntimeError("the first launch quit without writing its snapshot")
        started, report = launch(app_argv(home), app_env(info, "quit"))
        app.append(report["painted_at"] - started)
        app_rss.append(report["rss_kib"])
    return {
        "app_s": statistics.median(app),
        "first_s": statistics.median(first),
        "bare_s": statistics.median(bare),
        "app_runs_s": [round(t, 3) for t in app],
        "first_runs_s": [round(t, 3) for t in first],
        "bare_runs_s": [round(t, 3) for t in bare],
        "app_rss_kib": statistics.median(app_rss),
        "first_rss_kib": statistics.median(first_rss),
        "bare_rss_kib": statistics.median(bare_rss),
    }


# -- idle CPU --------------------------------------------------------------------------------


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime, all threads


def idle_cpu(work: Path, store: Path, info: StoreInfo, seconds: float) -> dict:
    """CPU used over ``seconds`` by the idle app (poller running) and by the bare window."""
    _, app = launch(app_argv(app_home(work, store, info)), app_env(info, "stay"), stay=True)
    _, bare = launch(bare_argv(stay=True), probe_env(), stay=True)
    processes = {"app": app["process"], "bare": bare["process"]}
    try:
        time.sleep(5)  # let start-up work (first poll, unread count) finish
        before = {name: cpu_seconds(p.pid) for name, p in processes.items()}
        started = time.monotonic()
        time.sleep(seconds)
        elapsed = time.monotonic() - started
        used = {name: cpu_seconds(p.pid) - before[name] for name, p in processes.items()}
    finally:
        for process in processes.values():
            process.send_signal(signal.SIGTERM)
        for process in processes.values():
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
    return {
        "seconds": round(elapsed, 1),
        "app_percent": 100 * used["app"] / elapsed,
        "bare_percent": 100 * used["bare"] / elapsed,
    }


# -- the session probe -----------------------------------------------------------------------


def session(work: Path, store: Path, info_file: Path, *, quick: bool = False) -> dict:
    home = Path(tempfile.mkdtemp(prefix="session-", dir=work))
    argv = [sys.executable, "-m", "bench.probes.session", str(store), str(info_file), str(home)]
    done = subprocess.run(
        [*argv, *(["--quick"] if quick else [])],
        cwd=ROOT,
        env=probe_env(),
        stdout=subprocess.PIPE,
        text=True,
        check=True,
        timeout=600,
    )
    return {line["probe"]: line for line in json_lines(done.stdout)}


# -- the machine ----------------------------------------------------------------------------


def machine() -> dict:
    import PySide6
    import sqlalchemy
    from PySide6 import QtCore

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = int(line.split()[1]) // 1024
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_mib": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": QtCore.qVersion(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": sqlalchemy.__version__,
    }


# -- the table -------------------------------------------------------------------------------


@dataclass
class Row:
    figure: str
    value: float
    unit: str
    floor: float | None
    floor_name: str
    target: str
    holds: bool | None

    @property
    def ratio(self) -> float | None:
        if self.floor is None or self.floor <= 0:
            return None
        return self.value / self.floor

    def as_dict(self) -> dict:
        ratio = self.ratio
        return {
            "figure": self.figure,
            "value": round(self.value, 3),
            "unit": self.unit,
            "floor": None if self.floor is None else round(self.floor, 3),
            "floor_is": self.floor_name,
            "ratio": None if ratio is None else round(ratio, 2),
            "target": self.target,
            "holds": self.holds,
        }


def rows_from(results: dict) -> list[Row]:
    s, big, small = results["startup"], results["session"], results["session_small"]
    idle = results["idle"]
    rows = [
        Row(
            "start-up to first painted chat list (repeat start, last session's snapshot)",
            s["app_s"] * 1000,
            "ms",
            s["bare_s"] * 1000,
            "bare PySide6 QMainWindow",
            "≤ 2.5× floor",
            s["app_s"] <= 2.5 * s["bare_s"],
        ),
        Row(
            "  … first-ever start (fresh home, no snapshot: store's first page)",
            s["first_s"] * 1000,
            "ms",
            s["bare_s"] * 1000,
            "bare PySide6 QMainWindow",
            "reported",
            None,
        ),
    ]
    o = big["open_big"]
    rows.append(
        Row(
            f"open the {results['store']['big_messages']:,}-message conversation (median)",
            o["median_ms"],
            "ms",
            big["open_floor"]["median_ms"],
            "sqlite3 read of its newest page",
            "< 50 ms",
            o["median_ms"] < 50,
        )
    )
    rows.append(
        Row(
            "  … first open (cold)",
            o["first_ms"],
            "ms",
            big["open_floor"]["median_ms"],
            "sqlite3 read of its newest page",
            "< 50 ms",
            o["first_ms"] < 50,
        )
    )
    floor = big["scroll_floor"]
    for key, name in (("scroll_chat_list", "chat list"), ("scroll_conversation", "conversation")):
        f = big[key]
        rows.append(
            Row(
                f"scroll the {name} end to end ({f['rows']:,} rows, {f['frames']:,} frames):"
                " frames over 16 ms",
                f["over_16ms"],
                "frames",
                None,
                "",
                "reported",
                None,
            )
        )
        rows.append(
            Row(
                f"  … {name} frame time p95",
                f["p95_ms"],
                "ms",
                floor["p95_ms"],
                "bare QListView p95",
                "≤ 16 ms",
                f["p95_ms"] <= 16,
            )
        )
    i = big["ingest"]
    rows.append(
        Row(
            "ingest 10k inbound from the demo gateway (poll → stored → list updated)",
            i["seconds"] * 1000,
            "ms",
            big["ingest_floor"]["seconds"] * 1000,
            "sqlite3.executemany of the rows",
            "≤ 3× floor",
            i["completed"] and i["seconds"] <= 3 * big["ingest_floor"]["seconds"],
        )
    )
    rows.append(
        Row(
            "longest GUI-thread stall during the burst",
            i["longest_stall_ms"],
            "ms",
            i["idle_stall_ms"],
            "same heartbeat, idle",
            "< 50 ms",
            i["longest_stall_ms"] < 50,
        )
    )
    search = big["search"]
    worst = max(search["words"], key=lambda w: search["words"][w]["median_ms"])
    rows.append(
        Row(
            f"chat-list search over {results['store']['messages']:,} messages"
            f" (slowest word: {worst!r})",
            search["words"][worst]["median_ms"],
            "ms",
            search["floor_ms"][worst],
            "raw FTS5 MATCH, newest 200",
            "< 50 ms",
            search["words"][worst]["median_ms"] < 50,
        )
    )
    bare_rss = s["bare_rss_kib"] / 1024
    small_started = small["rss_started"]["rss_kib"] / 1024
    small_opened = small["rss_opened"]["rss_kib"] / 1024
    rows.append(
        Row(
            "RSS after start-up (first paint, real launch, first-ever start)",
            s["first_rss_kib"] / 1024,
            "MiB",
            bare_rss,
            "bare PySide6 window",
            "reported",
            None,
        )
    )
    started = big["rss_started"]["rss_kib"] / 1024
    opened = big["rss_opened"]["rss_kib"] / 1024
    rows.append(
        Row(
            "RSS after start-up, 1M-message store vs 10k-message store",
            started,
            "MiB",
            small_started,
            "same, 10k-message store",
            "≤ 1.1× (no growth with history)",
            started <= 1.1 * small_started,
        )
    )
    rows.append(
        Row(
            "RSS after opening the big conversation, 1M vs 10k store",
            opened,
            "MiB",
            small_opened,
            "same, 10k-message store",
            "≤ 1.1× (no growth with history)",
            opened <= 1.1 * small_opened,
        )
    )
    rows.append(
        Row(
            f"idle CPU over {idle['seconds']:.0f} s, poller running",
            idle["app_percent"],
            "%",
            idle["bare_percent"],
            "bare PySide6 window",
            "< 1 %",
            idle["app_percent"] < 1,
        )
    )
    return rows


def render(rows: list[Row]) -> str:
    def number(value: float | None) -> str:
        if value is None:
            return "—"
        return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}".rstrip("0").rstrip(".")

    lines = [
        "| figure | value | floor | ratio | target | holds |",
        "|---|---:|---:|---:|---|:---:|",
    ]
    for row in rows:
        ratio = row.ratio
        floor = "—" if row.floor is None else f"{number(row.floor)} {row.unit} ({row.floor_name})"
        holds = {True: "yes", False: "**NO**", None: "—"}[row.holds]
        lines.append(
            f"| {row.figure} | {number(row.value)} {row.unit} | {floor} | "
            f"{'—' if ratio is None else f'{ratio:.2f}×'} | {row.target} | {holds} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="start-ups of each kind")
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    parser.add_argument("--scale", choices=sorted(SCALES), default="large")
    args = parser.parse_args(argv)
    begun = time.monotonic()
    # Measure the app as installed: pip compiles an installed package's bytecode, but an
    # editable checkout (or PYTHONDONTWRITEBYTECODE=1) would compile every module at each
    # start-up.
    compileall.compile_dir(ROOT / "desktop", quiet=1)
    compileall.compile_dir(BENCH_DIR, quiet=1)

    info = generate(SCALES[args.scale])
    small_info = generate(SCALES["small"])
    from bench.generate import info_path

    results: dict = {"machine": machine(), "store": info.__dict__ | {"path": Path(info.path).name}}
    with tempfile.TemporaryDirectory(prefix="smsdesk-bench-", dir=BENCH_DIR) as tmp:
        work = Path(tmp)
        # Working copies: the probes write (greetings, a burst); the cached stores stay as built.
        store = work / "store.sqlite3"
        shutil.copyfile(info.path, store)
        log(f"start-up: {args.runs} launches of the app and of a bare window")
        results["startup"] = startup(work, store, info, args.runs)
        log("session: open, scroll, burst, search")
        session_store = work / "session.sqlite3"
        shutil.copyfile(info.path, session_store)
        results["session"] = session(work, session_store, info_path(SCALES[args.scale]))
        small_store = work / "small.sqlite3"
        shutil.copyfile(small_info.path, small_store)
        results["session_small"] = session(
            work, small_store, info_path(SCALES["small"]), quick=True
        )
        log(f"idle CPU over {args.idle_seconds:.0f} s")
        results["idle"] = idle_cpu(work, store, info, args.idle_seconds)

    rows = rows_from(results)
    results["table"] = [row.as_dict() for row in rows]
    results["total_seconds"] = round(time.monotonic() - begun, 1)
    table = render(rows)
    m = results["machine"]
    print(
        f"SMS Desk benchmark — {info.messages:,} messages in {info.conversations:,} conversations"
        f"\n{m['cpu']}, {m['cores']} cores, {m['ram_mib']:,} MiB RAM; Python {m['python']},"
        f" PySide6 {m['pyside6']} (Qt {m['qt']}), SQLite {m['sqlite']}\n"
    )
    print(table)
    print(f"\n{results['total_seconds']:.0f} s in all; details in {RESULTS.relative_to(ROOT)}")
    RESULTS.write_text(json.dumps(results, indent=2, default=str) + "\n")
    return 0 if all(row.holds is not False for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
