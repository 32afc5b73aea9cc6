"""A SpaceNet-layout dataset read the way the Java trainer reads it, for torch_unet.py's training mode.

Each function mirrors one Java class of io.parzen.trainer.data (named in its docstring), so that the
Python and DL4J runs see the same split, the same pixels, the same masks and the same batches:
image ids and file pairing (SpaceNetDataset, DatasetPaths), the seeded split (DatasetSplit, with
java.util.Random reimplemented), the 2-98 % stretch (PercentileStretch), the 3-class mask
(FootprintReader, MaskRenderer, ScanlineFill, TileLabeler), crops (Tiler), the per-epoch tile
order (EpochBatches) and the augmentation's random stream (TrainData.epoch). Needs numpy and GDAL's
Python bindings (Debian: python3-gdal).
"""
import json
import math
import os
import re

import numpy as np
from osgeo import gdal, ogr

gdal.UseExceptions()
ogr.UseExceptions()

IMAGES_FOLDER = "RGB-PanSharpen"
LABELS_FOLDER = os.path.join("geojson", "buildings")
IMAGE_NAME = re.compile(r"RGB-PanSharpen_(.+)_img(\d+)\.tif")
BANDS = 3
BACKGROUND, BUILDING, BORDER = 0, 1, 2


# --- java.util.Random and Collections.shuffle, so that seeds give Java's splits and orders ---

class JavaRandom:
    """java.util.Random: the 48-bit linear congruential generator fixed by the JDK specification."""

    _MULTIPLIER = 0x5DEECE66D
    _MASK = (1 << 48) - 1

    def __init__(self, seed):
        self._seed = (seed ^ self._MULTIPLIER) & self._MASK

    def _next(self, bits):
        self._seed = (self._seed * self._MULTIPLIER + 0xB) & self._MASK
        return self._seed >> (48 - bits)

    def next_int(self, bound):
        """nextInt(bound): uniform in [0, bound), with Java's rejection of the biased top values."""
        if bound <= 0:
            raise ValueError("bound must be positive")
        if bound & -bound == bound:
            return (bound * self._next(31)) >> 31
        while True:
            bits = self._next(31)
            value = bits % bound
            if bits - value + (bound - 1) < 1 << 31:  # Java tests for int overflow here
                return value


def java_shuffle(items, rnd):
    """Collections.shuffle(list, rnd) in place: swap(i, nextInt(i + 1)) for i from the end down to 1."""
    for i in range(len(items) - 1, 0, -1):
        j = rnd.next_int(i + 1)
        items[i], items[j] = items[j], items[i]


def java_round(x):
    """Math.round(double): halves round up, unlike Python's round."""
    return math.floor(x + 0.5)


# --- files and split ---

def dataset_folder(data, name):
    """The dataset's folder: DATA/datasets/NAME, or DATA itself when it already is one (as the Java --data allows)."""
    nested = os.path.join(data, "datasets", name)
    if os.path.isdir(os.path.join(nested, IMAGES_FOLDER)):
        return nested
    if os.path.isdir(os.path.join(data, IMAGES_FOLDER)):
        return data
    raise FileNotFoundError("no %s/ under %s or %s" % (IMAGES_FOLDER, nested, data))


def image_ids(folder):
    """SpaceNetDataset.open: {id: (tif, geojson)} ordered by AOI then image number; a missing labels file is an error.

    The id is <AOI>_img<N> with N as an integer, and both paths are rebuilt from it (DatasetPaths), so a
    zero-padded file name (img007) points at img7 files, as in Java.
    """
    found = set()
    for name in os.listdir(os.path.join(folder, IMAGES_FOLDER)):
        m = IMAGE_NAME.fullmatch(name)
        if m and len(m.group(2)) <= 9:
            found.add((m.group(1), int(m.group(2))))
    if not found:
        raise FileNotFoundError("no images (RGB-PanSharpen_<AOI>_img<N>.tif) in " + folder)
    ids = {}
    for aoi, n in sorted(found):
        tif = os.path.join(folder, IMAGES_FOLDER, "RGB-PanSharpen_%s_img%d.tif" % (aoi, n))
        labels = os.path.join(folder, LABELS_FOLDER, "buildings_%s_img%d.geojson" % (aoi, n))
        if not os.path.isfile(labels):
            raise FileNotFoundError("missing labels file %s for image %s" % (labels, tif))
        ids["%s_img%d" % (aoi, n)] = (tif, labels)
    return ids


