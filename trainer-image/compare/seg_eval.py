"""Validation metrics as the Java trainer computes them (io.parzen.trainer.eval), for torch_unet.py.

Pixel loss (PixelLoss), pixel confusion and per-class F1 (PixelConfusion), the SpaceNet building
F1 (Components, BuildingMatcher, BuildingCounts). Plain numpy; no torch here.
"""
import numpy as np

CLASSES = 3
BUILDING = 1
MIN_IOU = 0.5
MIN_AREA = 20  # BuildingMatcher.SPACENET_MIN_AREA: truth footprints under it, predictions at or under it, left out
MIN_PROBABILITY = 1e-10  # PixelLoss clips here before the logarithm, as DL4J's MCXENT does


def pixel_loss_sum(probabilities, labels, weights):
    """PixelLoss.sum: sum over pixels of -w[y] ln max(p[y], 1e-10), in double like Java.

    probabilities: N x C x H x W float32 softmax output; labels: N x H x W class indices.
    """
    p = np.take_along_axis(probabilities, labels[:, None].astype(np.int64), axis=1)[:, 0]
    log_p = np.log(np.maximum(p.astype(np.float64), MIN_PROBABILITY))
    return float(-(np.asarray(weights, np.float64)[labels] * log_p).sum())


def argmax(probabilities):
    """PixelLoss.argmax: the most probable class per pixel, the first one on ties."""
    return probabilities.argmax(axis=1).astype(np.uint8)


class PixelConfusion:
    """Counts of (truth, predicted) class pairs over all validation pixels."""

    def __init__(self):
        self.counts = np.zeros((CLASSES, CLASSES), np.int64)

    def add(self, truth, predicted):
        self.counts += np.bincount(truth.ravel().astype(np.int64) * CLASSES + predicted.ravel(),
                                   minlength=CLASSES * CLASSES).reshape(CLASSES, CLASSES)

    def f1(self, c):
        """2 TP / (2 TP + FP + FN); 1 for a class absent from truth and prediction."""
        tp = self.counts[c, c]
        d = 2 * tp + (self.counts[:, c].sum() - tp) + (self.counts[c, :].sum() - tp)
        return 1.0 if d == 0 else float(2 * tp / d)


def components(mask, cls=BUILDING):
    """Components.of: 4-connected components of one class, numbered 1.. in raster order of their first pixel.

    Works on horizontal runs (union-find over runs that overlap in adjacent rows) so that it stays fast
    in Python. Returns (labels H x W int32, count, sizes indexed by number, index 0 unused).
    """
    h, w = mask.shape
    on = np.zeros((h, w + 2), np.int8)
    on[:, 1:-1] = mask == cls
    step = np.diff(on, axis=1)
    run_row, run_start = np.nonzero(step == 1)
    _, run_end = np.nonzero(step == -1)  # exclusive; runs come out in row-major order, so they pair up
    n = len(run_start)
    parent = list(range(n))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    row_first = np.searchsorted(run_row, np.arange(h + 1))
    for r in range(h - 1):
        a, a_end = row_first[r], row_first[r + 1]
        b, b_end = row_first[r + 1], row_first[r + 2]
        while a < a_end and b < b_end:  # two runs touch when their column ranges overlap
            if run_start[a] < run_end[b] and run_start[b] < run_end[a]:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
            if run_end[a] < run_end[b]:
                a += 1
            else:
                b += 1
    roots = np.array([find(i) for i in range(n)], np.int64)
    # Runs are in raster order, so numbering roots by their first run reproduces Java's BFS numbering.
    _, first, inverse = np.unique(roots, return_index=True, return_inverse=True)
    rank = np.empty(len(first), np.int64)
    rank[np.argsort(first)] = np.arange(1, len(first) + 1)
    run_label = rank[inverse]
    lengths = run_end - run_start
    labels = np.zeros(h * w, np.int32)
    flat_start = run_row * w + run_start
    offsets = np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    labels[np.repeat(flat_start, lengths) + offsets] = np.repeat(run_label, lengths)
    sizes = np.bincount(run_label, weights=lengths, minlength=len(first) + 1).astype(np.int64)
    return labels.reshape(h, w), len(first), sizes


def match_buildings(truth, predicted, min_area=MIN_AREA):
    """BuildingMatcher.match: (tp, fp, fn) of one image, pairs matched greedily by IoU >= 0.5, best first,
    after leaving out truth footprints under min_area pixels and predicted ones of at most min_area."""
    t_labels, t_count, t_sizes = components(truth)
    p_labels, p_count, p_sizes = components(predicted)
    t_kept = t_sizes >= min_area
    p_kept = p_sizes > min_area
    t_kept[0] = p_kept[0] = False
    both = t_kept[t_labels] & p_kept[p_labels]
    pairs, inter = np.unique(t_labels[both].astype(np.int64) << 32 | p_labels[both], return_counts=True)
    ti = pairs >> 32
    pi = pairs & 0xFFFFFFFF
    iou = inter / (t_sizes[ti] + p_sizes[pi] - inter)
    keep = iou >= MIN_IOU
    ti, pi, iou = ti[keep], pi[keep], iou[keep]
    t_used, p_used = set(), set()
    tp = 0
    for k in np.lexsort((pi, ti, -iou)):  # descending IoU, then truth, then prediction number
        if ti[k] not in t_used and pi[k] not in p_used:
            t_used.add(ti[k])
            p_used.add(pi[k])
            tp += 1
    return tp, int(p_kept.sum()) - tp, int(t_kept.sum()) - tp


def building_scores(tp, fp, fn):
    """BuildingCounts: (precision, recall, F1) from totals over tiles, with Java's conventions for zeros."""
    precision = (1.0 if fn == 0 else 0.0) if tp + fp == 0 else tp / (tp + fp)
    recall = 1.0 if tp + fn == 0 else tp / (tp + fn)
    d = 2 * tp + fp + fn
    return precision, recall, 1.0 if d == 0 else 2 * tp / d

