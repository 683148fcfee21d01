from lib import *
from sem import *
import math

HEADER = """\
// Execution tests: numjit.argmax for operands f32, f64, i32, i64 and index
// results i32, i64: along each dimension, to a rank-0 result, and to an
// empty result. Ties give the first index; for floats nan counts as the
// largest (the first nan wins) and an all -inf row gives 0.
"""

NUM = ['f32', 'f64', 'i32', 'i64']


def key_greater(x, best):
    """argmax's `take` rule: x > best, or x is nan and best is not."""
    if isinstance(x, float) and math.isnan(x):
        return not (isinstance(best, float) and math.isnan(best))
    if isinstance(best, float) and math.isnan(best):
        return False
    return x > best


def m_argmax(a, dim):
    out_shape = tuple(d for i, d in enumerate(a.shape) if i != dim)
    flat = []
    for idx in indices(out_shape):
        best_i = None
        best = None
        for j in range(a.shape[dim]):
            full = idx[:dim] + (j,) + idx[dim:]
            x = a.get(full)
            if best_i is None or key_greater(x, best):
                best_i, best = j, x
        flat.append(best_i)
    return Arr(out_shape, flat)


def T(dt, shape):
    return tensor_type(dt, shape)


def build():
    cases = []
    for dt in NUM:
        for it in ('i32', 'i64'):
            if dt in FLOATS:
                md = [[1.0, 5.0, 5.0, 2.0], [-3.0, -3.0, -3.0, -3.0],
                      [1.0, 1.5, 2.0, 7.0]]
                vd = [2.0, 9.5, 4.0, 9.5, 1.0]
                lo = -INF
            else:
                md = [[1, 5, 5, 2], [-3, -3, -3, -3], [1, 1, 2, 7]]
                vd = [2, 9, 4, 9, 1]
                lo = IMIN[dt]
            m = Arr((3, 4), [rnd(v, dt) for r in md for v in r])
            v = Arr((5,), [rnd(x, dt) for x in vd])
            low = Arr((2, 3), [rnd(x, dt) for x in
                               [lo, lo, lo, lo, rnd(0, dt), lo]])
            c = Arr((2, 3, 2), [rnd(x, dt) for x in
                                [3, 1, 3, 4, 0, 4, 5, 5, 2, 9, 5, 9]])
            e = Arr((0,), [])
            args = [(dt, m), (dt, v), (dt, low), (dt, c), (dt, e)]
            specs = [(0, 1), (0, 0), (1, 0), (2, 1), (3, 0), (3, 1), (3, 2)]
            body, outs = [], []
            for i, (ai, dim) in enumerate(specs):
                a = args[ai][1]
                r = m_argmax(a, dim)
                body.append('%%r%d = numjit.argmax %%a%d, dim = %d : %s -> %s' % (
                    i, ai, dim, T(dt, a.shape), T(it, r.shape)))
                outs.append((it, r))
            # An empty result: 3x0 (built from the empty input) along dim 0.
            k = len(outs)
            body.append('%%z = numjit.broadcast_in_dim %%a4, dims = [1] : '
                        '%s -> %s' % (T(dt, (0,)), T(dt, (3, 0))))
            body.append('%%r%d = numjit.argmax %%z, dim = 0 : %s -> %s' % (
                k, T(dt, (3, 0)), T(it, (0,))))
            outs.append((it, Arr((0,), [])))
            # A rank-0 result from a single element.
            body.append('%%one = numjit.slice %%a1, start = [3], limit = [4], '
                        'strides = [1] : %s -> %s' % (T(dt, (5,)), T(dt, (1,))))
            body.append('%%r%d = numjit.argmax %%one, dim = 0 : %s -> %s' % (
                k + 1, T(dt, (1,)), T(it, ())))
            outs.append((it, Arr((), [0])))
            cases.append(Case('argmax_%s_%s' % (dt, it), args, body, outs))

    # nan and infinities.
    for dt, it in (('f32', 'i32'), ('f64', 'i64')):
        rows = [[1.0, NAN, 5.0, NAN], [NAN, 2.0, 3.0, 4.0],
                [-INF, -INF, -INF, -INF], [1.0, 2.0, INF, INF],
                [-INF, NAN, INF, NAN], [-0.0, 0.0, -1.0, 0.0]]
        n = Arr((6, 4), [rnd(v, dt) for r in rows for v in r])
        body = ['%%r0 = numjit.argmax %%a0, dim = 1 : %s -> %s' % (
                    T(dt, (6, 4)), T(it, (6,))),
                '%%r1 = numjit.argmax %%a0, dim = 0 : %s -> %s' % (
                    T(dt, (6, 4)), T(it, (4,)))]
        outs = [(it, m_argmax(n, 1)), (it, m_argmax(n, 0))]
        cases.append(Case('argmax_nan_' + dt, [(dt, n)], body, outs))

    # A long row: the maximum near the end, after a vector-width of ties.
    for dt in NUM:
        n = 37
        xs = [rnd((k * 7) % 10, dt) for k in range(n)]
        xs[33] = rnd(50, dt)
        xs[35] = rnd(50, dt)
        a = Arr((1, n), xs)
        cases.append(Case(
            'argmax_long_' + dt, [(dt, a)],
            ['%%r0 = numjit.argmax %%a0, dim = 1 : %s -> %s' % (
                T(dt, (1, n)), T('i64', (1,)))],
            [('i64', m_argmax(a, 1))]))
    return cases


if __name__ == '__main__':
    import sys
    print(write_file(sys.argv[1], HEADER, build()), 'cases')
