"""Judging a plot from the geometry the kernel reports, in the grader.

The kernel describes a returned Axes as raw geometry (``kernel/artists.py``):
labels, limits and a data-coordinate bounding box per drawn artist. That
description is untrusted, so everything that decides marks happens here:
:func:`parse_drawing` validates it strictly, and :func:`depiction_axis` asks
whether the drawing actually shows a given set of values, which the check
draws afresh for every call. A kernel that reports a forged description
therefore passes only by describing a plot of exactly those values.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from autograder.kernel.wire import AxesDescription

MAX_ARTISTS = 2000
#: a drawing covers a value range when its artists reach both ends within this share of the range
REACH = 0.02
#: and stay within this many ranges of it (a KDE's tails reach about half a range beyond)
SPREAD = 1.0
#: an artist marks a value when one of its edges lies within this share of the range of it: a
#: histogram's outer bin edges, a whisker's or a strip's end, an ECDF's first and last step, a
#: matplotlib violin (evaluated from the smallest value to the largest) all sit on the values, up
#: to float32 rounding (at most ~1.2e-6 of the range for the values the check draws); a curve
#: evaluated on a wider grid (a KDE alone) or bars centred on bins do not, but for an edge that
#: lands there by chance (about 1 draw in 10,000 for bars of a fixed width)
MARK = 1e-5


class MalformedDrawing(ValueError):
    """The description does not follow the schema of ``kernel/artists.py``."""


#: at most this many points per artist are read (the kernel lists them for small artists only)
MAX_POINTS = 64


@dataclass(frozen=True)
class Artist:
    kind: str
    box: tuple[float, float, float, float]  # xmin, xmax, ymin, ymax
    #: a line's vertices or a collection's offsets, (x, y) in data coordinates and in the order given,
    #: when the kernel listed them
    points: tuple[tuple[float, float], ...] | None = None

    @property
    def empty(self) -> bool:
        """A patch of zero area (e.g. an empty histogram bin) shows nothing."""
        xmin, xmax, ymin, ymax = self.box
        return self.kind == "patch" and (xmax <= xmin or ymax <= ymin)


@dataclass(frozen=True)
class Drawing:
    xlabel: str
    ylabel: str
    xlim: tuple[float, float]
    ylim: tuple[float, float]
    artists: tuple[Artist, ...]
    #: the labelled ticks inside the limits, ``(position, text)``, per axis
    xticks: tuple[tuple[float, str], ...] = ()
    yticks: tuple[tuple[float, str], ...] = ()

    def visible(self) -> list[Artist]:
        return [a for a in self.artists if not a.empty]

    def without(self, left_out: list[Artist]) -> "Drawing":
        """The same drawing without the artists in ``left_out``."""
        return Drawing(self.xlabel, self.ylabel, self.xlim, self.ylim,
                       tuple(a for a in self.artists if all(a is not b for b in left_out)), self.xticks, self.yticks)

    def marks(self, axis: str, value: float, tolerance: float) -> bool:
        """Whether an edge of a visible artist along ``axis`` lies within ``tolerance`` of ``value``."""
        lo_i, hi_i = (0, 1) if axis == "x" else (2, 3)
        return any(abs(a.box[lo_i] - value) <= tolerance or abs(a.box[hi_i] - value) <= tolerance
                   for a in self.visible())

    def extent(self, axis: str) -> tuple[float, float] | None:
        """Union of the visible artists' boxes along ``axis`` ("x" or "y")."""
        boxes = self.visible()
        if not boxes:
            return None
        lo_i, hi_i = (0, 1) if axis == "x" else (2, 3)
        return min(a.box[lo_i] for a in boxes), max(a.box[hi_i] for a in boxes)


