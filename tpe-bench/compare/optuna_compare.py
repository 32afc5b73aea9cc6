#!/usr/bin/env python3
"""parzen's TPE beside Optuna's TPESampler on the objectives of `parzen tpe bench`.

Both samplers see the same Python objectives, budgets and seeds (1000..), batch by batch: ask
`batch` trials (each pending while the rest are asked), then tell them all. parzen is driven as a
user drives it, through `parzen tpe ask-tell` (JSON lines on a pipe, one process per run); Optuna
through its ask/tell interface in this process. parzen is told the batch size as its parallelism
(`"parallelism"` on the session's first line), as a Study tells it `spec.parallelism`; Optuna's
TPESampler has no such input.

Optuna 5 (or any version) from a source folder, on Debian's python3-optuna dependencies:

    apt-get install python3-optuna            # numpy, scipy, sqlalchemy, ... (and Optuna 3.1)
    /usr/bin/python3 tpe-bench/compare/optuna_compare.py --optuna OPTUNA_SOURCE_DIR \\
        --variants optuna,parzen --objectives branin,hartmann6,quadratic10,conditional \\
        --seeds 20 --budget 100 --batches 1,8

OPTUNA_SOURCE_DIR is a checkout of github.com/optuna/optuna (the folder holding `optuna/`); it is
put first on sys.path. Without --optuna the installed Optuna is used.

Variants (comma-separated):
    optuna             TPESampler(seed=...) with the loaded Optuna's defaults
    optuna-univariate  the same with multivariate=False
    optuna-no-liar     the same with constant_liar=False
    optuna-group       multivariate=True, group=True
    optuna-3.1-tpe, optuna-tpe-fixed, optuna-3.1-tpe-liar
                       Optuna 3.1 as Debian ships it: defaults, kernels normalised (optuna#5109),
                       constant liar
    parzen             `parzen tpe ask-tell` with the default algorithm block (only the seed)
    parzen{JSON}       the same with extra algorithm fields, e.g. 'parzen{"multivariate":false}'

--parzen-command is the command line that starts one ask/tell session (default: ./parzen tpe
ask-tell, run from the repository root). To test the tpe module's fresh classes without
rebuilding the whole project, put them before the CLI jar:
    --parzen-command "java -cp tpe/target/classes:cli-app/target/parzen.jar io.parzen.operator.cli.ParzenCli tpe ask-tell"

Prints a Markdown table (best-found = noise-free value of the incumbent, median [q1, q3] over the
seeds) and, with two or more variants, the medians side by side. --save FILE keeps every run's
incumbent curve as JSON (seeds already in it are not run again); --load FILE adds saved runs, from
this script or from `parzen tpe bench --save FILE` (the in-process runs, keyed `parzen`); runs of one
cell in several files are merged by seed. --pool reports every loaded seed of a cell, not only
FIRST..FIRST+SEEDS-1.
`--check` prints a few objective values to compare with io.parzen.tpe.bench.*.
"""
import argparse
import json
import math
import multiprocessing
import os
import shlex
import subprocess
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
optuna = None  # imported in load_optuna(), after --optuna has been put on sys.path

# --- objectives: keep in step with tpe-bench/src/main/java/io/parzen/tpe/bench/*.java -----------


def branin(p):
    x1, x2 = p["x1"], p["x2"]
    b, c, t = 5.1 / (4 * math.pi ** 2), 5 / math.pi, 1 / (8 * math.pi)
    a = x2 - b * x1 * x1 + c * x1 - 6
    return a * a + 10 * (1 - t) * math.cos(x1) + 10


def branin_space(trial):
    return {"x1": trial.suggest_float("x1", -5, 10), "x2": trial.suggest_float("x2", 0, 15)}


BRANIN_PARZEN = [{"name": "x1", "distribution": "uniform", "low": -5, "high": 10},
                 {"name": "x2", "distribution": "uniform", "low": 0, "high": 15}]

H_ALPHA = [1.0, 1.2, 3.0, 3.2]
H_A = [[10, 3, 17, 3.5, 1.7, 8], [0.05, 10, 17, 0.1, 8, 14], [3, 3.5, 1.7, 10, 17, 8], [17, 8, 0.05, 10, 0.1, 14]]
H_P = [[1312, 1696, 5569, 124, 8283, 5886], [2329, 4135, 8307, 3736, 1004, 9991],
       [2348, 1451, 3522, 2883, 3047, 6650], [4047, 8828, 8732, 5743, 1091, 381]]


