#!/usr/bin/env python3
"""From `perf sched timehist --state` of one run of a multi-threaded program: how long 0, 1, 2+
of its threads wanted a CPU (running, or runnable and waiting for one), whatever other programs
kept them from getting it, so it means the same on a loaded machine. Serial = fewer than two (a
thread waiting for a read, a write or another thread counts as not wanting). Prints the times and
the Amdahl bound 1 / (s + (1 - s) / 2), s = serial time / (serial time + 2 * parallel time); with a
second argument, the serial stretches longer than that many seconds.
    perf sched record -o /tmp/sched.data -- build/release/cli/dateline build DIR -j 2 -f json -o OUT
    perf sched timehist --state -i /tmp/sched.data | bench/serial_share.py dateline [0.02]"""
import re, sys, collections
name = sys.argv[1]
rec = collections.defaultdict(list)
pat = re.compile(r'^\s*([\d.]+)\s+\[\d+\]\s+(\S+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\S+)')
for line in sys.stdin:
    m = pat.match(line)
    if not m: continue
    t, task, wait, delay, run, state = m.groups()
    if not task.startswith(name + '['): continue
    tid = task[len(name)+1:].split('/')[0].rstrip(']')
    rec[tid].append((float(t), float(run) / 1e3, float(delay) / 1e3, state))
events = []  # (time, +1/-1)
def want(a, b):
    if b > a: events.append((a, 1)); events.append((b, -1))
for tid, rs in rec.items():
    rs.sort()
    prev_end, prev_state = None, None
    for t, run, delay, state in rs:
        start = t - run
        if prev_end is None or prev_state in ('S', 'D', 'I'):
            want(start - delay, t)
        else:  # preempted (R) or waking: wanted the CPU all along
            want(prev_end, t)
        prev_end, prev_state = t, state
first = min(e[0] for e in events); last = max(e[0] for e in events)
events.sort()
share = collections.Counter(); n = 0; at = first
for t, d in events:
    share[min(n, 2)] += t - at; at = t; n += d
wall = last - first
serial = share[0] + share[1]; par = share[2]
s = serial / (serial + 2 * par)
print(f"wall {wall:.3f} s: 0 threads {share[0]:.3f} s, 1 thread {share[1]:.3f} s, 2+ threads {par:.3f} s; "
      f"serial share of the work s = {s:.3f}, Amdahl bound {1 / (s + (1 - s) / 2):.2f}x")
if len(sys.argv) > 2:
    n = 0; at = first; run_start = None
    for t, d in events:
        n2 = n + d
        if n < 2 and run_start is None: run_start = at
        if n2 >= 2 and run_start is not None:
            if t - run_start > float(sys.argv[2]): print(f"  serial {run_start - first:7.3f} .. {t - first:7.3f} s ({t - run_start:.3f})")
            run_start = None
        at = t; n = n2
    if run_start is not None: print(f"  serial {run_start - first:7.3f} .. {last - first:7.3f} s ({last - run_start:.3f})")