def split(ids, seed, val_fraction=0.15, test_fraction=1 - 0.70 - 0.15):
    """DatasetSplit.of: sort, shuffle with java.util.Random(seed), cut into (train, val, test)."""
    shuffled = sorted(ids)  # String.compareTo order, which is code-point order for these names
    java_shuffle(shuffled, JavaRandom(seed))
    n = len(shuffled)
    val = max(1 if val_fraction > 0 else 0, java_round(n * val_fraction)) if n >= 2 else 0
    test = max(1 if test_fraction > 0 else 0, java_round(n * test_fraction)) if n >= 3 else 0
    train = n - val - test
    return shuffled[:train], shuffled[train:train + val], shuffled[train + val:]


# --- pixels ---

def read_geotiff(path):
    """The 3 x H x W uint16 bands and GDAL's geotransform (which, like GeoKeys, moves PixelIsPoint to corners)."""
    ds = gdal.Open(path)
    if ds.RasterCount != BANDS:
        raise ValueError("%s: %d bands; expected %d" % (path, ds.RasterCount, BANDS))
    bands = ds.ReadAsArray()
    if bands.dtype != np.uint16:
        raise ValueError("%s: %s samples; expected unsigned 16-bit" % (path, bands.dtype))
    return bands, ds.GetGeoTransform()


def image_size(path):
    """(width, height) from the header only."""
    ds = gdal.Open(path)
    return ds.RasterXSize, ds.RasterYSize


def percentile(sorted_values, p):
    """PercentileStretch.percentile: linear between order statistics at rank p/100 * (n-1), numpy's default."""
    rank = p / 100 * (len(sorted_values) - 1)
    below = math.floor(rank)
    frac = rank - below
    a = int(sorted_values[below])
    b = int(sorted_values[below + 1]) if frac > 0 else a
    return a + frac * (b - a)


def stretch(bands, low=2.0, high=98.0):
    """PercentileStretch.apply: per band, the low..high percentiles of the non-zero samples map to 0..1.

    The arithmetic is float32 like Java's ((v - lo) * scale with lo and scale rounded to float), so the
    values agree bit for bit; zero (no data) stays 0, and a band without spread becomes all zeros.
    """
    out = np.zeros(bands.shape, np.float32)
    for b, band in enumerate(bands):
        values = np.sort(band[band != 0], axis=None)
        if values.size == 0:
            continue
        lo = percentile(values, low)
        hi = percentile(values, high)
        if not hi > lo:
            continue
        s = (band.astype(np.float32) - np.float32(lo)) * np.float32(1.0 / (hi - lo))
        s[band == 0] = 0
        out[b] = np.clip(s, 0, 1)
    return out


# --- labels ---

def read_footprints(path, geotransform):
    """FootprintReader.read: the polygons of a GeoJSON file as OGR geometries in pixel space."""
    with open(path, "rb") as f:
        root = json.load(f)
    crs = str(((root.get("crs") or {}).get("properties") or {}).get("name", ""))
    if crs and not (crs.upper().endswith("CRS84") or re.fullmatch(r".*EPSG:+4326", crs.upper())):
        raise ValueError("%s: coordinates are in %s; expected lon/lat" % (path, crs))
    kind = root.get("type")
    if kind == "FeatureCollection":
        geometries = [f.get("geometry") for f in root["features"]]
    elif kind == "Feature":
        geometries = [root.get("geometry")]
    elif kind in ("Polygon", "MultiPolygon"):
        geometries = [root]
    else:
        raise ValueError("%s: unsupported GeoJSON type %r" % (path, kind))
    polygons = []
    for g in geometries:
        if g is None:
            continue  # a feature without geometry
        shape = to_pixels(g, geotransform, path)
        if not shape.IsValid():
            # GEOS's "structure" method is the port of JTS's GeometryFixer, which Java uses: it keeps
            # every lobe of a bow-tie where buffer(0) would drop one.
            shape = shape.MakeValid(["METHOD=STRUCTURE"])
        if not shape.IsEmpty():
            polygons.append(shape)
    return polygons


