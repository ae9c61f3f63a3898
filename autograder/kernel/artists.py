"""What a returned matplotlib Axes shows, as raw geometry (runs inside the sandbox).

This file only *describes* the Axes: its axis labels and limits, and for
every artist drawn on it the bounding box of its data, in data coordinates,
and for a line or a collection of at most :data:`MAX_POINTS` points those
points in the order they were given (the grader asks whether they pair the
values with their positions).
It decides nothing. The grader judges the plot from this description against
the values it asked the student to plot (see the ex3 checks), so replacing
this code in the kernel gains a student nothing unless the geometry it
reports actually depicts those values.
"""
from __future__ import annotations

import math

MAX_ARTISTS = 2000
#: points are listed for lines and collections of at most this many points, for at most
#: MAX_POINTED artists: enough for the handful of values a check asks to be plotted
MAX_POINTS = 64
MAX_POINTED = 64
#: at most this many labelled ticks per axis are listed, each label cut to MAX_LABEL characters
MAX_TICKS = 100
MAX_LABEL = 100


def _finite_box(xs, ys):
    xs = [float(x) for x in xs if math.isfinite(float(x))]
    ys = [float(y) for y in ys if math.isfinite(float(y))]
    if not xs or not ys:
        return None
    return [min(xs), max(xs), min(ys), max(ys)]


def _to_data(ax, transform, points):
    """Points in an artist's own coordinates -> data coordinates of ``ax``."""
    display = transform.transform(points)
    return ax.transData.inverted().transform(display)


def _box_of(ax, artist):
    from matplotlib.collections import Collection
    from matplotlib.image import AxesImage
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    if isinstance(artist, Line2D):
        points = artist.get_xydata()
        if len(points) == 0:
            return "line", None
        data = _to_data(ax, artist.get_transform(), points)
        return "line", _finite_box(data[:, 0], data[:, 1])
    if isinstance(artist, Patch):
        path = artist.get_path()
        if len(path.vertices) == 0:
            return "patch", None
        data = _to_data(ax, artist.get_transform(), path.vertices)
        return "patch", _finite_box(data[:, 0], data[:, 1])
    if isinstance(artist, Collection):
        box = artist.get_datalim(ax.transData)
        if box.width == 0 and box.height == 0 and len(artist.get_offsets()) == 0 \
                and not artist.get_paths():
            return "collection", None
        return "collection", _finite_box([box.x0, box.x1], [box.y0, box.y1])
    if isinstance(artist, AxesImage):
        x0, x1, y0, y1 = artist.get_extent()
        return "image", _finite_box([x0, x1], [y0, y1])
    return None, None


def _points_of(ax, artist):
    """The data-coordinate points of a line (its vertices) or a collection (its offsets, as a scatter
    places them), in their order, when there are at most MAX_POINTS of them; else None."""
    from matplotlib.collections import Collection
    from matplotlib.lines import Line2D

    if isinstance(artist, Line2D):
        points, transform = artist.get_xydata(), artist.get_transform()
    elif isinstance(artist, Collection):
        points, transform = artist.get_offsets(), artist.get_offset_transform()
    else:
        return None
    if not 0 < len(points) <= MAX_POINTS:
        return None
    data = _to_data(ax, transform, points)
    if not all(math.isfinite(float(v)) for v in data.ravel()):
        return None
    return [[float(x), float(y)] for x, y in data]


_NO_STYLE = (None, "None", "none", "", " ")


def _transparent(colors) -> bool:
    """Every RGBA colour given is fully transparent (an empty array too: nothing is painted)."""
    import numpy as np

    rgba = np.asarray(colors, dtype=float).reshape(-1, 4) if np.size(colors) else np.zeros((0, 4))
    return bool(np.all(rgba[:, 3] <= 0))


