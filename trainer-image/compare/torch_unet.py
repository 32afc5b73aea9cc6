#!/usr/bin/env python3
"""The trainer's U-Net in PyTorch, to time one training step on the same CPU as `parzen train bench`.

Mirrors io.parzen.trainer.nn.UNet: per level two (3x3 conv without bias, batch norm, ReLU) blocks,
2x2 max pooling, a bottleneck double block, nearest 2x up-sampling, concatenation [up, skip], a 1x1
head with 3 or 3*m filters (grouped: contiguous groups of m summed), softmax cross-entropy with class
weights 1, 3, 5, Adam. Debian: `apt-get install python3-torch` (1.13), then
`OMP_NUM_THREADS=1 /usr/bin/python3 trainer-image/compare/torch_unet.py [small|large] [baseline|grouped]`.
"""
import statistics
import sys
import time

import torch
from torch import nn

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


def main():
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


if __name__ == "__main__":
    main()