def to_pixels(geometry, gt, path):
    """A GeoJSON Polygon or MultiPolygon mapped through the inverse geotransform (GeoTransform.pixelX/Y)."""
    kind = geometry.get("type")
    if kind == "Polygon":
        return polygon(geometry["coordinates"], gt, path)
    if kind == "MultiPolygon":
        multi = ogr.Geometry(ogr.wkbMultiPolygon)
        for part in geometry["coordinates"]:
            multi.AddGeometry(polygon(part, gt, path))
        return multi
    raise ValueError("%s: geometry type %r is not a building footprint" % (path, kind))


def polygon(rings, gt, path):
    """One polygon; an unclosed ring is closed, z values are dropped."""
    origin_x, pixel_w, row_rot, origin_y, col_rot, pixel_h = gt
    det = pixel_w * pixel_h - row_rot * col_rot
    shape = ogr.Geometry(ogr.wkbPolygon)
    for positions in rings:
        coords = []
        for p in positions:
            dx = p[0] - origin_x
            dy = p[1] - origin_y
            # Same operations in the same order as GeoTransform, so the coordinates are the same doubles.
            coords.append(((dx * pixel_h - dy * row_rot) / det, (dy * pixel_w - dx * col_rot) / det))
        if coords and coords[0] != coords[-1]:
            coords.append(coords[0])
        if len(coords) < 4:
            raise ValueError("%s: a ring needs at least 4 positions, got %d" % (path, len(positions)))
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in coords:
            ring.AddPoint_2D(x, y)
        shape.AddGeometry(ring)
    return shape


def rings(geometry):
    """Every ring of every polygon in a geometry, as (k, 2) arrays of closed coordinates."""
    out = []
    kind = ogr.GT_Flatten(geometry.GetGeometryType())
    if kind == ogr.wkbPolygon:
        for i in range(geometry.GetGeometryCount()):
            points = geometry.GetGeometryRef(i).GetPoints() or []
            if points:
                out.append(np.array(points, np.float64)[:, :2])
    elif kind in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        for i in range(geometry.GetGeometryCount()):
            out.extend(rings(geometry.GetGeometryRef(i)))
    return out  # points and lines (possible in a repaired collection) are skipped, as ScanlineFill does


def scanline_fill(ring_list, width, height):
    """ScanlineFill.fill: even-odd over all rings, a pixel is in when its centre is (left/top edges inclusive)."""
    out = np.zeros((height, width), bool)
    segments = [np.concatenate([r[:-1], r[1:]], axis=1) for r in ring_list if len(r) > 1]
    if not segments:
        return out
    e = np.concatenate(segments)
    e = e[e[:, 1] != e[:, 3]]  # horizontal edges never cross a scanline
    if len(e) == 0:
        return out
    x0, y0, x1, y1 = e.T
    first = max(0, math.ceil(min(y0.min(), y1.min()) - 0.5))
    last = min(height - 1, math.ceil(max(y0.max(), y1.max()) - 0.5) - 1)
    if last < first:
        return out
    rows = np.arange(first, last + 1)
    yc = (rows + 0.5)[:, None]
    crosses = ((y0 <= yc) & (yc < y1)) | ((y1 <= yc) & (yc < y0))  # half-open: a vertex counts once
    with np.errstate(invalid="ignore", divide="ignore"):
        xs = np.where(crosses, x0 + (yc - y0) * (x1 - x0) / (y1 - y0), np.inf)
    xs.sort(axis=1)
    count = crosses.sum(axis=1)
    # Spans between crossings 0-1, 2-3, ... of each row: +1 where a span starts, -1 where it ends.
    pairs = np.arange(0, xs.shape[1] - 1, 2)
    valid = pairs[None, :] + 1 < count[:, None]
    r, i = np.nonzero(valid)
    i = pairs[i]
    start = np.clip(np.ceil(xs[r, i] - 0.5), 0, width).astype(np.int64)
    end = np.clip(np.ceil(xs[r, i + 1] - 0.5), 0, width).astype(np.int64)
    keep = start < end
    diff = np.zeros((len(rows), width + 1), np.int32)
    np.add.at(diff, (r[keep], start[keep]), 1)
    np.add.at(diff, (r[keep], end[keep]), -1)
    out[first:last + 1] = np.cumsum(diff[:, :width], axis=1) > 0
    return out


