#!/usr/bin/env python3
"""The seed's question as a controlled experiment: does the grouped head help?

Trains the same U-Net on the same tiles with the same recipe in three kinds of arm, several seeds each:
  baseline      the 1x1 head, one filter per class;
  grouped-M     the grouped head, M filters per class summed into each class logit;
  head-lr-xM    the baseline head learning M times faster (--head-lr-multiplier M), which is what the
                grouped head amounts to in training (docs/findings.md, section 1).
Per arm it prints the mean and a 95% interval (Student's t over seeds) of the final validation loss,
pixel F1 per class and SpaceNet object F1, and the head's weight-shape statistics from
histograms.jsonl (excess kurtosis, skewness, distance to a normal at the last epoch; Wasserstein-1
and relative L2 change per epoch averaged over epochs 2..E), then the rank correlation across runs
between "smoother head weights" and validation loss.

    ./parzen dataset synth --out sq-data --tiles 80 --seed 14 --size 256
    python3 trainer-image/compare/seed_question.py --data sq-data --work sq-work --seeds 1,2,3,4,5 \\
        --m 1,3,8,19,40 --jobs 2

Runs already finished in WORK are reused (delete a run's folder to redo it). Everything after `--` is
added to every run's `parzen train` options (replacing the recipe's value
of an option named in both). With --jobs J, J runs go side by side with
OMP_NUM_THREADS=1 each unless OMP_NUM_THREADS is set. Writes WORK/summary.md and WORK/runs.csv.
"""
import argparse
import concurrent.futures
import csv
import json
import math
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# The quality benchmark's small configuration and recipe (compare/quality.sh).
RECIPE = ["--tile", "64", "--base-filters", "16", "--depth", "3", "--batch", "16", "--epochs", "4",
          "--max-tiles", "832", "--learning-rate", "0.006", "--bn-batches", "8", "--mask-tiles", "0"]
QUALITY = (("valLoss", "val loss"), ("f1Background", "bg F1"), ("f1Building", "building F1"),
           ("f1Border", "border F1"), ("buildingF1", "object F1"))
SHAPE = (("kurtosis", "head kurtosis"), ("skewness", "head skewness"), ("normalDistance", "head dist. to normal"),
         ("change", "head W1 change/epoch"), ("relativeChange", "head rel. change/epoch"))
# Two-sided 95% Student t quantiles by degrees of freedom.
T95 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306, 9: 2.262, 10: 2.228,
       11: 2.201, 12: 2.179, 13: 2.160, 14: 2.145, 15: 2.131, 16: 2.120, 17: 2.110, 18: 2.101, 19: 2.093}


def arms(ms):
    """(name, trainer options) for every arm; grouped with M = 1 is kept as a check on the baseline."""
    out = [("baseline", ["--head", "baseline"])]
    out += [("grouped-%d" % m, ["--head", "grouped", "--filters-per-class", str(m)]) for m in ms]
    out += [("head-lr-x%d" % m, ["--head", "baseline", "--head-lr-multiplier", str(m)]) for m in ms if m > 1]
    return out


def merged(recipe, extra):
    """The recipe with the options named in `extra` replaced by extra's values (each option takes one value)."""
    given = dict(zip(extra[0::2], extra[1::2]))
    out = []
    for name, value in zip(recipe[0::2], recipe[1::2]):
        out += [name, given.pop(name, value)]
    for name, value in given.items():
        out += [name, value]
    return out