def _shows_nothing(artist) -> bool:
    """The artist paints no pixel: fully transparent, or neither a stroke nor a fill nor a marker.

    An artist drawn with ``alpha=0``, a line with no line style and no marker, a collection or patch
    whose faces and edges are all transparent: it is on the Axes but shows none of its data. Any
    doubt (an artist of another kind) counts as showing something.
    """
    try:
        alpha = artist.get_alpha()
        if alpha is not None and float(alpha) <= 0:
            return True
        from matplotlib.collections import Collection
        from matplotlib.colors import to_rgba
        from matplotlib.lines import Line2D
        from matplotlib.patches import Patch

        if isinstance(artist, Line2D):
            stroke = artist.get_linestyle() not in _NO_STYLE and artist.get_linewidth() > 0
            marker = artist.get_marker() not in _NO_STYLE and artist.get_markersize() > 0
            return (not stroke and not marker) or to_rgba(artist.get_color())[3] <= 0 and not marker
        if isinstance(artist, Collection):
            import numpy as np

            edges = _transparent(artist.get_edgecolors()) or not np.any(np.asarray(artist.get_linewidths()) > 0)
            sizes = np.asarray(artist.get_sizes()) if type(artist).__name__ == "PathCollection" else np.ones(1)
            return (_transparent(artist.get_facecolors()) and edges) or (sizes.size > 0 and np.all(sizes <= 0))
        if isinstance(artist, Patch):
            edges = _transparent(artist.get_edgecolor()) or not artist.get_linewidth() > 0
            return (not artist.get_fill() or _transparent(artist.get_facecolor())) and edges
    except Exception:  # noqa: BLE001 - an artist of another kind: taken as drawn
        return False
    return False


def _tick_labels(axis) -> list:
    """``[position, text]`` of every tick of ``axis`` (major and minor) inside its view limits whose
    label is shown and not empty, as the formatter would write it when the figure is drawn."""
    if not axis.get_visible():
        return []
    low, high = sorted(float(v) for v in axis.get_view_interval())
    slack = 1e-9 * (high - low)
    shown = []
    for ticker, locations, tick in ((axis.major, axis.get_majorticklocs(), getattr(axis, "_major_tick_kw", {})),
                                    (axis.minor, axis.get_minorticklocs(), getattr(axis, "_minor_tick_kw", {}))):
        # tick_params(labelbottom=False, ...) hides one side's labels; a side is shown unless it says so
        if not any(tick.get(key, default) for key, default in (("label1On", True), ("label2On", False))):
            continue
        locations = [float(v) for v in locations]
        texts = ticker.formatter.format_ticks(locations) if locations else []
        for place, text in zip(locations, texts, strict=False):
            if low - slack <= place <= high + slack and math.isfinite(place) and str(text).strip():
                shown.append([place, str(text)[:MAX_LABEL]])
    return shown[:MAX_TICKS]


def describe_axes(ax) -> dict:
    """Labels, limits and one ``{"kind", "box"}`` per drawn artist of ``ax``.

    ``box`` is ``[xmin, xmax, ymin, ymax]`` in data coordinates; ``points``, on lines and collections
    of a few points, lists them as ``[x, y]`` pairs. ``xticks`` and ``yticks`` list the labelled ticks
    inside the limits as ``[position, text]``.
    """
    artists = []
    pointed = 0
    for artist in list(ax.patches) + list(ax.lines) + list(ax.collections) + list(ax.images):
        if len(artists) >= MAX_ARTISTS:
            break
        if not artist.get_visible() or _shows_nothing(artist):
            continue
        try:
            kind, box = _box_of(ax, artist)
        except Exception:  # noqa: BLE001, S112 - an odd artist is left out, not fatal
            continue
        if kind is not None and box is not None:
            entry = {"kind": kind, "box": box}
            if pointed < MAX_POINTED:
                try:
                    points = _points_of(ax, artist)
                except Exception:  # noqa: BLE001 - the box alone still describes it
                    points = None
                if points is not None:
                    entry["points"] = points
                    pointed += 1
            artists.append(entry)
    return {
        "xlabel": str(ax.get_xlabel()),
        "ylabel": str(ax.get_ylabel()),
        "xlim": [float(v) for v in ax.get_xlim()],
        "ylim": [float(v) for v in ax.get_ylim()],
        "artists": artists,
        "xticks": _safe_ticks(ax.xaxis),
        "yticks": _safe_ticks(ax.yaxis),
    }


def _safe_ticks(axis) -> list:
    try:
        return _tick_labels(axis)
    except Exception:  # noqa: BLE001 - a formatter that fails when called would fail the drawing too
        return []