def hartmann6(p):
    total = 0.0
    for i in range(4):
        inner = sum(H_A[i][j] * (p["x%d" % j] - H_P[i][j] * 1e-4) ** 2 for j in range(6))
        total += H_ALPHA[i] * math.exp(-inner)
    return -total


def hartmann6_space(trial):
    return {"x%d" % j: trial.suggest_float("x%d" % j, 0, 1) for j in range(6)}


HARTMANN6_PARZEN = [{"name": "x%d" % j, "distribution": "uniform", "low": 0, "high": 1} for j in range(6)]

LIN_OPT, LOG_OPT, INT_OPT = [1.3, -2.2, 0.4, 3.1], [1e-3, 3e-2, 2e-4], [17, 40, 5]


def quadratic10(p):
    s = sum(((p["u%d" % i] - o) / 5) ** 2 for i, o in enumerate(LIN_OPT))
    s += sum(((math.log10(p["lr%d" % i]) - math.log10(o)) / 2.5) ** 2 for i, o in enumerate(LOG_OPT))
    s += sum(((p["n%d" % i] - o) / 32) ** 2 for i, o in enumerate(INT_OPT))
    return s


def quadratic10_space(trial):
    p = {"u%d" % i: trial.suggest_float("u%d" % i, -5, 5) for i in range(4)}
    p.update({"lr%d" % i: trial.suggest_float("lr%d" % i, 1e-5, 1, log=True) for i in range(3)})
    p.update({"n%d" % i: trial.suggest_int("n%d" % i, 0, 63) for i in range(3)})
    return p


QUADRATIC10_PARZEN = ([{"name": "u%d" % i, "distribution": "uniform", "low": -5, "high": 5} for i in range(4)]
                      + [{"name": "lr%d" % i, "distribution": "loguniform", "low": 1e-5, "high": 1} for i in range(3)]
                      + [{"name": "n%d" % i, "distribution": "int", "low": 0, "high": 63} for i in range(3)])


def conditional(p):
    batch = math.log(p["batch"] / 64) / math.log(2) / 5
    common = batch * batch
    if p["optimizer"] == "sgd":
        return common + 0.15 + ((math.log10(p["sgd_lr"]) + 1.5) / 2) ** 2 + ((p["momentum"] - 0.9) * 2) ** 2
    if p["optimizer"] == "adam":
        return common + ((math.log10(p["adam_lr"]) + 3.3) / 2) ** 2 + ((p["beta1"] - 0.9) * 2) ** 2
    return common + 0.3 + ((math.log10(p["rms_lr"]) + 3) / 2) ** 2 + ((p["rho"] - 0.95) * 2) ** 2


def conditional_space(trial):
    p = {"optimizer": trial.suggest_categorical("optimizer", ["sgd", "adam", "rmsprop"])}
    if p["optimizer"] == "sgd":
        p["sgd_lr"] = trial.suggest_float("sgd_lr", 1e-4, 1, log=True)
        p["momentum"] = trial.suggest_float("momentum", 0, 0.99)
    elif p["optimizer"] == "adam":
        p["adam_lr"] = trial.suggest_float("adam_lr", 1e-5, 1e-1, log=True)
        p["beta1"] = trial.suggest_float("beta1", 0.5, 0.999)
    else:
        p["rms_lr"] = trial.suggest_float("rms_lr", 1e-5, 1e-1, log=True)
        p["rho"] = trial.suggest_float("rho", 0.5, 0.999)
    # qloguniform(8, 256, 8) has no exact Optuna twin: a log-scale float snapped to the q grid.
    p["batch"] = max(8, min(256, round(trial.suggest_float("batch_raw", 8, 256, log=True) / 8) * 8))
    return p


def _when(*choices):
    return {"parameter": "optimizer", "in": list(choices)}


CONDITIONAL_PARZEN = [
    {"name": "optimizer", "distribution": "categorical", "choices": ["sgd", "adam", "rmsprop"]},
    {"name": "sgd_lr", "distribution": "loguniform", "low": 1e-4, "high": 1, "when": _when("sgd")},
    {"name": "momentum", "distribution": "uniform", "low": 0, "high": 0.99, "when": _when("sgd")},
    {"name": "adam_lr", "distribution": "loguniform", "low": 1e-5, "high": 1e-1, "when": _when("adam")},
    {"name": "beta1", "distribution": "uniform", "low": 0.5, "high": 0.999, "when": _when("adam")},
    {"name": "rms_lr", "distribution": "loguniform", "low": 1e-5, "high": 1e-1, "when": _when("rmsprop")},
    {"name": "rho", "distribution": "uniform", "low": 0.5, "high": 0.999, "when": _when("rmsprop")},
    {"name": "batch", "distribution": "qloguniform", "low": 8, "high": 256, "q": 8}]


