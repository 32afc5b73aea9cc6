#!/usr/bin/env python3
"""DL4J against PyTorch on the same tiles and recipe, several seeds each: the validation curves side by side.

Runs `parzen train` (the Java trainer) and `torch_unet.py train` with the same options for every seed,
one after the other, then prints per epoch the mean and the seed-to-seed band (min..max) of validation
loss and building pixel F1 for each, and checks the three claims of "a validation figure a study can
trust":
  1. DL4J's mean curve lies within PyTorch's seed band (validation loss and building F1, every epoch
     of the second half of training);
  2. the final building, border and background pixel F1 (mean over seeds) within 0.03 of PyTorch's;
  3. in the second half of training, building F1 of consecutive epochs differs by at most 0.05 (every
     seed, both frameworks).

    ./parzen dataset synth --out curves-data --tiles 80 --seed 20261206 --size 256
    /usr/bin/python3 trainer-image/compare/curves.py --data curves-data --work curves-work \\
        --seeds 1,2,3 -- --epochs 8 --learning-rate 0.003

Everything after `--` goes to both trainers (use options both know: see `torch_unet.py train --help`).
Threads: OMP_NUM_THREADS as set (default: all cores) for both. Exit status 0 when all three claims hold.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SMALL = ["--tile", "64", "--base-filters", "16", "--depth", "3", "--batch", "8"]
KEYS = ("valLoss", "f1Building", "f1Border", "f1Background", "buildingF1")


def read_lines(path):
    with open(path) as f:
        return [json.loads(line) for line in f]


def run_java(data, out_dir, seed, extra, reuse=False):
    """One `parzen train` run; returns its metrics lines."""
    out = os.path.join(out_dir, "java-seed%d" % seed)
    if reuse and os.path.exists(os.path.join(out, "result.json")):
        return read_lines(os.path.join(out, "metrics.jsonl"))
    cmd = [os.path.join(ROOT, "parzen"), "train", "--data", data, "--output", out, "--seed", str(seed),
           "--mask-tiles", "0"] + SMALL + extra
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(out, "metrics.jsonl")) as f:
        return [json.loads(line) for line in f]


def run_torch(data, out_dir, seed, extra, reuse=False):
    """One `torch_unet.py train` run; returns its metrics lines."""
    out = os.path.join(out_dir, "torch-seed%d.jsonl" % seed)
    if reuse and os.path.exists(out) and len(read_lines(out)) == epochs_of(extra):
        return read_lines(out)
    cmd = [sys.executable, os.path.join(HERE, "torch_unet.py"), "train", "--data", data, "--out", out,
           "--seed", str(seed)] + SMALL + extra
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    with open(out) as f:
        return [json.loads(line) for line in f]


def epochs_of(extra):
    """The --epochs given to both trainers (torch_unet.py's default otherwise)."""
    return int(extra[extra.index("--epochs") + 1]) if "--epochs" in extra else 10


def band(runs, epoch, key):
    values = [r[epoch][key] for r in runs]
    return statistics.mean(values), min(values), max(values)


def table(java, torch):
    epochs = len(java[0])
    lines = ["| epoch | DL4J val loss (mean, min..max) | PyTorch val loss | DL4J building F1 | PyTorch building F1 |",
             "|---|---|---|---|---|"]
    for e in range(epochs):
        cells = []
        for key in ("valLoss", "f1Building"):
            for runs in (java, torch):
                m, lo, hi = band(runs, e, key)
                cells.append("%.3f (%.3f..%.3f)" % (m, lo, hi))
        lines.append("| %d | %s |" % (e + 1, " | ".join([cells[0], cells[1], cells[2], cells[3]])))
    return "\n".join(lines)


def claims(java, torch, seeds):
    """(claim, holds, detail) for the three claims."""
    epochs = len(java[0])
    second_half = range(epochs // 2, epochs)
    outside = []
    for e in second_half:
        for key in ("valLoss", "f1Building"):
            m, _, _ = band(java, e, key)
            _, lo, hi = band(torch, e, key)
            if not lo <= m <= hi:
                outside.append("epoch %d %s %.3f not in %.3f..%.3f" % (e + 1, key, m, lo, hi))
    final = []
    for key in ("f1Building", "f1Border", "f1Background"):
        j, t = band(java, epochs - 1, key)[0], band(torch, epochs - 1, key)[0]
        final.append((key, j, t, abs(j - t) <= 0.03))
    jumps = []
    for name, runs in (("DL4J", java), ("PyTorch", torch)):
        for seed, r in zip(seeds, runs):
            for e in second_half[1:]:  # pairs of epochs both in the second half
                if abs(r[e]["f1Building"] - r[e - 1]["f1Building"]) > 0.05:
                    jumps.append("%s seed %d epoch %d->%d: %.3f -> %.3f" % (name, seed, e, e + 1,
                                                                        r[e - 1]["f1Building"], r[e]["f1Building"]))
    return [("DL4J's mean curve within PyTorch's seed band (second half)", not outside, "; ".join(outside) or "yes"),
            ("final pixel F1 within 0.03 of PyTorch's mean", all(f[3] for f in final),
             ", ".join("%s %.3f vs %.3f" % f[:3] for f in final)),
            ("building F1 of consecutive epochs within 0.05 (second half)", not jumps, "; ".join(jumps) or "yes")]


def main():
    argv = sys.argv[1:]
    extra = argv[argv.index("--") + 1:] if "--" in argv else []
    own = argv[:argv.index("--")] if "--" in argv else argv
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", required=True)
    p.add_argument("--work", required=True, help="folder for the runs' outputs")
    p.add_argument("--seeds", default="1,2,3")
    p.add_argument("--reuse", action="store_true", help="keep runs already finished in --work (after an interruption, "
                   "or runs made by hand with the same options) instead of training them again")
    args = p.parse_args(own)
    seeds = [int(s) for s in args.seeds.split(",")]
    os.makedirs(args.work, exist_ok=True)
    java, torch = [], []
    for seed in seeds:
        java.append(run_java(args.data, args.work, seed, extra, args.reuse))
        torch.append(run_torch(args.data, args.work, seed, extra, args.reuse))
        print("seed %d: DL4J final building F1 %.3f, PyTorch %.3f" % (seed, java[-1][-1]["f1Building"],
                                                                     torch[-1][-1]["f1Building"]), flush=True)
    print(table(java, torch))
    ok = True
    for name, holds, detail in claims(java, torch, seeds):
        print("%s %s: %s" % ("PASS" if holds else "FAIL", name, detail))
        ok = ok and holds
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
