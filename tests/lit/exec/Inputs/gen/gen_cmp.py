from lib import *
from sem import *

HEADER = """\
// Execution tests: numjit.compare in all six directions for f32, f64, i32,
// i64 and i1 (floats: ordered except ne, which is true on nan; ints signed;
// i1 unsigned, false < true), and numjit.select for every element type.
// Each also runs on a rank-0 and an empty tensor.
"""

DIRS = ['eq', 'ne', 'lt', 'le', 'gt', 'ge']


def cmp_data(dt):
    if dt in FLOATS:
        return ([1.0, 2.0, 3.0, NAN, 1.0, NAN, -0.0, INF, -INF, INF],
                [2.0, 2.0, 1.0, 1.0, NAN, NAN, 0.0, INF, 5.0, -INF],
                (1.5, 1.5), (2.5, NAN))
    if dt in INTS:
        MN, MX = IMIN[dt], IMAX[dt]
        return ([1, 2, 3, -5, MN, MX, 0, -1],
                [2, 2, 1, 5, MX, MN, 0, 1],
                (-3, -3), (-4, 7))
    return ([False, False, True, True], [False, True, False, True],
            (True, True), (False, True))


def build():
    cases = []
    for dt in FLOATS + INTS + ('i1',):
        xs, ys, (s0, t0), (s1, t1) = cmp_data(dt)
        x = Arr((len(xs),), [rnd(v, dt) for v in xs])
        y = Arr((len(ys),), [rnd(v, dt) for v in ys])
        args = [(dt, x), (dt, y), (dt, Arr((), [rnd(s0, dt)])),
                (dt, Arr((), [rnd(t0, dt)])), (dt, Arr((), [rnd(s1, dt)])),
                (dt, Arr((), [rnd(t1, dt)])), (dt, Arr((0,), [])),
                (dt, Arr((0,), []))]
        body, outs = [], []
        T = tensor_type(dt, x.shape)
        for i, d in enumerate(DIRS):
            body.append('%%r%d = numjit.compare %s, %%a0, %%a1 : %s' % (i, d, T))
            outs.append(('i1', Arr(x.shape, [compare(d, a, b)
                                             for a, b in zip(x.flat, y.flat)])))
        # Rank 0: every direction on (s0, t0) equal operands is covered by the
        # vectors; here le on equal scalars, ne on (s1, t1).
        S = tensor_type(dt, ())
        k = len(outs)
        body.append('%%r%d = numjit.compare le, %%a2, %%a3 : %s' % (k, S))
        outs.append(('i1', Arr((), [compare('le', args[2][1].flat[0],
                                            args[3][1].flat[0])])))
        body.append('%%r%d = numjit.compare ne, %%a4, %%a5 : %s' % (k + 1, S))
        outs.append(('i1', Arr((), [compare('ne', args[4][1].flat[0],
                                            args[5][1].flat[0])])))
        body.append('%%r%d = numjit.compare gt, %%a6, %%a7 : %s' % (
            k + 2, tensor_type(dt, (0,))))
        outs.append(('i1', Arr((0,), [])))
        cases.append(Case('compare_' + dt, args, body, outs))

    # select: every element type of the chosen values.
    sel = {
        'f32': ([1.5, NAN, -0.0, INF, 2.0], [-1.0, 3.0, 0.0, 4.0, NAN]),
        'f64': ([1.5, NAN, -0.0, INF, 2.0], [-1.0, 3.0, 0.0, 4.0, NAN]),
        'i32': ([1, -2, IMIN['i32'], 4, 5], [10, 20, 30, IMAX['i32'], 50]),
        'i64': ([1, -2, IMIN['i64'], 4, 5], [10, 20, 30, IMAX['i64'], 50]),
        'i1': ([True, True, False, False, True], [False, True, True, False,
                                                  False]),
    }
    pred = [True, False, True, False, False]
    for dt, (xs, ys) in sel.items():
        x = Arr((5,), [rnd(v, dt) for v in xs])
        y = Arr((5,), [rnd(v, dt) for v in ys])
        p = Arr((5,), pred)
        s, t = Arr((), [x.flat[0]]), Arr((), [y.flat[1]])
        args = [('i1', p), (dt, x), (dt, y),
                ('i1', Arr((), [False])), (dt, s), (dt, t),
                ('i1', Arr((), [True])),
                ('i1', Arr((0,), [])), (dt, Arr((0,), [])), (dt, Arr((0,), []))]
        body = [
            '%%r0 = numjit.select %%a0, %%a1, %%a2 : tensor<5xi1>, %s'
            % tensor_type(dt, (5,)),
            '%%r1 = numjit.select %%a3, %%a4, %%a5 : tensor<i1>, %s'
            % tensor_type(dt, ()),
            '%%r2 = numjit.select %%a6, %%a4, %%a5 : tensor<i1>, %s'
            % tensor_type(dt, ()),
            '%%r3 = numjit.select %%a7, %%a8, %%a9 : tensor<0xi1>, %s'
            % tensor_type(dt, (0,)),
        ]
        outs = [
            (dt, Arr((5,), [a if c else b for c, a, b in
                            zip(p.flat, x.flat, y.flat)])),
            (dt, t), (dt, s), (dt, Arr((0,), [])),
        ]
        cases.append(Case('select_' + dt, args, body, outs))

    # compare feeding select (fused elementwise): relu and a clamp.
    for dt in ('f32', 'i64'):
        xs = [-2.0, 0.5, 3.0, -0.25, 7.0, 0.0] if dt == 'f32' else \
            [-2, 5, 3, -25, 700, 0]
        x = Arr((2, 3), [rnd(v, dt) for v in xs])
        z = Arr((2, 3), [rnd(0, dt)] * 6)
        T = tensor_type(dt, (2, 3))
        body = ['%%p = numjit.compare gt, %%a0, %%a1 : %s' % T,
                '%%r0 = numjit.select %%p, %%a0, %%a1 : tensor<2x3xi1>, %s' % T]
        outs = [(dt, Arr((2, 3), [max(v, rnd(0, dt)) for v in x.flat]))]
        cases.append(Case('relu_' + dt, [(dt, x), (dt, z)], body, outs))
    return cases


if __name__ == '__main__':
    import sys
    print(write_file(sys.argv[1], HEADER, build()), 'cases')