def filters(p):
    n = p["filters"]
    d = (n - 57) / 40
    return 0.30 + 0.25 * d * d + 0.01 * (1 - math.cos((n - 57) / 6.0))


def filters_space(trial):
    return {"filters": trial.suggest_int("filters", 3, 120)}


FILTERS_PARZEN = [{"name": "filters", "distribution": "quniform", "low": 3, "high": 120, "q": 1}]


def oom(p):
    size = math.log(p["filters"] * p["batch"]) / math.log(2048)
    shape = math.log(p["filters"] / 64.0)
    return 0.1 + 2.0 * (1 - size) ** 2 + 0.05 * shape * shape + (10 if size > 1 else 0)


def oom_space(trial):
    return {"filters": trial.suggest_int("filters", 8, 128), "batch": trial.suggest_int("batch", 1, 64)}


OOM_PARZEN = [{"name": "filters", "distribution": "int", "low": 8, "high": 128},
              {"name": "batch", "distribution": "int", "low": 1, "high": 64}]


def oom_fails(p):
    return p["filters"] * p["batch"] > 2048


FAILS = {"oom": oom_fails}

# name, minimum, function, Optuna space, parzen space, noise sd
OBJECTIVES = [("branin", 0.397887, branin, branin_space, BRANIN_PARZEN, 0.0),
              ("hartmann6", -3.32237, hartmann6, hartmann6_space, HARTMANN6_PARZEN, 0.0),
              ("quadratic10", 0.0, quadratic10, quadratic10_space, QUADRATIC10_PARZEN, 0.0),
              ("conditional", 0.0, conditional, conditional_space, CONDITIONAL_PARZEN, 0.0),
              ("filters", 0.30, filters, filters_space, FILTERS_PARZEN, 0.004),
              ("oom", 0.1, oom, oom_space, OOM_PARZEN, 0.0)]


def objective(name):
    return next(o for o in OBJECTIVES if o[0] == name)


# --- Optuna -------------------------------------------------------------------------------------


def load_optuna(folder):
    global optuna
    if optuna is not None:
        return optuna
    if folder:
        sys.path.insert(0, os.path.abspath(folder))
    import optuna as loaded
    loaded.logging.set_verbosity(loaded.logging.ERROR)
    import warnings
    warnings.filterwarnings("ignore", category=loaded.exceptions.ExperimentalWarning)
    optuna = loaded
    return optuna


def normalise_kernels():
    """Optuna 3.1's truncnorm.logpdf leaves out -log(scale) (optuna#5109, fixed in 3.5 by #5110), so
    its kernels are not normalised. This puts the term back, to compare with TPE as later Optunas
    (and parzen) compute it."""
    from optuna.samplers._tpe import _truncnorm
    if getattr(_truncnorm, "_parzen_fixed", False):
        return
    original = _truncnorm.logpdf

    def logpdf(x, a, b, loc=0, scale=1):
        return original(x, a, b, loc, scale) - np.log(scale)

    _truncnorm.logpdf = logpdf
    _truncnorm._parzen_fixed = True


OPTUNA_VARIANTS = {
    "optuna": {},
    "optuna-univariate": {"multivariate": False},
    "optuna-no-liar": {"constant_liar": False},
    "optuna-group": {"multivariate": True, "group": True},
    "optuna-3.1-tpe": {},
    "optuna-tpe-fixed": {},
    "optuna-3.1-tpe-liar": {"constant_liar": True},
}


def run_optuna(variant, name, batch, seed, budget):
    _, _, f, space, _, noise_sd = objective(name)
    if variant == "optuna-tpe-fixed":
        normalise_kernels()
    sampler = optuna.samplers.TPESampler(seed=seed, **OPTUNA_VARIANTS[variant])
    study = optuna.create_study(sampler=sampler)
    rng = np.random.default_rng(seed * 7919 + 17)
    incumbent, failures, best_obs, best_true = [], 0, math.inf, math.inf
    done = 0
    while done < budget:
        n = min(batch, budget - done)
        asked = [study.ask() for _ in range(n)]
        params = [space(t) for t in asked]
        for t, p in zip(asked, params):
            if name in FAILS and FAILS[name](p):
                study.tell(t, state=optuna.trial.TrialState.FAIL)
                failures += 1
                incumbent.append(best_true)
                continue
            obs = f(p) + (noise_sd * rng.standard_normal() if noise_sd else 0.0)
            study.tell(t, obs)
            if obs < best_obs:
                best_obs, best_true = obs, f(p)
            incumbent.append(best_true)
        done += n
    return incumbent, failures


