#!/usr/bin/env bash
# The trainer's quality benchmark: the small configuration (64 px crops, base 16, depth 3, batch 16,
# baseline head, the default recipe) trained on synthetic SpaceNet that development never saw,
# within 90 seconds on two cores; prints every epoch and checks the targets on the validation
# images (each predicted whole): building pixel F1 >= 0.90, border pixel F1 >= 0.6, SpaceNet object F1
# (IoU >= 0.5, footprints under 20 px left out) >= 0.75.
#   trainer-image/compare/quality.sh [WORK_DIR] [extra parzen train options...]
# Data: `parzen dataset synth --tiles 80 --seed 20261206 --size 256` (the development runs used seed 1).
# With PyTorch installed it then trains the same net on the same tiles with the same recipe
# (compare/torch_unet.py) and prints its figures beside. Exit status 0 when every DL4J target is
# met within the time limit.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${1:-${TMPDIR:-/tmp}/parzen-quality}"
shift || true
data="$work/data"
out="$work/run"
[ -d "$data/datasets/synthetic" ] || "$root/parzen" dataset synth --out "$data" --tiles 80 --seed 20261206 --size 256
rm -rf "$out"
start=$(date +%s.%N)
recipe=(--tile 64 --base-filters 16 --depth 3 --batch 16 --epochs 4 --max-tiles 832 --learning-rate 0.006 --bn-batches 8)
# The JVM settings parzen local gives each trial: the whole heap from the start, the parallel collector.
PARZEN_JAVA_OPTS="${PARZEN_JAVA_OPTS:--Xms1g -Xmx1g -XX:+UseParallelGC}" \
OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}" "$root/parzen" train --data "$data" --output "$out" "${recipe[@]}" --mask-tiles 4 "$@"
end=$(date +%s.%N)
# The peer: the same net, tiles and recipe in PyTorch (Debian python3-torch, python3-gdal), when installed.
if /usr/bin/python3 -c 'import torch, osgeo' 2>/dev/null; then
  OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}" /usr/bin/python3 "$root/trainer-image/compare/torch_unet.py" train \
    --data "$data" --out "$work/torch.jsonl" "${recipe[@]}" >/dev/null
  python3 - "$work/torch.jsonl" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
last = lines[-1]
print("PyTorch peer, final epoch %d: building pixel F1 %.3f, border pixel F1 %.3f, object F1 %.3f; %.1f s"
      % (last["epoch"], last["f1Building"], last["f1Border"], last["buildingF1"], sum(l["seconds"] for l in lines)))
PY
fi
python3 - "$out/metrics.jsonl" "$start" "$end" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
last = lines[-1]
trained = sum(l["seconds"] for l in lines)
wall = float(sys.argv[3]) - float(sys.argv[2])
checks = [("building pixel F1", last["f1Building"], 0.90), ("border pixel F1", last["f1Border"], 0.60),
          ("object F1", last["buildingF1"], 0.75)]
print("final epoch %d: %s; training + validation %.1f s (process %.1f s)" % (
    last["epoch"], ", ".join("%s %.3f" % (n, v) for n, v, _ in checks), trained, wall))
ok = trained <= 90
print("%s time: %.1f s of at most 90" % ("PASS" if ok else "FAIL", trained))
for name, value, target in checks:
    print("%s %s: %.3f (target %.2f)" % ("PASS" if value >= target else "FAIL", name, value, target))
    ok = ok and value >= target
sys.exit(0 if ok else 1)
PY
