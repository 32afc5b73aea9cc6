#!/usr/bin/env python3
"""Optuna's TPESampler on the same objectives, budgets and seed count as `parzen tpe bench`.

Runs with Debian's python3-optuna (3.1.0): `apt-get install python3-optuna`, then
`/usr/bin/python3 tpe/compare/optuna_compare.py [seeds] [budget] [objective,...]`. Prints the same Markdown table
as the Java benchmark (best-found = noise-free value of the incumbent, median [q1, q3]).
The objectives mirror io.parzen.tpe.bench.*; `--check` prints a few values to compare with Java.
"""
import math
import multiprocessing
import sys

import numpy as np
import optuna

optuna.logging.set_verbosity(optuna.logging.ERROR)

# --- objectives: keep in step with tpe/src/main/java/io/parzen/tpe/bench/*.java -----------------


def branin(p):
    x1, x2 = p["x1"], p["x2"]
    b, c, t = 5.1 / (4 * math.pi ** 2), 5 / math.pi, 1 / (8 * math.pi)
    a = x2 - b * x1 * x1 + c * x1 - 6
    return a * a + 10 * (1 - t) * math.cos(x1) + 10


def branin_space(trial):
    return {"x1": trial.suggest_float("x1", -5, 10), "x2": trial.suggest_float("x2", 0, 15)}


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


def filters(p):
    n = p["filters"]
    d = (n - 57) / 40
    return 0.30 + 0.25 * d * d + 0.01 * (1 - math.cos((n - 57) / 6.0))


def filters_space(trial):
    return {"filters": trial.suggest_int("filters", 3, 120)}


def oom(p):
    size = math.log(p["filters"] * p["batch"]) / math.log(2048)
    shape = math.log(p["filters"] / 64.0)
    return 0.1 + 2.0 * (1 - size) ** 2 + 0.05 * shape * shape + (10 if size > 1 else 0)


def oom_space(trial):
    return {"filters": trial.suggest_int("filters", 8, 128), "batch": trial.suggest_int("batch", 1, 64)}


def oom_fails(p):
    return p["filters"] * p["batch"] > 2048


FAILS = {"oom": oom_fails}

OBJECTIVES = [("branin", 0.397887, branin, branin_space, 0.0),
              ("hartmann6", -3.32237, hartmann6, hartmann6_space, 0.0),
              ("quadratic10", 0.0, quadratic10, quadratic10_space, 0.0),
              ("conditional", 0.0, conditional, conditional_space, 0.0),
              ("filters", 0.30, filters, filters_space, 0.004),
              ("oom", 0.1, oom, oom_space, 0.0)]


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


def run(args):
    name, batch, liar, seed, budget = args[:5]
    if len(args) > 5 and args[5]:
        normalise_kernels()
    _, _, f, space, noise_sd = next(o for o in OBJECTIVES if o[0] == name)
    rng = np.random.default_rng(seed * 7919 + 17)
    sampler = optuna.samplers.TPESampler(seed=seed, constant_liar=liar)
    study = optuna.create_study(sampler=sampler)
    incumbent, failures, best_obs, best_true = [], [], math.inf, math.inf
    done = 0
    while done < budget:
        n = min(batch, budget - done)
        asked = [study.ask() for _ in range(n)]
        params = [space(t) for t in asked]
        for t, p in zip(asked, params):
            if name in FAILS and FAILS[name](p):
                study.tell(t, state=optuna.trial.TrialState.FAIL)
                failures.append(1)
                incumbent.append(best_true)
                continue
            obs = f(p) + (noise_sd * rng.standard_normal() if noise_sd else 0.0)
            study.tell(t, obs)
            if obs < best_obs:
                best_obs, best_true = obs, f(p)
            incumbent.append(best_true)
        done += n
    return incumbent, len(failures)


def main():
    if "--check" in sys.argv:
        print("branin(pi, 2.275) =", branin({"x1": math.pi, "x2": 2.275}))
        print("filters(40) =", filters({"filters": 40}))
        print("conditional(sgd) =", conditional({"optimizer": "sgd", "sgd_lr": 0.01, "momentum": 0.5, "batch": 32}))
        return
    seeds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    budget = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    only = sys.argv[3].split(",") if len(sys.argv) > 3 else [o[0] for o in OBJECTIVES]
    checkpoints = [c for c in (25, 50, 100) if c <= budget]
    print("Optuna %s TPESampler, best-found (noise-free value of the incumbent), median [q1, q3] over %d seeds\n"
          % (optuna.__version__, seeds))
    print("| objective (min) | sampler | batch |" + "".join(" after %d |" % c for c in checkpoints)
          + " failed trials (median) |")
    print("|---|---|---|" + "---|" * (len(checkpoints) + 1))
    variants = [("optuna-3.1-tpe", 1, False, False), ("optuna-tpe-fixed", 1, False, True),
                ("optuna-3.1-tpe-liar", 8, True, False), ("optuna-3.1-tpe", 8, False, False)]
    for name, minimum, *_ in [o for o in OBJECTIVES if o[0] in only]:
        for label, batch, liar, fixed in variants:
            # A fresh pool per variant: the kernel fix patches Optuna inside the worker processes.
            with multiprocessing.Pool(2) as pool:
                results = pool.map(run, [(name, batch, liar, 1000 + s, budget, fixed) for s in range(seeds)])
                runs = [r for r, _ in results]
                cells = []
                for c in checkpoints:
                    v = np.array([r[c - 1] for r in runs])
                    q1, med, q3 = np.quantile(v, [0.25, 0.5, 0.75])
                    cells.append(" %.4f [%.4f, %.4f] |" % (med, q1, q3))
                failed = np.median([f for _, f in results])
                print("| %s (%.4g) | %s | %d |%s %.1f |" % (name, minimum, label, batch, "".join(cells), failed), flush=True)


if __name__ == "__main__":
    main()