# --- parzen, through `parzen tpe ask-tell` ------------------------------------------------------


def parzen_algorithm(variant, seed):
    algorithm = {"name": "tpe"}
    if variant != "parzen":
        algorithm.update(json.loads(variant[len("parzen"):]))
    algorithm["seed"] = seed
    return algorithm


def run_parzen(variant, name, batch, seed, budget, command):
    _, _, f, _, space, noise_sd = objective(name)
    proc = subprocess.Popen(shlex.split(command), cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, bufsize=1)

    def send(message):
        proc.stdin.write(json.dumps(message) + "\n")
        proc.stdin.flush()

    def receive():
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError("parzen ask-tell ended early (command: %s)" % command)
        answer = json.loads(line)
        if "error" in answer:
            raise RuntimeError("parzen ask-tell: " + answer["error"])
        return answer

    rng = np.random.default_rng(seed * 7919 + 17)
    incumbent, failures, best_obs, best_true = [], 0, math.inf, math.inf
    try:
        # parzen is told how many trials run at once, as a Study's spec.parallelism tells the
        # controller; Optuna's ask/tell has no such input.
        send({"space": space, "algorithm": parzen_algorithm(variant, seed), "goal": "minimize", "parallelism": batch})
        done = 0
        while done < budget:
            n = min(batch, budget - done)
            send({"ask": n})
            asked = [receive() for _ in range(n)]
            for a in asked:
                p = a["params"]
                if name in FAILS and FAILS[name](p):
                    send({"tell": a["trial"], "state": "failed"})
                    receive()
                    failures += 1
                    incumbent.append(best_true)
                    continue
                obs = f(p) + (noise_sd * rng.standard_normal() if noise_sd else 0.0)
                send({"tell": a["trial"], "value": obs})
                receive()
                if obs < best_obs:
                    best_obs, best_true = obs, f(p)
                incumbent.append(best_true)
            done += n
    finally:
        proc.stdin.close()
        proc.wait()
    return incumbent, failures


def run(job):
    variant, name, batch, seed, budget, command, optuna_dir = job
    if variant.startswith("parzen"):
        return run_parzen(variant, name, batch, seed, budget, command)
    load_optuna(optuna_dir)
    return run_optuna(variant, name, batch, seed, budget)


# --- report -------------------------------------------------------------------------------------


