# verdict: correct
# what: math.hypot of every entry, which scales internally (Python 3.8+)
import math


def l2_norm(x):
    return math.hypot(*(float(v) for v in x))
