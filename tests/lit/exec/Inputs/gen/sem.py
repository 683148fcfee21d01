# Reference semantics of numjit ops, in plain Python (double precision or
# exact integers), rounded to the result dtype afterwards.
import math
from lib import *


def isnan(x):
    return isinstance(x, float) and math.isnan(x)


# ------------------------------------------------------------ float unary
def f_neg(x): return -x


def f_exp(x):
    if isnan(x):
        return NAN
    try:
        return math.exp(x)
    except OverflowError:
        return INF


def f_log(x):
    if isnan(x) or x < 0:
        return NAN
    if x == 0:
        return -INF
    if math.isinf(x):
        return INF
    return math.log(x)


def f_sin(x):
    if isnan(x) or math.isinf(x):
        return NAN
    return math.sin(x)


def f_cos(x):
    if isnan(x) or math.isinf(x):
        return NAN
    return math.cos(x)


def f_tanh(x):
    return math.tanh(x)


def f_sqrt(x):
    if isnan(x) or x < 0:
        return NAN
    return math.sqrt(x)


def f_rsqrt(x):
    if isnan(x) or x < 0:
        return NAN
    if x == 0:
        return math.copysign(INF, x)
    if math.isinf(x):
        return 0.0
    return 1.0 / math.sqrt(x)


def f_abs(x): return abs(x)


def f_sign(x):
    if isnan(x):
        return NAN
    if x > 0:
        return 1.0
    if x < 0:
        return -1.0
    return x


def f_floor(x):
    if isnan(x) or math.isinf(x) or x == 0:
        return x
    r = float(math.floor(x))
    return r


def f_logistic(x):
    if isnan(x):
        return NAN
    e = f_exp(-x)
    return 1.0 / (1.0 + e)


# ----------------------------------------------------------- float binary
def f_add(x, y): return x + y
def f_sub(x, y): return x - y


def f_mul(x, y):
    return x * y


def f_div(x, y):
    if isnan(x) or isnan(y):
        return NAN
    if y == 0:
        if x == 0:
            return NAN
        return math.copysign(INF, x) * math.copysign(1.0, y)
    if math.isinf(x) and math.isinf(y):
        return NAN
    return x / y


def f_rem(x, y):
    if isnan(x) or isnan(y) or y == 0 or math.isinf(x):
        return NAN
    return math.fmod(x, y)


def f_pow(x, y):
    # C99 pow special cases.
    if y == 0:
        return 1.0
    if x == 1:
        return 1.0
    if isnan(x) or isnan(y):
        return NAN
    if x == 0 and y < 0:
        odd = float(y).is_integer() and int(y) % 2 == 1
        return math.copysign(INF, x) if odd else INF
    if x < 0 and not math.isinf(y) and not float(y).is_integer():
        return NAN
    try:
        return math.pow(x, y)
    except OverflowError:
        return INF


def f_max(x, y):
    if isnan(x) or isnan(y):
        return NAN
    assert not (x == 0 and y == 0 and math.copysign(1, x) != math.copysign(1, y))
    return max(x, y)


def f_min(x, y):
    if isnan(x) or isnan(y):
        return NAN
    assert not (x == 0 and y == 0 and math.copysign(1, x) != math.copysign(1, y))
    return min(x, y)


# -------------------------------------------------------------- integers
def i_tdiv(a, b, dt):
    if b == 0:
        return -1
    if a == IMIN[dt] and b == -1:
        return IMIN[dt]
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def i_trem(a, b, dt):
    if b == 0:
        return a
    if a == IMIN[dt] and b == -1:
        return 0
    return a - b * i_tdiv(a, b, dt)


def i_sign(x):
    return (x > 0) - (x < 0)


# ------------------------------------------------------------ conversion
def convert(v, frm, to):
    if to == 'i1':
        return bool(v != 0)
    if frm == 'i1':
        v = int(bool(v))
    if to in FLOATS:
        if frm in FLOATS:
            return rnd(v, to)
        return int_to_f32(v) if to == 'f32' else float(v)
    if frm in FLOATS:
        if isnan(v):
            return 0
        if math.isinf(v):
            return IMAX[to] if v > 0 else IMIN[to]
        t = int(v)  # truncates toward zero
        return max(IMIN[to], min(IMAX[to], t))
    return wrap(int(v), to)


# --------------------------------------------------------- compare
def compare(direction, x, y):
    return {
        'eq': lambda: x == y,
        'ne': lambda: x != y,
        'lt': lambda: x < y,
        'le': lambda: x <= y,
        'gt': lambda: x > y,
        'ge': lambda: x >= y,
    }[direction]()


def elementwise(f, dt, *arrs):
    shape = arrs[0].shape
    for a in arrs:
        assert a.shape == shape
    return Arr(shape, [rnd(f(*xs), dt) for xs in zip(*[a.flat for a in arrs])])