def read_jsonl(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def run(data, work, arm, options, seed, extra, threads):
    """One `parzen train` run unless its result is already there; returns its folder."""
    out = os.path.join(work, arm, "seed%d" % seed)
    if os.path.exists(os.path.join(out, "result.json")):
        return out
    os.makedirs(os.path.dirname(out), exist_ok=True)
    env = dict(os.environ, OMP_NUM_THREADS=os.environ.get("OMP_NUM_THREADS", str(threads)))
    cmd = [os.path.join(ROOT, "parzen"), "train", "--data", data, "--output", out, "--seed", str(seed)]
    cmd += merged(RECIPE, extra) + options
    with open(out + ".log", "w") as log:
        subprocess.run(cmd, check=True, stdout=log, stderr=subprocess.STDOUT, env=env)
    return out


def head_shape(folder):
    """The head's weight statistics: shape at the last epoch, change averaged over epochs 2..E."""
    lines = [h for h in read_jsonl(os.path.join(folder, "histograms.jsonl")) if h["layer"] == "head" and h["param"] == "W"]
    if not lines:
        raise SystemExit("no head weights in %s/histograms.jsonl" % folder)
    last = max(lines, key=lambda h: h["epoch"])
    later = [h for h in lines if h["epoch"] >= 2]
    shape = {k: last[k] for k in ("kurtosis", "skewness", "normalDistance")}
    for k in ("change", "relativeChange"):
        shape[k] = statistics.mean(h[k] for h in later) if later else float("nan")
    return shape


def record(arm, seed, folder):
    final = read_jsonl(os.path.join(folder, "metrics.jsonl"))[-1]
    row = {"arm": arm, "seed": seed, "epochs": final["epoch"], "seconds": round(final["seconds"], 1)}
    row.update({k: final[k] for k, _ in QUALITY})
    row.update(head_shape(folder))
    return row


def interval(values):
    """Mean and half-width of the 95% t interval."""
    n = len(values)
    mean = statistics.mean(values)
    if n < 2:
        return mean, float("nan")
    return mean, T95.get(n - 1, 1.96) * statistics.stdev(values) / math.sqrt(n)


def ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    r = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r


def spearman(x, y):
    rx, ry = ranks(x), ranks(y)
    mx, my = statistics.mean(rx), statistics.mean(ry)
    num = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    den = math.sqrt(sum((a - mx) ** 2 for a in rx) * sum((b - my) ** 2 for b in ry))
    return num / den if den else float("nan")


def summary(rows, arm_names):
    lines = ["| arm | runs | " + " | ".join(label for _, label in QUALITY + SHAPE) + " |",
             "|---|---|" + "---|" * (len(QUALITY) + len(SHAPE))]
    for arm in arm_names:
        mine = [r for r in rows if r["arm"] == arm]
        if not mine:
            continue
        cells = []
        for key, _ in QUALITY + SHAPE:
            mean, half = interval([r[key] for r in mine])
            cells.append("%.3f ± %.3f" % (mean, half) if not math.isnan(half) else "%.3f" % mean)
        lines.append("| %s | %d | %s |" % (arm, len(mine), " | ".join(cells)))
    lines.append("")
    lines.append("Rank correlation (Spearman) across all %d runs with validation loss (positive: more of it goes "
                 "with a higher, worse loss):" % len(rows))
    loss = [r["valLoss"] for r in rows]
    for key, label in SHAPE:
        lines.append("- %s: %+.2f" % (label, spearman([r[key] for r in rows], loss)))
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", required=True, help="dataset root (parzen dataset synth --out)")
    parser.add_argument("--work", required=True, help="folder for the runs and the summary")
    parser.add_argument("--seeds", default="1,2,3,4,5", help="training seeds, comma separated")
    parser.add_argument("--m", default="1,3,8,19,40", help="filters per class / head learning-rate multipliers")
    parser.add_argument("--jobs", type=int, default=1, help="runs side by side")
    parser.add_argument("extra", nargs="*", help="after --: more parzen train options for every run")
    args = parser.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    chosen = arms([int(m) for m in args.m.split(",")])
    threads = 1 if args.jobs > 1 else (os.cpu_count() or 1)
    jobs = [(name, opts, seed) for seed in seeds for name, opts in chosen]
    rows = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(run, args.data, args.work, name, opts, seed, args.extra, threads): (name, seed)
                   for name, opts, seed in jobs}
        for future in concurrent.futures.as_completed(futures):
            name, seed = futures[future]
            rows.append(record(name, seed, future.result()))
            print("done %s seed %d: val loss %.4f" % (name, seed, rows[-1]["valLoss"]), file=sys.stderr, flush=True)
    rows.sort(key=lambda r: ([n for n, _ in chosen].index(r["arm"]), r["seed"]))
    with open(os.path.join(args.work, "runs.csv"), "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        writer.writeheader()
        writer.writerows(rows)
    text = summary(rows, [n for n, _ in chosen])
    with open(os.path.join(args.work, "summary.md"), "w") as f:
        f.write(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
