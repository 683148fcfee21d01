from lib import *
from sem import *

HEADER = """\
// Execution tests: numjit.constant, iota, broadcast_in_dim, reshape,
// transpose, slice and concatenate for every element type they accept,
// including rank-0 and empty (0-sized) tensors. Expected values were
// computed with a small Python model of each op.
// numjit.concatenate is written in generic form: its custom assembly
// (`%x, %y, dim = 0 : ...`) does not parse back (reported).
// Not checked (reported bugs, they fail to compile): an empty slice that
// starts at the end of a dimension (start == limit == size), and an empty
// concatenate input that lands at the end of the result (offset == size).
"""

TYPES = ['f32', 'f64', 'i32', 'i64', 'i1']


def sample(dt, n, k0=0):
    """n distinct-ish, exactly representable values of type dt."""
    out = []
    for k in range(k0, k0 + n):
        if dt == 'f32':
            out.append(0.5 * k - 3.0)
        elif dt == 'f64':
            out.append(1.25 * k - 4.0 + 2**-40)
        elif dt == 'i32':
            out.append(7 * k - 20)
        elif dt == 'i64':
            out.append(k * 2**40 - 3)
        else:
            out.append(k % 3 == 0)
    return out


def PREC(dt):
    return 17 if dt == 'f64' else 6


def arr(dt, shape, k0=0):
    n = 1
    for d in shape:
        n *= d
    return Arr(shape, sample(dt, n, k0))


# ------------------------------------------------------------ models
def m_broadcast(a, dims, out_shape):
    flat = []
    for idx in indices(out_shape):
        src = tuple(0 if a.shape[i] == 1 else idx[d] for i, d in enumerate(dims))
        flat.append(a.get(src))
    return Arr(out_shape, flat)


def m_transpose(a, perm):
    out_shape = tuple(a.shape[p] for p in perm)
    flat = []
    for idx in indices(out_shape):
        src = [0] * len(perm)
        for i, p in enumerate(perm):
            src[p] = idx[i]
        flat.append(a.get(tuple(src)))
    return Arr(out_shape, flat)


