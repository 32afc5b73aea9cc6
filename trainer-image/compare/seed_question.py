#!/usr/bin/env python3
"""The seed's question as a controlled experiment: does the grouped head help?

Trains the same U-Net on the same tiles with the same recipe in three kinds of arm, several seeds each:
  baseline      the 1x1 head, one filter per class;
  grouped-M     the grouped head, M filters per class summed into each class logit;
  head-lr-xM    the baseline head learning M times faster (--head-lr-multiplier M), which is what the
                grouped head amounts to in training (docs/findings.md, section 1).
Per arm it prints the mean and a 95% interval (Student's t over seeds) of the final validation loss,
pixel F1 per class and SpaceNet object F1, the same figures paired by seed against the baseline, and the head's weight-shape statistics from
histograms.jsonl (excess kurtosis, skewness, distance to a normal at the last epoch; Wasserstein-1
and relative L2 change per epoch averaged over epochs 2..E), then the rank correlation across runs
between "smoother head weights" and validation loss.

    ./parzen dataset synth --out sq-data --tiles 80 --seed 14 --size 256
    python3 trainer-image/compare/seed_question.py --data sq-data --work sq-work --seeds 1,2,3,4,5 \\
        --m 1,3,8,19,40 --jobs 2

Runs already finished in WORK are reused (delete a run's folder to redo it). Everything after `--` is
added to every run's `parzen train` options (replacing the recipe's value
of an option named in both). With --jobs J, J runs go side by side with
OMP_NUM_THREADS=1 each unless OMP_NUM_THREADS is set. Writes WORK/summary.md, WORK/runs.csv and a chart
of validation loss by arm, WORK/val-loss.svg, and of validation loss against how far each run's head
weights are from a normal distribution, WORK/val-loss-vs-head-normality.svg.
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
    lines.append("Paired by seed against the baseline (a seed gives every arm the same trunk initialisation, crops and "
                 "poses), mean difference and 95% interval; * marks an interval that excludes 0:")
    lines.append("")
    lines.append("| arm | " + " | ".join(label for _, label in QUALITY) + " |")
    lines.append("|---|" + "---|" * len(QUALITY))
    base = {r["seed"]: r for r in rows if r["arm"] == "baseline"}
    for arm in arm_names[1:]:
        mine = [r for r in rows if r["arm"] == arm and r["seed"] in base]
        if len(mine) < 2:
            continue
        cells = []
        for key, _ in QUALITY:
            mean, half = interval([r[key] - base[r["seed"]][key] for r in mine])
            cells.append("%+.3f ± %.3f%s" % (mean, half, " *" if abs(mean) > half else ""))
        lines.append("| %s | %s |" % (arm, " | ".join(cells)))
    lines.append("")
    lines.append("Rank correlation (Spearman) across all %d runs with validation loss (positive: more of it goes "
                 "with a higher, worse loss):" % len(rows))
    loss = [r["valLoss"] for r in rows]
    for key, label in SHAPE:
        lines.append("- %s: %+.2f" % (label, spearman([r[key] for r in rows], loss)))
    return "\n".join(lines)


def svg(rows, arm_names, key="valLoss", label="final validation loss"):
    """A dot chart: every run's figure per arm, with the arm's mean and 95% interval (a plain SVG file)."""
    width, height, left, top, bottom = 720, 360, 70, 30, 80
    values = [r[key] for r in rows]
    lo, hi = min(values), max(values)
    pad = (hi - lo) * 0.08 or 0.01
    lo, hi = lo - pad, hi + pad
    step = (width - left - 20) / len(arm_names)

    def y(v):
        return top + (hi - v) / (hi - lo) * (height - top - bottom)

    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">'
           % (width, height), '<rect width="100%" height="100%" fill="white"/>',
           '<text x="%d" y="18" font-size="14">%s by arm (dots: seeds; bar: mean and 95%% interval)</text>' % (left, label)]
    for i in range(5):
        v = lo + (hi - lo) * i / 4
        out.append('<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#ddd"/><text x="%d" y="%.1f" text-anchor="end">%.3f</text>'
                   % (left, width - 20, y(v), y(v), left - 6, y(v) + 4, v))
    for i, arm in enumerate(arm_names):
        x = left + step * (i + 0.5)
        mine = [r[key] for r in rows if r["arm"] == arm]
        colour = "#1f77b4" if arm.startswith("grouped") else "#d62728" if arm.startswith("head-lr") else "#333"
        for j, v in enumerate(mine):
            out.append('<circle cx="%.1f" cy="%.1f" r="3" fill="%s" fill-opacity="0.5"/>' % (x - 8 + 4 * j, y(v), colour))
        if len(mine) > 1:
            mean, half = interval(mine)
            out.append('<line x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f" stroke="%s" stroke-width="2"/>'
                       % (x + 16, x + 16, y(mean - half), y(mean + half), colour))
            out.append('<line x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f" stroke="%s" stroke-width="2"/>'
                       % (x + 10, x + 22, y(mean), y(mean), colour))
        out.append('<text transform="translate(%.1f,%d) rotate(35)" fill="%s">%s</text>' % (x - 10, height - bottom + 16, colour, arm))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def scatter(rows, xkey, xlabel, key="valLoss", label="final validation loss"):
    """Every run as a dot: a head weight statistic across, validation loss up (a plain SVG file)."""
    width, height, left, top, bottom = 880, 360, 70, 30, 50
    xs, ys = [r[xkey] for r in rows], [r[key] for r in rows]

    def scale(v, lo, hi, a, b):
        return a + (v - lo) / ((hi - lo) or 1) * (b - a)

    xlo, xhi, ylo, yhi = min(xs), max(xs), min(ys), max(ys)
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">'
           % (width, height), '<rect width="100%" height="100%" fill="white"/>',
           '<text x="10" y="18" font-size="13">%s against %s (blue: grouped, red: head-lr, grey: baseline)</text>'
           % (label, xlabel)]
    for i in range(5):
        xv, yv = xlo + (xhi - xlo) * i / 4, ylo + (yhi - ylo) * i / 4
        px, py = scale(xv, xlo, xhi, left, width - 20), scale(yv, ylo, yhi, height - bottom, top)
        out.append('<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#ddd"/><text x="%d" y="%.1f" text-anchor="end">%.3f</text>'
                   % (left, width - 20, py, py, left - 6, py + 4, yv))
        out.append('<text x="%.1f" y="%d" text-anchor="middle">%.3f</text>' % (px, height - bottom + 18, xv))
    out.append('<text x="%d" y="%d" text-anchor="middle">%s</text>' % ((left + width) // 2, height - 8, xlabel))
    for r in rows:
        colour = "#1f77b4" if r["arm"].startswith("grouped") else "#d62728" if r["arm"].startswith("head-lr") else "#333"
        out.append('<circle cx="%.1f" cy="%.1f" r="4" fill="%s" fill-opacity="0.6"><title>%s seed %d</title></circle>'
                   % (scale(r[xkey], xlo, xhi, left, width - 20), scale(r[key], ylo, yhi, height - bottom, top), colour,
                      r["arm"], r["seed"]))
    out.append("</svg>")
    return "\n".join(out) + "\n"


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
    with open(os.path.join(args.work, "val-loss.svg"), "w") as f:
        f.write(svg(rows, [n for n, _ in chosen]))
    with open(os.path.join(args.work, "val-loss-vs-head-normality.svg"), "w") as f:
        f.write(scatter(rows, "normalDistance", "the head weights' distance to a normal"))
    print(text)


if __name__ == "__main__":
    main()