def key(variant, name, batch):
    return "%s|%s|%d" % (variant, name, batch)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("legacy", nargs="*", help="old form: [seeds] [budget] [objective,...]")
    parser.add_argument("--optuna", help="Optuna source folder (holding optuna/); default: the installed Optuna")
    parser.add_argument("--variants", help="comma-separated; default: optuna,parzen with --optuna, else the three"
                                           " Optuna 3.1 variants")
    parser.add_argument("--objectives", default="branin,hartmann6,quadratic10,conditional,filters,oom")
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--first-seed", type=int, default=1000, help="seeds are FIRST..FIRST+SEEDS-1 (default 1000)")
    parser.add_argument("--budget", type=int, default=100)
    parser.add_argument("--batches", default="1,8")
    parser.add_argument("--parzen-command", default="./parzen tpe ask-tell")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--save", help="write every run's incumbent curve (JSON)")
    parser.add_argument("--load", action="append", default=[], help="saved runs to report too (repeatable)")
    parser.add_argument("--pool", action="store_true", help="report every loaded run of a cell, whatever its seed,"
                                                             " and run only cells that have none")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        print("branin(pi, 2.275) =", branin({"x1": math.pi, "x2": 2.275}))
        print("filters(40) =", filters({"filters": 40}))
        print("conditional(sgd) =", conditional({"optimizer": "sgd", "sgd_lr": 0.01, "momentum": 0.5, "batch": 32}))
        return
    if args.legacy:
        args.seeds = int(args.legacy[0])
        args.budget = int(args.legacy[1]) if len(args.legacy) > 1 else args.budget
        args.objectives = args.legacy[2] if len(args.legacy) > 2 else args.objectives
    load_optuna(args.optuna)
    default_variants = "optuna,parzen" if args.optuna else "optuna-3.1-tpe,optuna-tpe-fixed,optuna-3.1-tpe-liar"
    variants = split_variants(args.variants or default_variants)
    names = args.objectives.split(",")
    batches = [int(b) for b in args.batches.split(",")]
    checkpoints = [c for c in (25, 50, 100) if c <= args.budget]

    # Saved runs of one cell from several files (e.g. seed sets run on different days) are merged
    # by seed.
    results = {}
    for path in args.load + ([args.save] if args.save and os.path.exists(args.save) else []):
        with open(path) as f:
            for cell, runs in json.load(f).items():
                merged = {r["seed"]: r for r in results.get(cell, [])}
                merged.update({r["seed"]: r for r in runs})
                results[cell] = sorted(merged.values(), key=lambda r: r["seed"])
    wanted = set(range(args.first_seed, args.first_seed + args.seeds))
    jobs, missing = [], {}
    for variant in variants:
        for name in names:
            for batch in batches:
                cell = key(variant, name, batch)
                have = {r["seed"] for r in results.get(cell, [])}
                if args.pool and have:
                    continue
                seeds = sorted(wanted - have)
                missing[cell] = len(seeds)
                jobs += [(variant, name, batch, seed, args.budget, args.parzen_command, args.optuna) for seed in seeds]
    # maxtasksperchild=1: a fresh worker per run, so the kernel fix of optuna-tpe-fixed stays in its own runs.
    pending = {}
    with multiprocessing.Pool(args.processes, maxtasksperchild=1) as pool:
        for job, (curve, failed) in zip(jobs, pool.imap(run, jobs)):
            cell = key(job[0], job[1], job[2])
            pending.setdefault(cell, []).append({"seed": job[3], "curve": curve, "failed": failed})
            if len(pending[cell]) == missing[cell]:
                # A cell is kept once all its seeds are in; --save is rewritten after each, so an
                # interrupted run resumes where it stopped.
                results[cell] = sorted(results.get(cell, []) + pending.pop(cell), key=lambda r: r["seed"])
                if args.save:
                    with open(args.save, "w") as f:
                        json.dump(results, f)

    if args.pool:
        print("Optuna %s; best-found (noise-free value of the incumbent), median [q1, q3] over every loaded seed\n"
              % optuna.__version__)
    else:
        print("Optuna %s; best-found (noise-free value of the incumbent), median [q1, q3] over %d seeds (%d..%d)\n"
              % (optuna.__version__, args.seeds, args.first_seed, args.first_seed + args.seeds - 1))
    print("| objective (min) | sampler | batch | seeds |" + "".join(" after %d |" % c for c in checkpoints)
          + " failed trials (median) |")
    print("|---|---|---|---|" + "---|" * (len(checkpoints) + 1))
    medians = {}
    for name in names:
        minimum = objective(name)[1]
        for batch in batches:
            for variant in variants:
                runs = [r for r in results.get(key(variant, name, batch), []) if args.pool or r["seed"] in wanted]
                if not runs:
                    continue
                cells = []
                for c in checkpoints:
                    v = np.array([r["curve"][c - 1] for r in runs])
                    q1, med, q3 = np.quantile(v, [0.25, 0.5, 0.75])
                    medians[(variant, name, batch, c)] = (med, q1, q3)
                    cells.append(" %.4f [%.4f, %.4f] |" % (med, q1, q3))
                failed = np.median([r["failed"] for r in runs])
                print("| %s (%.4g) | %s | %d | %d |%s %.1f |" % (name, minimum, variant, batch, len(runs), "".join(cells),
                                                           failed))
    if len(variants) > 1:
        shown = [c for c in (50, 100) if c in checkpoints]
        print("\nMedians side by side (lower is better):\n")
        print("| objective | batch |" + "".join(" %s @%s |" % (v, "/".join(map(str, shown))) for v in variants))
        print("|---|---|" + "---|" * len(variants))
        for name in names:
            for batch in batches:
                cells = []
                for v in variants:
                    cells.append(" " + " / ".join("%.4g" % medians[(v, name, batch, c)][0] if (v, name, batch, c) in medians
                                                  else "-" for c in shown) + " |")
                print("| %s | %d |%s" % (name, batch, "".join(cells)))


def split_variants(text):
    """Splits on commas outside braces, so that parzen{"a":1,"b":2} stays whole."""
    out, depth, current = [], 0, ""
    for ch in text:
        depth += ch == "{"
        depth -= ch == "}"
        if ch == "," and depth == 0:
            out.append(current)
            current = ""
        else:
            current += ch
    if current:
        out.append(current)
    for v in out:
        if not (v in OPTUNA_VARIANTS or v == "parzen" or v.startswith("parzen{")):
            sys.exit("unknown variant '%s'; allowed: %s, parzen, parzen{JSON}" % (v, ", ".join(OPTUNA_VARIANTS)))
    return out


if __name__ == "__main__":
    main()
