from lib import *
from sem import *
import math

HEADER = """\
// Execution tests: numjit.reduce (sum, prod, max, min) on f32, f64, i32 and
// i64 over one dimension, several, all (to rank 0), none (a rank-0 input),
// and empty dimensions, which give the identity: 0, 1, -inf / INT_MIN for
// max, +inf / INT_MAX for min. Float max/min propagate nan; integer sums and
// products wrap. Inputs are small exact values, so every order of summation
// gives the same result.
// Not checked (reported bug, fails to compile): dims not in increasing
// order, e.g. dims = [2, 0].
"""

KINDS = ['sum', 'prod', 'max', 'min']
NUM = ['f32', 'f64', 'i32', 'i64']


def identity(kind, dt):
    if kind == 'sum':
        return rnd(0, dt)
    if kind == 'prod':
        return rnd(1, dt)
    if dt in FLOATS:
        return -INF if kind == 'max' else INF
    return IMIN[dt] if kind == 'max' else IMAX[dt]


def combine(kind, dt, vals):
    """Exact reduction of vals (Python numbers), then rounded to dt."""
    if dt in FLOATS and any(math.isnan(v) for v in vals):
        return NAN
    if not vals:
        return identity(kind, dt)
    if kind == 'sum':
        if dt in FLOATS:
            r = 0.0
            for v in vals:
                r = rnd(r + v, dt)
            return r
        return rnd(sum(vals), dt)
    if kind == 'prod':
        if dt in FLOATS:
            r = 1.0
            for v in vals:
                r = rnd(r * v, dt)
            return r
        r = 1
        for v in vals:
            r *= v
        return rnd(r, dt)
    return max(vals) if kind == 'max' else min(vals)


def m_reduce(a, dims, kind, dt):
    keep = [d for d in range(len(a.shape)) if d not in dims]
    out_shape = tuple(a.shape[d] for d in keep)
    groups = {}
    for idx in indices(a.shape):
        key = tuple(idx[d] for d in keep)
        groups.setdefault(key, []).append(a.get(idx))
    flat = [combine(kind, dt, groups.get(k, [])) for k in indices(out_shape)]
    return Arr(out_shape, flat)


def data(dt):
    if dt in FLOATS:
        m = [[1.5, -2.0, 4.0], [0.25, 3.0, -1.0]]
        c = [1.0, -2.0, 0.5, 3.0, -1.5, 2.0, 0.25, 4.0, -1.0, 1.5, 2.0, -0.5]
        w = [3.0e38, 3.0e38, -1.0]  # f32 sum overflows to inf
        return m, c, w, -6.5
    big = 65536 if dt == 'i32' else 2**32
    m = [[3, -7, 5], [2, 4, -6]]
    c = [1, -2, 3, 4, -5, 6, 7, -8, 9, 10, -11, 12]
    w = [IMAX[dt], 1, 5] if dt == 'i32' else [IMAX[dt], 1, 5]
    return m, c, w, -9


def T(dt, shape):
    return tensor_type(dt, shape)


def build():
    cases = []
    for dt in NUM:
        md, cd, wd, sd = data(dt)
        m = Arr.of(md).map(lambda v: rnd(v, dt))
        c = Arr((2, 3, 2), [rnd(v, dt) for v in cd])
        w = Arr((3,), [rnd(v, dt) for v in wd])
        s = Arr((), [rnd(sd, dt)])
        e = Arr((0,), [])
        if dt in INTS:
            big = 65536 if dt == 'i32' else 2**32
            p = Arr((3,), [big, big, 3])
        else:
            p = Arr((3,), [rnd(v, dt) for v in [1e30, 1e30, -1.0]])
        for kind in KINDS:
            args = [(dt, m), (dt, c), (dt, s), (dt, e),
                    (dt, w if kind != 'prod' else p)]
            specs = [(0, [1]), (0, [0]), (0, [0, 1]), (1, [0, 2]), (1, [1]),
                     (1, [0, 1, 2]), (2, []), (3, [0]), (4, [0])]
            body, outs = [], []
            for i, (ai, dims) in enumerate(specs):
                a = args[ai][1]
                r = m_reduce(a, dims, kind, dt)
                body.append('%%r%d = numjit.reduce %s %%a%d, dims = [%s] : '
                            '%s -> %s' % (i, kind, ai, ', '.join(map(str, dims)),
                                          T(dt, a.shape), T(dt, r.shape)))
                outs.append((dt, r))
            # Empty dims inside the kernel: 3x0 reduced over the empty dim
            # (identity per row), over the full dim (an empty result) and
            # over both (rank 0).
            k = len(outs)
            body.append('%%z = numjit.broadcast_in_dim %%a3, dims = [1] : '
                        '%s -> %s' % (T(dt, (0,)), T(dt, (3, 0))))
            for j, dims in enumerate([[1], [0], [0, 1]]):
                shape = tuple(d for i, d in enumerate((3, 0)) if i not in dims)
                body.append('%%r%d = numjit.reduce %s %%z, dims = [%s] : '
                            '%s -> %s' % (k + j, kind, ', '.join(map(str, dims)),
                                          T(dt, (3, 0)), T(dt, shape)))
                outs.append((dt, m_reduce(Arr((3, 0), []), dims, kind, dt)))
            cases.append(Case('reduce_%s_%s' % (kind, dt), args, body, outs))

    # nan propagation and infinities, floats only.
    for dt in FLOATS:
        rows = [[1.0, NAN, 3.0], [NAN, -INF, 2.0], [5.0, 6.0, NAN],
                [INF, -INF, 2.0], [-INF, -INF, -INF], [-0.0, 0.5, 0.25]]
        n = Arr((6, 3), [rnd(v, dt) for r in rows for v in r])
        body, outs = [], []
        for i, kind in enumerate(KINDS):
            body.append('%%r%d = numjit.reduce %s %%a0, dims = [1] : %s -> %s' % (
                i, kind, T(dt, (6, 3)), T(dt, (6,))))
            outs.append((dt, m_reduce(n, [1], kind, dt)))
        for j, kind in enumerate(['max', 'min']):
            body.append('%%r%d = numjit.reduce %s %%a0, dims = [0, 1] : '
                        '%s -> %s' % (4 + j, kind, T(dt, (6, 3)), T(dt, ())))
            outs.append((dt, m_reduce(n, [0, 1], kind, dt)))
        cases.append(Case('reduce_nan_' + dt, [(dt, n)], body, outs))

    # A longer reduction (exercises vector loops and their remainders).
    for dt in NUM:
        n = 37
        xs = Arr((2, n), [rnd((k % 11) - 5, dt) for k in range(2 * n)])
        body, outs = [], []
        for i, kind in enumerate(KINDS):
            a = xs if kind != 'prod' else Arr(
                (2, n), [rnd([1, -1, 2, 1, 1, 1, -1][k % 7] if k % 13 else 2, dt)
                         for k in range(2 * n)])
            body.append('%%r%d = numjit.reduce %s %%a%d, dims = [1] : %s -> %s' % (
                i, kind, 0 if kind != 'prod' else 1, T(dt, (2, n)), T(dt, (2,))))
            outs.append((dt, m_reduce(a, [1], kind, dt)))
        pa = Arr((2, n), [rnd([1, -1, 2, 1, 1, 1, -1][k % 7] if k % 13 else 2, dt)
                          for k in range(2 * n)])
        cases.append(Case('reduce_long_' + dt, [(dt, xs), (dt, pa)], body, outs))
    return cases


if __name__ == '__main__':
    import sys
    print(write_file(sys.argv[1], HEADER, build()), 'cases')