def render_mask(footprints, width, height, border_width=5.0):
    """MaskRenderer.render: interior = F.buffer(-h), border = F.buffer(+h) minus interior, border wins.

    Returns the H x W uint8 mask and (drawn, outside, too_small). A footprint that does not touch the
    image is skipped even when its outer ring would reach into it, as in Java.
    """
    half = border_width / 2
    image = ogr.CreateGeometryFromWkt("POLYGON ((0 0, %d 0, %d %d, 0 %d, 0 0))" % (width, width, height, height))
    interior = np.zeros((height, width), bool)
    border = np.zeros((height, width), bool)
    drawn = outside = too_small = 0
    for fp in footprints:
        if not fp.Intersects(image):
            outside += 1
            continue
        inner = fp.Buffer(-half, 8)  # 8 segments per quarter circle: JTS's default (OGR's is 30)
        if inner.IsEmpty():
            too_small += 1
            continue
        outer = fp.Buffer(half, 8)
        inner_rings = rings(inner)
        interior |= scanline_fill(inner_rings, width, height)
        # inner lies inside outer, so the even-odd fill of both is the ring between them.
        border |= scanline_fill(rings(outer) + inner_rings, width, height)
        drawn += 1
    mask = np.where(border, BORDER, np.where(interior, BUILDING, BACKGROUND)).astype(np.uint8)
    return mask, (drawn, outside, too_small)


def label_image(labels_path, geotransform, width, height):
    """TileLabeler.label: the mask, refusing labels whose footprints all miss the image (a wrong pairing)."""
    footprints = read_footprints(labels_path, geotransform)
    mask, (_, outside, _) = render_mask(footprints, width, height)
    if footprints and outside == len(footprints):
        raise ValueError("all %d footprints of %s lie outside the image; wrong pairing or CRS?"
                         % (len(footprints), labels_path))
    return mask


def load(paths):
    """SpaceNetDataset.load: (3 x H x W float32 pixels in [0, 1], H x W uint8 mask) of one image."""
    tif, labels = paths
    bands, gt = read_geotiff(tif)
    _, height, width = bands.shape
    return stretch(bands), label_image(labels, gt, width, height)


# --- tiles ---

def offsets(length, size):
    """Tiler.offsets: ceil(length/size) crops per axis, offsets spread evenly from 0 to length - size."""
    n = max(1, -(-length // size))
    return [0] + [java_round(i * (length - size) / (n - 1)) for i in range(1, n)]


def crops(image_id, pixels, mask, size):
    """Tiler.tiles in crop mode: (image_id, x, y, 3 x s x s pixels, s x s mask), row by row, zero-padded."""
    c, h, w = pixels.shape
    out = []
    for y in offsets(h, size):
        for x in offsets(w, size):
            tile = np.zeros((c, size, size), np.float32)
            labels = np.zeros((size, size), np.uint8)
            tile[:, :h - y, :w - x] = pixels[:, y:y + size, x:x + size]
            labels[:h - y, :w - x] = mask[y:y + size, x:x + size]
            out.append((image_id, x, y, tile, labels))
    return out


def crops_per_image(width, height, size):
    return len(offsets(width, size)) * len(offsets(height, size))


def epoch_crops(ids, train_ids, size, seed, epoch, buffer_tiles=None):
    """EpochBatches: the training crops of one epoch (from 1) in Java's order.

    java.util.Random(seed * 1000003 + epoch) shuffles the image order; images are then read 8 at a
    time into a buffer until it holds `buffer_tiles` crops (TrainData.bufferTiles: 256 MB of crops),
    and the buffer is shuffled with the same generator; yields crops one by one.
    """
    if buffer_tiles is None:
        buffer_tiles = max(1, (256 << 20) // (size * size * (3 * 4 + 1)))
    rnd = JavaRandom(seed * 1_000_003 + epoch)
    order = list(train_ids)
    java_shuffle(order, rnd)
    next_image = 0
    while next_image < len(order):
        group = []
        while len(group) < buffer_tiles and next_image < len(order):
            for image_id in order[next_image:next_image + 8]:
                group.extend(crops(image_id, *load(ids[image_id]), size))
            next_image += 8
        java_shuffle(group, rnd)
        yield from group


def pose_random(seed, epoch):
    """TrainData.epoch's generator of Dihedral poses: java.util.Random((seed * 1000003 + epoch) ^ 0x9E3779B97F4A7C15).

    Java's + binds tighter than ^; the constant keeps this stream apart from EpochBatches' shuffle
    stream (only the low 48 bits matter, which the mask in JavaRandom keeps).
    """
    return JavaRandom((seed * 1_000_003 + epoch) ^ AUGMENT_STREAM)


AUGMENT_STREAM = 0x9E3779B97F4A7C15
