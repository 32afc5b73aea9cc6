#!/usr/bin/env python3
"""The trainer's U-Net in PyTorch: times one training step, or trains it like the Java trainer.

Mirrors io.parzen.trainer.nn.UNet: per level two (3x3 conv without bias, batch norm, ReLU) blocks,
2x2 max pooling, a bottleneck double block, nearest 2x up-sampling, concatenation [up, skip], a 1x1
head with 3 or 3*m filters (grouped: contiguous groups of m summed), softmax cross-entropy with class
weights 1, 3, 5, Adam; DL4J's initialisation (He normal convolutions, Xavier normal head).
Debian: `apt-get install python3-torch python3-gdal` (torch 1.13), then:

Step timing, to compare with `parzen train bench` on the same CPU:
    OMP_NUM_THREADS=1 /usr/bin/python3 trainer-image/compare/torch_unet.py [small|large] [baseline|grouped]

Training, to compare validation curves with `parzen train` (same split, pixels, masks, crop order,
recipe and metrics; see spacenet_data.py and seg_eval.py):
    ./parzen dataset synth --out ptd --tiles 40 --seed 1 --size 256
    OMP_NUM_THREADS=1 /usr/bin/python3 trainer-image/compare/torch_unet.py train --data ptd \
        --epochs 6 --learning-rate 0.003 --out torch-metrics.jsonl
`train --help` lists the options; their names and meanings are the Java trainer's, but the net
defaults to the small configuration (64 px crops, base 16, depth 3, batch 8).
"""
import argparse
import itertools
import json
import math
import statistics
import sys
import time

import numpy as np
import torch
from torch import nn

import seg_eval as se

CONFIGS = {"small": dict(tile=64, base=16, depth=3, batch=8), "large": dict(tile=256, base=32, depth=4, batch=4)}