def m_slice(a, start, limit, strides):
    out_shape = tuple(-(-(l - s) // st) for s, l, st in zip(start, limit, strides))
    flat = [a.get(tuple(s + i * st for i, s, st in zip(idx, start, strides)))
            for idx in indices(out_shape)]
    return Arr(out_shape, flat)


def m_concat(arrs, dim):
    shape = list(arrs[0].shape)
    shape[dim] = sum(a.shape[dim] for a in arrs)
    flat = []
    for idx in indices(tuple(shape)):
        off = idx[dim]
        for a in arrs:
            if off < a.shape[dim]:
                src = list(idx)
                src[dim] = off
                flat.append(a.get(tuple(src)))
                break
            off -= a.shape[dim]
    return Arr(tuple(shape), flat)


def T(dt, shape):
    return tensor_type(dt, shape)


def dense(dt, a):
    if a.size() == 0:
        return 'dense<[]>'
    return 'dense<%s>' % fmt_arg(dt, a)


def build():
    cases = []

    # ---------------------------------------------------------- constant
    for dt in TYPES:
        v = Arr((4,), [rnd(x, dt) for x in {
            'f32': [1.5, -2.0, NAN, -INF], 'f64': [0.1, -0.0, INF, 1e300],
            'i32': [1, -2, IMIN['i32'], IMAX['i32']],
            'i64': [1, -2, IMIN['i64'], IMAX['i64']],
            'i1': [True, False, False, True]}[dt]])
        m = arr(dt, (2, 3))
        s = Arr((), [rnd({'f32': 3.25, 'f64': -7.5, 'i32': -9, 'i64': 2**40,
                          'i1': True}[dt], dt)])
        splat = Arr((2, 2), [s.flat[0]] * 4)
        e = Arr((0,), [])
        body = ['%%r0 = numjit.constant %s : %s' % (dense(dt, v), T(dt, (4,))),
                '%%r1 = numjit.constant %s : %s' % (dense(dt, m), T(dt, (2, 3))),
                '%%r2 = numjit.constant %s : %s' % (dense(dt, s), T(dt, ())),
                '%%r3 = numjit.constant dense<%s> : %s' % (
                    fmt_in_scalar(s.flat[0], dt), T(dt, (2, 2))),
                '%%r4 = numjit.constant dense<[]> : %s' % T(dt, (0,))]
        cases.append(Case('constant_' + dt, [], body,
                          [(dt, v), (dt, m), (dt, s), (dt, splat), (dt, e)],
                          precision=PREC(dt)))
    # Constants used inside a kernel (not only returned).
    for dt in ('f32', 'f64', 'i32', 'i64'):
        c = arr(dt, (2, 3), 3)
        x = arr(dt, (2, 3), 11)
        s = Arr((), [rnd(5, dt)])
        body = ['%%c = numjit.constant %s : %s' % (dense(dt, c), T(dt, (2, 3))),
                '%%r0 = numjit.add %%a0, %%c : %s' % T(dt, (2, 3)),
                '%%k = numjit.constant dense<%s> : %s' % (
                    fmt_in_scalar(rnd(2, dt), dt), T(dt, ())),
                '%%r1 = numjit.mul %%a1, %%k : %s' % T(dt, ()),
                '%%z = numjit.constant dense<[]> : %s' % T(dt, (0,)),
                '%%r2 = numjit.sub %%a2, %%z : %s' % T(dt, (0,))]
        outs = [(dt, elementwise(lambda a, b: a + b, dt, x, c)),
                (dt, Arr((), [rnd(s.flat[0] * 2, dt)])), (dt, Arr((0,), []))]
        cases.append(Case('constant_use_' + dt,
                          [(dt, x), (dt, s), (dt, Arr((0,), []))], body, outs,
                          precision=PREC(dt)))
    # i1 constant as a select predicate.
    cases.append(Case(
        'constant_use_i1', [('i32', Arr((3,), [1, 2, 3])),
                            ('i32', Arr((3,), [-1, -2, -3]))],
        ['%p = numjit.constant dense<[true, false, true]> : tensor<3xi1>',
         '%r0 = numjit.select %p, %a0, %a1 : tensor<3xi1>, tensor<3xi32>'],
        [('i32', Arr((3,), [1, -2, 3]))]))

    # -------------------------------------------------------------- iota
    for dt in ('f32', 'f64', 'i32', 'i64'):
        shapes = [((5,), 0), ((2, 3), 0), ((2, 3), 1), ((2, 2, 3), 2),
                  ((2, 2, 3), 1), ((0,), 0)]
        body, outs = [], []
        for i, (shape, dim) in enumerate(shapes):
            body.append('%%r%d = numjit.iota dim = %d : %s' % (i, dim,
                                                              T(dt, shape)))
            outs.append((dt, Arr(shape, [rnd(idx[dim], dt)
                                         for idx in indices(shape)])))
        # An empty iota inside the kernel: 3x0, reduced over its empty dim.
        k = len(outs)
        body.append('%%e = numjit.iota dim = 0 : %s' % T(dt, (3, 0)))
        body.append('%%r%d = numjit.reduce sum %%e, dims = [1] : %s -> %s' % (
            k, T(dt, (3, 0)), T(dt, (3,))))
        outs.append((dt, Arr((3,), [rnd(0, dt)] * 3)))
        cases.append(Case('iota_' + dt, [], body, outs))

    # --------------------------------------------------- broadcast_in_dim
    for dt in TYPES:
        v3 = arr(dt, (3,))
        v2 = arr(dt, (2,), 5)
        s = arr(dt, (), 7)
        r13 = arr(dt, (1, 3), 2)
        c21 = arr(dt, (2, 1), 4)
        one = arr(dt, (1,), 6)
        e = Arr((0,), [])
        args = [(dt, v3), (dt, v2), (dt, s), (dt, r13), (dt, c21), (dt, one),
                (dt, e)]
        specs = [  # (arg index, dims, out shape)
            (0, [1], (2, 3)),
            (1, [0], (2, 3)),
            (2, [], (2, 2)),
            (3, [0, 1], (2, 3)),
            (4, [0, 1], (2, 3)),
            (0, [1], (2, 3, 2)),
            (4, [0, 2], (2, 2, 3)),
            (2, [], ()),
            (5, [0], (4,)),
            (2, [], (0,)),
            (5, [0], (0,)),
            (6, [0], (0,)),
        ]
        body, outs = [], []
        for i, (ai, dims, shape) in enumerate(specs):
            a = args[ai][1]
            body.append('%%r%d = numjit.broadcast_in_dim %%a%d, dims = [%s] : '
                        '%s -> %s' % (i, ai, ', '.join(map(str, dims)),
                                      T(dt, a.shape), T(dt, shape)))
            outs.append((dt, m_broadcast(a, dims, shape)))
        cases.append(Case('broadcast_in_dim_' + dt, args, body, outs,
                          precision=PREC(dt)))

    # ------------------------------------------------------------ reshape
    for dt in TYPES:
        m = arr(dt, (2, 3))
        s = arr(dt, (), 9)
        o = arr(dt, (1, 1), 4)
        e = Arr((0,), [])
        args = [(dt, m), (dt, s), (dt, o), (dt, e)]
        specs = [(0, (3, 2)), (0, (6,)), (0, (3, 1, 2)), (0, (1, 6)),
                 (1, (1, 1)), (1, (1,)), (2, ()), (2, (1,)), (3, (0,))]
        body, outs = [], []
        for i, (ai, shape) in enumerate(specs):
            a = args[ai][1]
            body.append('%%r%d = numjit.reshape %%a%d : %s -> %s' % (
                i, ai, T(dt, a.shape), T(dt, shape)))
            outs.append((dt, Arr(shape, a.flat)))
        # Through an empty rank-2 shape and back.
        k = len(outs)
        body.append('%%t = numjit.reshape %%a3 : %s -> %s' % (
            T(dt, (0,)), T(dt, (3, 0))))
        body.append('%%r%d = numjit.reshape %%t : %s -> %s' % (
            k, T(dt, (3, 0)), T(dt, (0,))))
        outs.append((dt, Arr((0,), [])))
        # reshape of a non-contiguous value (a transpose) keeps row-major order.
        body.append('%%u = numjit.transpose %%a0, permutation = [1, 0] : '
                    '%s -> %s' % (T(dt, (2, 3)), T(dt, (3, 2))))
        body.append('%%r%d = numjit.reshape %%u : %s -> %s' % (
            k + 1, T(dt, (3, 2)), T(dt, (6,))))
        outs.append((dt, Arr((6,), m_transpose(m, [1, 0]).flat)))
        cases.append(Case('reshape_' + dt, args, body, outs,
                          precision=PREC(dt)))

    # ---------------------------------------------------------- transpose
    for dt in TYPES:
        m = arr(dt, (2, 3))
        c = arr(dt, (2, 3, 2), 1)
        s = arr(dt, (), 5)
        e = Arr((0,), [])
        args = [(dt, m), (dt, c), (dt, s), (dt, e)]
        specs = [(0, [1, 0]), (0, [0, 1]), (1, [2, 0, 1]), (1, [1, 2, 0]),
                 (1, [2, 1, 0]), (2, []), (3, [0])]
        body, outs = [], []
        for i, (ai, perm) in enumerate(specs):
            a = args[ai][1]
            r = m_transpose(a, perm)
            body.append('%%r%d = numjit.transpose %%a%d, permutation = [%s] : '
                        '%s -> %s' % (i, ai, ', '.join(map(str, perm)),
                                      T(dt, a.shape), T(dt, r.shape)))
            outs.append((dt, r))
        # Empty rank-2 transposed inside the kernel, then reduced/reshaped
        # back to a returnable shape.
        k = len(outs)
        body.append('%%t = numjit.reshape %%a3 : %s -> %s' % (
            T(dt, (0,)), T(dt, (2, 0))))
        body.append('%%u = numjit.transpose %%t, permutation = [1, 0] : '
                    '%s -> %s' % (T(dt, (2, 0)), T(dt, (0, 2))))
        body.append('%%r%d = numjit.reshape %%u : %s -> %s' % (
            k, T(dt, (0, 2)), T(dt, (0,))))
        outs.append((dt, Arr((0,), [])))
        cases.append(Case('transpose_' + dt, args, body, outs,
                          precision=PREC(dt)))

    # -------------------------------------------------------------- slice
    for dt in TYPES:
        v = arr(dt, (10,))
        m = arr(dt, (4, 5), 1)
        s = arr(dt, (), 3)
        e = Arr((0,), [])
        c = arr(dt, (2, 3, 4), 0)
        args = [(dt, v), (dt, m), (dt, s), (dt, e), (dt, c)]
        specs = [
            (0, [1], [9], [3]),
            (0, [0], [10], [1]),
            (0, [9], [10], [5]),
            (0, [0], [10], [4]),
            (1, [1, 0], [4, 5], [2, 2]),
            (1, [0, 1], [4, 3], [3, 1]),
            (1, [3, 4], [4, 5], [1, 1]),
            (4, [1, 0, 1], [2, 3, 4], [1, 2, 2]),
            (0, [2], [2], [1]),
            # start == limit == size (an empty slice at the end) fails to
            # compile (reported), so only an empty slice inside is checked.
            (2, [], [], []),
            (3, [0], [0], [1]),
        ]
        body, outs = [], []
        for i, (ai, st, li, sr) in enumerate(specs):
            a = args[ai][1]
            r = m_slice(a, st, li, sr)
            j = lambda l: ', '.join(map(str, l))
            body.append('%%r%d = numjit.slice %%a%d, start = [%s], limit = [%s], '
                        'strides = [%s] : %s -> %s' % (
                            i, ai, j(st), j(li), j(sr), T(dt, a.shape),
                            T(dt, r.shape)))
            outs.append((dt, r))
        # An empty rank-2 slice inside the kernel, reduced to a returnable
        # shape would need a reduce; reshape it instead.
        k = len(outs)
        body.append('%%t = numjit.slice %%a1, start = [1, 2], limit = [3, 2], '
                    'strides = [1, 1] : %s -> %s' % (T(dt, (4, 5)),
                                                     T(dt, (2, 0))))
        body.append('%%r%d = numjit.reshape %%t : %s -> %s' % (
            k, T(dt, (2, 0)), T(dt, (0,))))
        outs.append((dt, Arr((0,), [])))
        cases.append(Case('slice_' + dt, args, body, outs,
                          precision=PREC(dt)))

    # -------------------------------------------------------- concatenate
    for dt in TYPES:
        a = arr(dt, (2, 2))
        b = arr(dt, (2, 1), 4)
        c = arr(dt, (1, 2), 6)
        v = arr(dt, (3,), 8)
        e = Arr((0,), [])
        w = arr(dt, (2,), 11)
        args = [(dt, a), (dt, b), (dt, c), (dt, v), (dt, e), (dt, w)]
        # An empty input placed at the end of the result (offset == size)
        # fails to compile (reported); empty inputs elsewhere are checked.
        specs = [([0, 1], 1), ([0, 2], 0), ([1, 0, 1], 1), ([3, 4, 5], 0),
                 ([3, 3, 3], 0), ([3], 0), ([4, 3], 0), ([4], 0)]
        body, outs = [], []
        for i, (ins, dim) in enumerate(specs):
            arrs = [args[k][1] for k in ins]
            r = m_concat(arrs, dim)
            body.append('%%r%d = "numjit.concatenate"(%s) {dim = %d : i64} : '
                        '(%s) -> %s' % (
                i, ', '.join('%%a%d' % k for k in ins), dim,
                ', '.join(T(dt, x.shape) for x in arrs), T(dt, r.shape)))
            outs.append((dt, r))
        # An empty rank-2 piece inside the kernel: (2x0 ++ 2x2) on dim 1.
        k = len(outs)
        body.append('%%t = numjit.reshape %%a4 : %s -> %s' % (
            T(dt, (0,)), T(dt, (2, 0))))
        body.append('%%r%d = "numjit.concatenate"(%%t, %%a0) {dim = 1 : i64}'
                    ' : (%s, %s) -> %s' % (k, T(dt, (2, 0)), T(dt, (2, 2)),
                                           T(dt, (2, 2))))
        outs.append((dt, a))
        cases.append(Case('concatenate_' + dt, args, body, outs,
                          precision=PREC(dt)))
    return cases


if __name__ == '__main__':
    import sys
    print(write_file(sys.argv[1], HEADER, build()), 'cases')