def _number(value, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise MalformedDrawing(f"{what} is not a finite number")
    return float(value)


def _pair(value, what: str) -> tuple[float, float]:
    if not isinstance(value, list) or len(value) != 2:
        raise MalformedDrawing(f"{what} is not a pair of numbers")
    return _number(value[0], what), _number(value[1], what)


def _points(value) -> tuple[tuple[float, float], ...] | None:
    if value is None:
        return None
    if not isinstance(value, list) or len(value) > MAX_POINTS:
        raise MalformedDrawing(f"an artist's points are not a list of at most {MAX_POINTS} pairs")
    return tuple(_pair(point, "an artist's point") for point in value)


#: the kernel lists at most this many labelled ticks per axis, each label at most MAX_LABEL characters
MAX_TICKS = 100
MAX_LABEL = 100


def _ticks(value, what: str) -> tuple[tuple[float, str], ...]:
    if not isinstance(value, list) or len(value) > MAX_TICKS:
        raise MalformedDrawing(f"{what} is not a list of at most {MAX_TICKS} ticks")
    ticks = []
    for tick in value:
        if not isinstance(tick, list) or len(tick) != 2 or not isinstance(tick[1], str) \
                or len(tick[1]) > MAX_LABEL:
            raise MalformedDrawing(f"a tick of {what} is not a position and a label")
        ticks.append((_number(tick[0], what), tick[1]))
    return tuple(ticks)


def parse_drawing(description) -> Drawing:
    """Validate the kernel's description of an Axes.

    Raises
    ------
    MalformedDrawing
        On anything outside the schema.
    """
    if not isinstance(description, AxesDescription):
        raise MalformedDrawing("not an Axes description")
    labels = [description.get(k) for k in ("xlabel", "ylabel")]
    if not all(isinstance(label, str) and len(label) <= 10_000 for label in labels):
        raise MalformedDrawing("axis labels are not strings")
    raw = description.get("artists")
    if not isinstance(raw, list) or len(raw) > MAX_ARTISTS:
        raise MalformedDrawing("artists is not a list of at most 2000 entries")
    artists = []
    for item in raw:
        if not isinstance(item, dict) or item.get("kind") not in ("line", "patch", "collection", "image"):
            raise MalformedDrawing("an artist has no known kind")
        box = item.get("box")
        if not isinstance(box, list) or len(box) != 4:
            raise MalformedDrawing("an artist's box is not four numbers")
        xmin, xmax, ymin, ymax = (_number(v, "an artist's box") for v in box)
        if xmin > xmax or ymin > ymax:
            raise MalformedDrawing("an artist's box is inside out")
        artists.append(Artist(item["kind"], (xmin, xmax, ymin, ymax), _points(item.get("points"))))
    return Drawing(labels[0], labels[1], _pair(description.get("xlim"), "xlim"),
                   _pair(description.get("ylim"), "ylim"), tuple(artists),
                   _ticks(description.get("xticks"), "xticks"), _ticks(description.get("yticks"), "yticks"))


def depiction_axis(drawing: Drawing, values: np.ndarray) -> str | None:
    """The axis along which the drawing shows ``values``, or None.

    A drawing shows the values along an axis when its visible artists,
    together, reach from the smallest to the largest value (within
    :data:`REACH` of their range) and stay within :data:`SPREAD` ranges of
    them, some artist marks the smallest value and some the largest (an
    edge within :data:`MARK` of their range: the values themselves, not a
    smoothed curve or bars placed around them), and the axis limits let all
    of that be seen.
    """
    low, high = float(np.min(values)), float(np.max(values))
    span = high - low
    if span <= 0:
        raise ValueError("values to depict must not all be equal")
    for axis, limits in (("x", drawing.xlim), ("y", drawing.ylim)):
        extent = drawing.extent(axis)
        if extent is None:
            return None
        lo, hi = extent
        reaches = lo <= low + REACH * span and hi >= high - REACH * span
        tight = lo >= low - SPREAD * span and hi <= high + SPREAD * span
        shown = min(limits) <= low + REACH * span and max(limits) >= high - REACH * span
        marked = drawing.marks(axis, low, MARK * span) and drawing.marks(axis, high, MARK * span)
        if reaches and tight and shown and marked:
            return axis
    return None


def against_positions(drawing: Drawing, values: np.ndarray) -> list[Artist]:
    """The artists that plot ``values`` against their positions: a sequence, not a distribution.

    An artist does when its points, in their order, run through ``values`` in the order given along
    one axis (within :data:`MARK` of their range) while the other coordinate is each value's position
    in the list, counted from 0 or from 1 (``plot(values)``, ``scatter(range(n), values)``). A strip
    at one position, a strip jittered at random or spread evenly over a band (0.9 to 1.1), and an ECDF
    or a rank plot (the values sorted) are not.

    Returns
    -------
    list of Artist
        Empty when no artist shows the values' order.
    """
    values = np.asarray(values, dtype=float)
    tolerance = MARK * float(np.ptp(values))
    found = []
    for artist in drawing.visible():
        if artist.points is None or len(artist.points) != values.size or values.size < 3:
            continue
        points = np.asarray(artist.points, dtype=float)
        for along in (0, 1):
            if not np.all(np.abs(points[:, along] - values) <= tolerance):
                continue
            positions = np.arange(values.size, dtype=float)
            if any(np.allclose(points[:, 1 - along], positions + start, rtol=0, atol=1e-9) for start in (0, 1)):
                found.append(artist)
                break
    return found


#: bar heights agree with counts (or proportions, or densities) within this share of the largest
BAR_RTOL = 1e-6


def histogram_bars(drawing: Drawing, axis: str) -> list[Artist]:
    """The patches that form a histogram of values along ``axis``: at least two, all standing on one
    baseline across it and none overlapping along it (``ax.hist``, or ``ax.bar`` of counts, in either
    orientation). Anything else (one box, a span, bars on several baselines) is not judged as one."""
    along, across = (0, 2) if axis == "x" else (2, 0)
    bars = [a for a in drawing.artists if a.kind == "patch"]
    if len(bars) < 2 or len({a.box[across] for a in bars}) != 1:
        return []
    spans = sorted((a.box[along], a.box[along + 1]) for a in bars)
    width = spans[-1][1] - spans[0][0]
    overlapping = any(later[0] < earlier[1] - 1e-9 * width for earlier, later in zip(spans, spans[1:], strict=False))
    if width <= 0 or overlapping:
        return []
    return bars


def bars_count_the_values(drawing: Drawing, values: np.ndarray, axis: str) -> bool:
    """Whether the histogram bars along ``axis`` (if any) are as high as the number of ``values`` in each,
    up to one factor for all bars (counts, proportions, percentages) or one factor over each bar's width
    (densities). A value on the edge two bars share is the right bar's, the largest the last bar's, as
    numpy's and matplotlib's histograms count them. A histogram weighted by the values (bars as high as
    the sum of the values in them) or a bar per value does not count them."""
    bars = histogram_bars(drawing, axis)
    if not bars:
        return True
    along, across = (0, 2) if axis == "x" else (2, 0)
    bars = sorted(bars, key=lambda a: a.box[along])
    values = np.sort(np.asarray(values, dtype=float))
    span = bars[-1].box[along + 1] - bars[0].box[along]
    tolerance = MARK * span
    counts = np.array([np.count_nonzero((values >= a.box[along] - (tolerance if k == 0 else 0))
                                        & ((values < a.box[along + 1]) if k < len(bars) - 1
                                           else (values <= a.box[along + 1] + tolerance)))
                       for k, a in enumerate(bars)], dtype=float)
    heights = np.array([a.box[across + 1] - a.box[across] for a in bars])
    widths = np.array([a.box[along + 1] - a.box[along] for a in bars])
    if counts.sum() == 0 or heights.max() <= 0:
        return False
    for weights in (counts, counts / np.where(widths > 0, widths, np.inf)):
        scale = heights.sum() / weights.sum() if weights.sum() > 0 else 0.0
        if scale > 0 and np.all(np.abs(heights - scale * weights) <= BAR_RTOL * heights.max()):
            return True
    return False


def ticks_label_the_view(drawing: Drawing, axis: str) -> bool:
    """Whether at least two labelled ticks lie within the view along ``axis``, so that a reader can
    read values off it: False when tick positions were fixed before the data were drawn (``set_xticks``
    on 0 to 1, say) and the values fall between or beyond them, or when the labels are hidden. For
    the axis that shows the values; the other axis may well carry no ticks (a strip plot's)."""
    return len(drawing.xticks if axis == "x" else drawing.yticks) >= 2


def ticks_tell_values_apart(drawing: Drawing, axis: str) -> bool:
    """Whether the tick labels along ``axis`` let a reader tell values apart: False when two or more
    ticks are labelled and every label reads the same (a fixed format too coarse for the values'
    scale, say two decimals on losses near 1e-5, writes '0.00' everywhere). Labels hidden or left
    empty are not judged: the drawing itself still shows the values."""
    ticks = drawing.xticks if axis == "x" else drawing.yticks
    # the same words whatever the spacing or the minus sign (matplotlib writes U+2212)
    labels = {" ".join(text.replace("\u2212", "-").split()) for _, text in ticks}
    return len(ticks) < 2 or len(labels) > 1