def block(cin, cout):
    return nn.Sequential(
        nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(),
        nn.Conv2d(cout, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU())


class UNet(nn.Module):
    def __init__(self, base, depth, head_filters, m):
        super().__init__()
        widths = [base * 2 ** i for i in range(depth + 1)]
        self.enc = nn.ModuleList()
        cin = 3
        for i in range(depth):
            self.enc.append(block(cin, widths[i]))
            cin = widths[i]
        self.bottom = block(cin, widths[depth])
        self.dec = nn.ModuleList()
        cin = widths[depth]
        for i in reversed(range(depth)):
            self.dec.append(block(cin + widths[i], widths[i]))
            cin = widths[i]
        self.head = nn.Conv2d(cin, head_filters, 1)
        self.m = m
        self.init_like_dl4j()

    def init_like_dl4j(self):
        """DL4J's WeightInit.RELU for the 3x3 convolutions, XAVIER for the head, zero bias; BN gamma 1, beta 0."""
        with torch.no_grad():
            for module in self.modules():
                if module is self.head:
                    cout, cin = module.weight.shape[:2]
                    module.weight.normal_(0, math.sqrt(2 / (cin + cout)))
                    module.bias.zero_()
                elif isinstance(module, nn.Conv2d):
                    module.weight.normal_(0, math.sqrt(2 / module.weight[0].numel()))  # fan-in = cin * 3 * 3
                elif isinstance(module, nn.BatchNorm2d):
                    module.reset_parameters()  # torch's defaults match DL4J: eps 1e-5, decay 0.9

    def forward(self, x):
        skips = []
        for e in self.enc:
            x = e(x)
            skips.append(x)
            x = nn.functional.max_pool2d(x, 2)
        x = self.bottom(x)
        for d, s in zip(self.dec, reversed(skips)):
            x = d(torch.cat([nn.functional.interpolate(x, scale_factor=2, mode="nearest"), s], dim=1))
        x = self.head(x)
        if self.m > 1:
            n, _, h, w = x.shape
            x = x.view(n, 3, self.m, h, w).sum(dim=2)
        return x


def bench():
    config = CONFIGS[sys.argv[1] if len(sys.argv) > 1 else "small"]
    grouped = len(sys.argv) > 2 and sys.argv[2] == "grouped"
    m = 4 if grouped else 1
    steps = int(sys.argv[3]) if len(sys.argv) > 3 else (30 if config["tile"] == 64 else 5)
    torch.manual_seed(1)
    net = UNet(config["base"], config["depth"], 3 * m, m)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss(weight=torch.tensor([1.0, 3.0, 5.0]))
    x = torch.rand(config["batch"], 3, config["tile"], config["tile"])
    y = torch.randint(0, 3, (config["batch"], config["tile"], config["tile"]))
    times = []
    cpu0 = None
    for step in range(steps + 3):
        if step == 3:
            cpu0 = time.process_time()
        t0 = time.perf_counter()
        opt.zero_grad()
        loss = loss_fn(net(x), y)
        loss.backward()
        opt.step()
        if step >= 3:
            times.append((time.perf_counter() - t0) * 1000)
    cpu_ms = (time.process_time() - cpu0) * 1000 / steps
    params = sum(p.numel() for p in net.parameters())
    print("torch %s %s: %d params, median %.1f ms/step, mean %.1f, CPU %.1f ms/step over %d steps (threads %d)"
          % (sys.argv[1] if len(sys.argv) > 1 else "small", "grouped m=4" if grouped else "baseline", params,
             statistics.median(times), statistics.mean(times), cpu_ms, steps, torch.get_num_threads()))


# --- training mode ---

def parse_bool(text):
    value = text.strip().lower()
    if value in ("true", "yes", "1", "on"):
        return True
    if value in ("false", "no", "0", "off"):
        return False
    raise argparse.ArgumentTypeError("expected true or false, got %r" % text)


def parse_weights(text):
    weights = [float(w) for w in text.split(",")]
    if len(weights) != 3 or not all(w > 0 and math.isfinite(w) for w in weights):
        raise argparse.ArgumentTypeError("need 3 positive weights (background, building, border), got %r" % text)
    return weights


def parse_train_args(argv):
    p = argparse.ArgumentParser(prog="torch_unet.py train", description="Train the U-Net as `parzen train` does and "
                                "write the validation metrics of every epoch.")
    p.add_argument("--data", required=True, help="folder holding datasets/NAME/ (or the dataset folder itself)")
    p.add_argument("--dataset", default="synthetic", help="dataset name under datasets/ (default: synthetic)")
    p.add_argument("--out", help="write one JSON line of metrics per epoch here")
    p.add_argument("--epochs", type=int, default=10)
    p.add_argument("--tile", type=int, default=64, help="crop size in pixels, divisible by 2^depth (default: 64)")
    p.add_argument("--base-filters", type=int, default=16)
    p.add_argument("--depth", type=int, default=3)
    p.add_argument("--head", choices=("baseline", "grouped"), default="baseline")
    p.add_argument("--filters-per-class", type=int, default=1, help="m of the grouped head (default: 1)")
    p.add_argument("--learning-rate", type=float, default=0.001, help="peak Adam learning rate (default: 0.001)")
    p.add_argument("--head-lr-multiplier", type=float, default=1.0)
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--class-weights", type=parse_weights, default=[1.0, 3.0, 5.0], help="default: 1,3,5")
    p.add_argument("--seed", type=int, default=1, help="initialisation, shuffling and augmentation seed")
    p.add_argument("--split-seed", type=int, default=1, help="seed of the train/val/test split of the images")
    p.add_argument("--max-tiles", type=int, default=0, help="training crops per epoch at most, 0 = all")
    p.add_argument("--max-val-tiles", type=int, default=0, help="validation: whole images holding at most N crops (at least one), 0 = all")
    p.add_argument("--lr-schedule", choices=("cosine", "constant"), default="cosine")
    p.add_argument("--warmup-fraction", type=float, default=0.05)
    p.add_argument("--augment", type=parse_bool, default=True, help="random dihedral transforms (default: true)")
    p.add_argument("--bn-batches", type=int, default=32, help="training batches over which batch-norm statistics are "
                   "recomputed before each validation; 0 keeps the running averages (default: 32)")
    p.add_argument("--ema-decay", type=float, default=0.99, help="validate an exponential moving average of the "
                   "weights with this decay cap, in [0, 1); 0 validates the trained weights (default: 0.99)")
    args = p.parse_args(argv)
    if not 0 <= args.ema_decay < 1:
        p.error("--ema-decay must be in [0, 1)")
    if args.tile % (1 << args.depth):
        p.error("--tile %d must be divisible by 2^depth = %d" % (args.tile, 1 << args.depth))
    if args.head == "baseline" and args.filters_per_class != 1:
        p.error("--filters-per-class %d needs --head grouped" % args.filters_per_class)
    if not 0 <= args.warmup_fraction <= 0.5:
        p.error("--warmup-fraction must be in 0..0.5")
    if args.epochs < 1 or args.batch < 1 or args.max_tiles < 0 or args.max_val_tiles < 0:
        p.error("--epochs and --batch must be positive, --max-tiles and --max-val-tiles 0 or positive")
    return args


def lr_factor(step, total_steps, warmup_steps, kind):
    """LrSchedule.at divided by the peak: linear warm-up, then a half cosine to 0 at the last step."""
    if kind == "constant":
        return 1.0
    s = max(0, min(step, total_steps - 1))  # past the end the last rate holds, as in Java
    if s < warmup_steps:
        return (s + 1) / warmup_steps
    return 0.5 * (1 + math.cos(math.pi * (s - warmup_steps) / max(1, total_steps - warmup_steps)))


def dihedral(images, masks, poses):
    """Dihedral.randomize: pose k = poses.next_int(8) per crop; k % 4 quarter turns (numpy rot90), then a
    mirror if k >= 4."""
    posed_images, posed_masks = [], []
    for image, mask in zip(images, masks):
        k = poses.next_int(8)
        image, mask = np.rot90(image, k % 4, axes=(1, 2)), np.rot90(mask, k % 4)
        if k >= 4:
            image, mask = image[:, :, ::-1], mask[:, ::-1]
        posed_images.append(image)
        posed_masks.append(mask)
    return np.stack(posed_images), np.stack(posed_masks)  # fresh contiguous arrays for torch


def chunks(iterable, size):
    it = iter(iterable)
    while batch := list(itertools.islice(it, size)):
        yield batch


def stack(crops):
    """Crops (id, x, y, pixels, mask) as N x 3 x H x W float32 and N x H x W uint8 arrays."""
    return np.stack([c[3] for c in crops]), np.stack([c[4] for c in crops])


def build_net(args):
    m = args.filters_per_class if args.head == "grouped" else 1
    net = UNet(args.base_filters, args.depth, 3 * m, m)
    head = list(net.head.parameters())
    body = [p for p in net.parameters() if all(p is not h for h in head)]
    # One parameter group per learning rate, so the schedule can scale both; DL4J's Adam has no decay.
    opt = torch.optim.Adam([dict(params=body, peak=args.learning_rate),
                            dict(params=head, peak=args.learning_rate * args.head_lr_multiplier)],
                           lr=args.learning_rate, betas=(0.9, 0.999), eps=1e-8, weight_decay=0)
    return net, opt


def train_step(net, opt, images, masks, weights):
    """One Adam step; returns the weighted loss summed over the batch's pixels.

    The gradient is that of the sum over pixels divided by the tiles, DL4J's scale for a CnnLossLayer
    (its score is per tile, summed over pixels): Adam hardly cares, but its epsilon does a little.
    """
    net.train()
    opt.zero_grad()
    logits = net(torch.from_numpy(images))
    loss_sum = nn.functional.cross_entropy(logits, torch.from_numpy(masks).long(), weight=weights, reduction="sum")
    (loss_sum / len(images)).backward()
    opt.step()
    return loss_sum.item()


def evaluate(net, val_images, weights):
    """Validation.evaluate: eval mode, one whole image at a time, zero-padded at the right and bottom to
    the U-Net's size step and cut back; loss, pixel confusion and building counts over every pixel once."""
    net.eval()
    confusion = se.PixelConfusion()
    counts = np.zeros(3, np.int64)
    loss_sum, pixels = 0.0, 0
    with torch.no_grad():
        for padded, mask in val_images:
            h, w = mask.shape
            probs = torch.softmax(net(torch.from_numpy(padded[None])), dim=1).numpy()[:, :, :h, :w]
            loss_sum += se.pixel_loss_sum(probs, mask[None], weights)
            pixels += mask.size
            predicted = se.argmax(probs)[0]
            confusion.add(mask, predicted)
            counts += se.match_buildings(mask, predicted)
    precision, recall, f1 = se.building_scores(*counts)
    return dict(valLoss=loss_sum / pixels, f1Background=confusion.f1(0), f1Building=confusion.f1(1),
                f1Border=confusion.f1(2), buildingF1=f1, buildingPrecision=precision, buildingRecall=recall)


def validation_images(sd, ids, val_ids, args):
    """TrainData.validation: the validation images in split order, whole, pixels zero-padded to a multiple of
    2^depth; with --max-val-tiles, as many images as hold at most that many crops (at least one)."""
    step = 2 ** args.depth
    images, crops = [], 0
    for i in val_ids:
        pixels, mask = sd.load(ids[i])
        c, h, w = pixels.shape
        n = sd.crops_per_image(w, h, args.tile)
        if args.max_val_tiles and images and crops + n > args.max_val_tiles:
            break
        crops += n
        padded = np.zeros((c, -(-h // step) * step, -(-w // step) * step), np.float32)
        padded[:, :h, :w] = pixels
        images.append((padded, mask))
    return images


def schedule_steps(sd, ids, train_ids, args):
    """(crops per epoch, total steps, warm-up steps) as the Java trainer sizes its schedule."""
    crops = sum(sd.crops_per_image(*sd.image_size(ids[i][0]), args.tile) for i in train_ids)
    per_epoch = min(args.max_tiles, crops) if args.max_tiles else crops
    total = args.epochs * math.ceil(per_epoch / args.batch)
    warmup = 0 if args.lr_schedule == "constant" else sd.java_round(args.warmup_fraction * total)
    return per_epoch, total, warmup


def train_epoch(net, opt, batches, poses, args, epoch, step, total_steps, warmup, weights, average):
    """One epoch of steps from `step` on; returns (mean loss per pixel, next step)."""
    loss_sum, pixels = 0.0, 0
    for chunk in batches:
        images, masks = stack(chunk)
        if args.augment:
            images, masks = dihedral(images, masks, poses)
        factor = lr_factor(step, total_steps, warmup, args.lr_schedule)
        for group in opt.param_groups:
            group["lr"] = group["peak"] * factor
        loss_sum += train_step(net, opt, images, masks, weights)
        if average:
            average.update(net)
        pixels += masks.size
        step += 1
        if not math.isfinite(loss_sum):
            sys.exit("epoch %d: the training loss is not finite; stopping as the Java trainer does" % epoch)
    return loss_sum / pixels, step


class WeightAverage:
    """WeightAverage.java: an exponential moving average of every float tensor of the state (weights and
    batch-norm running statistics), decay min(cap, (1 + t) / (10 + t)) at update t, starting from a copy."""

    def __init__(self, cap):
        self.cap, self.updates, self.average, self.live = cap, 0, None, None

    def floats(self, net):
        return {k: v for k, v in net.state_dict().items() if v.is_floating_point()}

    def update(self, net):
        self.updates += 1
        with torch.no_grad():
            if self.average is None:
                self.average = {k: v.detach().clone() for k, v in self.floats(net).items()}
                return
            d = min(self.cap, (1.0 + self.updates) / (10.0 + self.updates))
            for k, v in self.floats(net).items():
                self.average[k].mul_(d).add_(v.detach(), alpha=1 - d)

    def swap_in(self, net):
        if self.average is None or self.live is not None:
            return
        with torch.no_grad():
            state = self.floats(net)
            self.live = {k: v.clone() for k, v in state.items()}
            for k, v in state.items():
                v.copy_(self.average[k])

    def swap_out(self, net):
        if self.live is None:
            return
        with torch.no_grad():
            for k, v in self.floats(net).items():
                v.copy_(self.live[k])
        self.live = None


def recalibrate_batch_norm(net, batches):
    """BatchNormRecalibration: each BN layer's running mean and variance become the averages of the
    batch means and (biased) batch variances its input has in training mode over `batches`."""
    layers = [m for m in net.modules() if isinstance(m, nn.BatchNorm2d)]
    sums = {id(m): [0.0, 0.0] for m in layers}

    def hook(module, inputs, _output):
        x = inputs[0].detach()
        sums[id(module)][0] += x.mean(dim=(0, 2, 3))
        sums[id(module)][1] += x.var(dim=(0, 2, 3), unbiased=False)

    handles = [m.register_forward_hook(hook) for m in layers]
    saved = [(m.running_mean.clone(), m.running_var.clone()) for m in layers]
    net.train()
    count = 0
    with torch.no_grad():
        for chunk in batches:
            images, _ = stack(chunk)
            net(torch.from_numpy(images))
            count += 1
    for h in handles:
        h.remove()
    for m, (mean, var) in zip(layers, saved):
        if count:
            m.running_mean.copy_(sums[id(m)][0] / count)
            m.running_var.copy_(sums[id(m)][1] / count)
        else:
            m.running_mean.copy_(mean)
            m.running_var.copy_(var)


def console_line(line, epochs):
    return ("epoch %3d/%d  train %.4f  val %.4f  F1 px bg %.3f bldg %.3f border %.3f  obj %.3f  lr %.2e  %.1f s"
            % (line["epoch"], epochs, line["trainLoss"], line["valLoss"], line["f1Background"], line["f1Building"],
               line["f1Border"], line["buildingF1"], line["lr"], line["seconds"]))


def train(argv):
    import spacenet_data as sd  # only training needs GDAL
    args = parse_train_args(argv)
    torch.manual_seed(args.seed)
    np.random.seed(args.seed)
    ids = sd.image_ids(sd.dataset_folder(args.data, args.dataset))
    train_ids, val_ids, _ = sd.split(list(ids), args.split_seed)
    if not train_ids or not val_ids:
        sys.exit("dataset %s has %d images; training needs at least 2" % (args.dataset, len(ids)))
    val_images = validation_images(sd, ids, val_ids, args)
    per_epoch, total_steps, warmup = schedule_steps(sd, ids, train_ids, args)
    weights = torch.tensor(args.class_weights)
    net, opt = build_net(args)
    average = WeightAverage(args.ema_decay) if args.ema_decay else None
    print("torch %s, %d threads; %d train / %d val images (%d validated whole), %d params; %d steps of %d, %s lr %g "
          "(%d warm-up), augment %s, bn-batches %d, ema-decay %g" % (torch.__version__, torch.get_num_threads(), len(train_ids), len(val_ids),
                                        len(val_images), sum(p.numel() for p in net.parameters()), total_steps,
                                        args.batch, args.lr_schedule, args.learning_rate, warmup, args.augment,
                                        args.bn_batches, args.ema_decay))
    out = open(args.out, "w") if args.out else None
    step = 0
    for epoch in range(1, args.epochs + 1):
        start = time.perf_counter()
        crops = itertools.islice(sd.epoch_crops(ids, train_ids, args.tile, args.seed, epoch), per_epoch)
        poses = sd.pose_random(args.seed, epoch)  # Java's stream: the same pose for the same crop
        train_loss, step = train_epoch(net, opt, chunks(crops, args.batch), poses, args, epoch, step, total_steps,
                                       warmup, weights, average)
        lr = opt.param_groups[0]["lr"]
        if average:
            average.swap_in(net)
        if args.bn_batches:
            # TrainData.calibrationBatches: the first batches of epoch 0's order, unaugmented, the same every epoch
            calibration = itertools.islice(sd.epoch_crops(ids, train_ids, args.tile, args.seed, 0),
                                           args.bn_batches * args.batch)
            recalibrate_batch_norm(net, chunks(calibration, args.batch))
        metrics = evaluate(net, val_images, args.class_weights)
        if average and epoch < args.epochs:
            average.swap_out(net)
        line = dict(epoch=epoch, trainLoss=train_loss, **metrics, lr=lr,
                    seconds=time.perf_counter() - start)
        print(console_line(line, args.epochs), flush=True)
        if out:
            out.write(json.dumps(line) + "\n")
            out.flush()
    if out:
        out.close()


def torch_name(dl4j, depth):
    """The PyTorch state key of a DL4J parameter name (enc<i>_conv<k>_W, dec<i>_bn<k>_gamma, head_b, ...)."""
    if dl4j.startswith("head_"):
        return "head." + {"W": "weight", "b": "bias"}[dl4j[len("head_"):]]
    level, layer, param = dl4j.split("_")
    kind, index = layer[:-1], int(layer[-1])
    i = int(level[3:])
    prefix = ("enc.%d" % i if i < depth else "bottom") if level.startswith("enc") else "dec.%d" % (depth - 1 - i)
    slot = (0 if kind == "conv" else 1) + 3 * (index - 1)
    return "%s.%d.%s" % (prefix, slot, {"W": "weight", "gamma": "weight", "beta": "bias"}[param])


def same_weights(argv):
    """The PyTorch half of the same-weights check (SameWeights.java wrote DIR): the same initial weights and
    batch give the same loss, gradients, Adam steps and outputs here, within float tolerance?"""
    import glob
    import os
    folder = argv[0]
    java = json.load(open(os.path.join(folder, "java.json")))
    depth = 3
    net = UNet(16, depth, 3 * java["m"], java["m"])
    state = net.state_dict()
    learned = {}
    for path in sorted(glob.glob(os.path.join(folder, "init_*.npy"))):
        name = os.path.basename(path)[len("init_"):-len(".npy")]
        if name.endswith("_mean") or name.endswith("_log10stdev"):
            continue  # running statistics: not used in training mode
        key = torch_name(name, depth)
        state[key].copy_(torch.from_numpy(np.load(path)).reshape(state[key].shape))
        learned[name] = key
    if len(learned) != len(list(net.parameters())):
        sys.exit("loaded %d of %d parameters" % (len(learned), len(list(net.parameters()))))
    x = torch.from_numpy(np.load(os.path.join(folder, "x.npy")))
    y = torch.from_numpy(np.load(os.path.join(folder, "y.npy"))).argmax(dim=1)
    weights = torch.tensor(json.loads("[1.0, 3.0, 5.0]"))
    params = dict(net.named_parameters())
    net.train()

    def loss_per_tile():
        return nn.functional.cross_entropy(net(x), y, weight=weights, reduction="sum") / len(x)

    def dl4j(prefix, name, scale=1.0):
        return np.load(os.path.join(folder, prefix + name + ".npy")).reshape(-1) * scale

    def spread(rows):
        """'worst x (tensor), median y' over (value, tensor) rows, worst = largest."""
        rows = sorted(rows, reverse=True)
        return "worst %.1e (%s), median %.1e" % (rows[0][0], rows[0][1], statistics.median(r for r, _ in rows))

    def relative_l2(prefix, values, scale=1.0):
        """Per tensor ||torch - java|| / ||java||: elementwise maxima would flag every sign flip of a near-zero
        gradient, which Adam's first steps turn into a full step either way."""
        rows = []
        for name, key in learned.items():
            ref, mine = dl4j(prefix, name, scale), values(key).detach().numpy().reshape(-1)
            rows.append((float(np.linalg.norm(mine - ref) / max(np.linalg.norm(ref), 1e-30)), name))
        return spread(rows)

    loss = loss_per_tile()
    loss.backward()
    print("loss per tile at the same weights: torch %.6f, DL4J %.6f (relative difference %.1e)"
          % (loss.item(), java["score0"], abs(loss.item() - java["score0"]) / java["score0"]))
    # DL4J's gradients are of the batch's sum; it divides by the batch size in the updater.
    print("gradients, relative L2 difference per tensor: " + relative_l2("grad_", lambda k: params[k].grad, 1.0 / len(x)))
    start = {k: v.detach().clone() for k, v in net.state_dict().items()}

    def adam_steps(noise):
        """Adam's steps on the batch from the shared weights: (losses, weights, class probabilities after). With
        noise > 0 each first gradient is perturbed by that relative L2 size, about the float-level gap between
        the two frameworks' gradients: a control for how fast two runs drift apart from rounding alone."""
        net.load_state_dict(start)
        opt = torch.optim.Adam(net.parameters(), lr=java["lr"], betas=(0.9, 0.999), eps=1e-8, weight_decay=0)
        generator = torch.Generator().manual_seed(3)
        scores = []
        for step in range(java["steps"]):
            opt.zero_grad()
            loss = loss_per_tile()
            loss.backward()
            if noise and step == 0:
                for p in net.parameters():
                    e = torch.randn(p.shape, generator=generator)
                    p.grad += e * (noise * p.grad.norm() / e.norm())
            opt.step()
            scores.append(loss.item())
        with torch.no_grad():
            probs = torch.softmax(net(x), dim=1).numpy()
        return scores, {n: params[k].detach().numpy().reshape(-1).copy() for n, k in learned.items()}, probs

    def drift(label, a, b):
        """How far run b ended from run a: weights, update directions and predictions."""
        l2, cosines = [], []
        for name in learned:
            l2.append((float(np.linalg.norm(b[1][name] - a[1][name]) / np.linalg.norm(a[1][name])), name))
            da, db = a[1][name] - dl4j("init_", name), b[1][name] - dl4j("init_", name)
            cosines.append((1 - float(da @ db / max(np.linalg.norm(da) * np.linalg.norm(db), 1e-30)), name))
        print("%s:\n  weights, relative L2 difference per tensor: %s\n  update directions, 1 - cosine per tensor: %s"
              "\n  class probabilities (training mode): mean difference %.1e, largest %.1e; pixels whose class differs"
              " %d of %d" % (label, spread(l2), spread(cosines), float(np.abs(a[2] - b[2]).mean()),
                             float(np.abs(a[2] - b[2]).max()), int((a[2].argmax(1) != b[2].argmax(1)).sum()),
                             a[2][:, 0].size))

    gap = statistics.median(float(np.linalg.norm(params[k].grad.numpy().reshape(-1) - dl4j("grad_", n, 1.0 / len(x)))
                                  / np.linalg.norm(dl4j("grad_", n, 1.0 / len(x)))) for n, k in learned.items())
    torch_run = adam_steps(0)
    dl4j_run = (java["scores"], {n: dl4j("after_", n) for n in learned},
                np.load(os.path.join(folder, "probs_after.npy")))
    control = adam_steps(gap)
    print("loss per tile before each of %d Adam steps (lr %g): torch %s; DL4J %s; control %s" % (
        java["steps"], java["lr"], *(" ".join("%.2f" % v for v in run[0]) for run in (torch_run, dl4j_run, control))))
    drift("DL4J against torch after the steps", torch_run, dl4j_run)
    drift("control: torch against torch with its first gradients perturbed by %.1e" % gap, torch_run, control)

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "train":
        train(sys.argv[2:])
    elif len(sys.argv) > 1 and sys.argv[1] == "same-weights":
        same_weights(sys.argv[2:])
    else:
        bench()
