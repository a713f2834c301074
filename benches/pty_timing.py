#!/usr/bin/env python3
"""Time a full-screen program in a pseudo-terminal, as a person at a terminal would see it.

    pty_timing.py frame  COLSxROWS MARKER RUNS -- CMD...
        Start CMD in a pty of that size RUNS times; print the median and each run's time from
        the start to the last byte of the output burst in which MARKER appeared (the first
        complete frame).
    pty_timing.py keys   COLSxROWS MARKER PREFIX QUERIES_FILE ROUNDS -- CMD...
        Start CMD once per round, wait for MARKER and a second more, send PREFIX (e.g. "/"
        to focus the search), then type each line of QUERIES_FILE key by key, clearing the
        line (Ctrl-U) between queries. A keystroke's time is from writing it to the last byte
        of the redraw it caused (the output goes quiet for QUIET_MS). Prints median and p99
        over every typed key, and the process's peak resident memory (VmHWM) once idle.

With PTY_STDIN=FILE in the environment, CMD's standard input is that file (fzf reads its list
there and its keys from the terminal). Only the Python standard library; Linux (reads /proc for memory).
"""
import fcntl
import os
import select
import statistics
import struct
import subprocess
import sys
import termios
import time

QUIET_MS = 15


def spawn(size, cmd):
    cols, rows = (int(v) for v in size.split("x"))
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    env.pop("NO_COLOR", None)
    stdin = open(os.environ["PTY_STDIN"], "rb") if os.environ.get("PTY_STDIN") else slave
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdin=stdin, stdout=slave, stderr=slave, env=env, start_new_session=True,
        preexec_fn=lambda: fcntl.ioctl(1, termios.TIOCSCTTY, 0),
    )
    os.close(slave)
    return proc, master, start


def read_burst(master, quiet_ms, limit_s=10.0):
    """Read until the output stays quiet for quiet_ms; return (bytes, time of the last byte)."""
    out = b""
    last = None
    deadline = time.perf_counter() + limit_s
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([master], [], [], quiet_ms / 1000)
        if not ready:
            if last is not None:
                break
            continue
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
        last = time.perf_counter()
    return out, last


def wait_for(master, marker, limit_s=10.0):
    """Read until marker is seen, then to the end of that burst; return the last byte's time."""
    seen = b""
    deadline = time.perf_counter() + limit_s
    while time.perf_counter() < deadline:
        out, last = read_burst(master, QUIET_MS, limit_s)
        seen += out
        if marker.encode() in seen:
            return last
    raise SystemExit(f"marker {marker!r} not seen within {limit_s} s; output ended with {seen[-300:]!r}")


def stop(proc, master):
    proc.kill()
    proc.wait()
    os.close(master)


def frame(size, marker, runs, cmd):
    times = []
    for _ in range(runs):
        proc, master, start = spawn(size, cmd)
        last = wait_for(master, marker)
        times.append((last - start) * 1e3)
        stop(proc, master)
    print(f"median {statistics.median(times):.2f} ms  min {min(times):.2f} ms  runs {runs}")


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def keys(size, marker, prefix, queries_file, rounds, cmd):
    with open(queries_file, encoding="utf-8") as f:
        queries = [q for q in f.read().splitlines() if q]
    times = []
    rss = []
    for _ in range(rounds):
        proc, master, _ = spawn(size, cmd)
        wait_for(master, marker)
        # A person's first key comes well after the first frame; let the start-up threads end.
        time.sleep(1.0)
        read_burst(master, QUIET_MS, 0.2)
        rss.append(peak_rss_mb(proc.pid))
        if prefix:
            os.write(master, prefix.encode())
            read_burst(master, QUIET_MS)
        for q in queries:
            for ch in q:
                sent = time.perf_counter()
                os.write(master, ch.encode())
                _, last = read_burst(master, QUIET_MS)
                if last is not None:
                    times.append((last - sent) * 1e3)
            os.write(master, b"\x15")  # Ctrl-U clears the query (not counted)
            read_burst(master, QUIET_MS)
        stop(proc, master)
    times.sort()
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(
        f"median {statistics.median(times):.2f} ms  p99 {p99:.2f} ms  max {times[-1]:.2f} ms  "
        f"keys {len(times)}  idle peak RSS {max(rss):.1f} MB"
    )


def main(argv):
    if "--" not in argv:
        raise SystemExit(__doc__)
    cut = argv.index("--")
    args, cmd = argv[1:cut], argv[cut + 1:]
    if args[0] == "frame":
        frame(args[1], args[2], int(args[3]), cmd)
    elif args[0] == "keys":
        keys(args[1], args[2], args[3], args[4], int(args[5]), cmd)
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
