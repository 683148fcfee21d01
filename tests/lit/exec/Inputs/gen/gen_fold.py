from lib import *
from sem import *
from gen_shape import m_broadcast

HEADER = """\
// Execution tests for kernels that the folders simplify before codegen:
// constant arithmetic (add, sub, mul on constants), identities (x + 0 for
// integers, x * 1, same-type reshape/convert/broadcast, identity transpose,
// reduce over no dims, single-input concatenate, select on a constant or
// with equal branches). The results must equal the unfolded semantics.
"""


def T(dt, shape):
    return tensor_type(dt, shape)


def build():
    cases = []
    # Constant arithmetic, folded at compile time.
    fdata = {
        'f32': ([1.5, NAN, INF, -0.0, 3e38, 0.1], [2.25, 1.0, -INF, -0.0, 3e38, 0.2]),
        'f64': ([1.5, NAN, INF, -0.0, 1e308, 0.1], [2.25, 1.0, -INF, -0.0, 1e308, 0.2]),
        'i32': ([IMAX['i32'], IMIN['i32'], 65536, -7, 0, 5],
                [1, -1, 65536, 3, 0, -9]),
        'i64': ([IMAX['i64'], IMIN['i64'], 2**32, -7, 0, 5],
                [1, -1, 2**32, 3, 0, -9]),
    }
    for dt, (xs, ys) in fdata.items():
        x = Arr((6,), [rnd(v, dt) for v in xs])
        y = Arr((6,), [rnd(v, dt) for v in ys])
        V = T(dt, (6,))
        body = ['%%x = numjit.constant dense<%s> : %s' % (fmt_arg(dt, x), V),
                '%%y = numjit.constant dense<%s> : %s' % (fmt_arg(dt, y), V),
                '%r0 = numjit.add %x, %y : ' + V,
                '%r1 = numjit.sub %x, %y : ' + V,
                '%r2 = numjit.mul %x, %y : ' + V]
        if dt in FLOATS:
            fs = [f_add, f_sub, f_mul]
        else:
            fs = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b]
        outs = [(dt, elementwise(f, dt, x, y)) for f in fs]
        cases.append(Case('fold_const_' + dt, [], body, outs,
                          precision=9 if dt == 'f32' else 17))

    # Identities with one runtime operand.
    for dt in ('f32', 'f64', 'i32', 'i64'):
        if dt in FLOATS:
            xs = [-0.0, NAN, 1.5, -INF]
        else:
            xs = [IMIN[dt], -1, 0, IMAX[dt]]
        x = Arr((4,), [rnd(v, dt) for v in xs])
        V = T(dt, (4,))
        zero = fmt_in_scalar(rnd(0, dt), dt)
        one = fmt_in_scalar(rnd(1, dt), dt)
        body = ['%%z = numjit.constant dense<%s> : %s' % (zero, V),
                '%%o = numjit.constant dense<%s> : %s' % (one, V),
                '%r0 = numjit.add %a0, %z : ' + V,
                '%r1 = numjit.add %z, %a0 : ' + V,
                '%r2 = numjit.sub %a0, %z : ' + V,
                '%r3 = numjit.mul %a0, %o : ' + V,
                '%r4 = numjit.mul %o, %a0 : ' + V]
        if dt in FLOATS:
            outs = [(dt, elementwise(f_add, dt, x, Arr((4,), [0.0] * 4))),
                    (dt, elementwise(f_add, dt, Arr((4,), [0.0] * 4), x)),
                    (dt, elementwise(f_sub, dt, x, Arr((4,), [0.0] * 4))),
                    (dt, x), (dt, x)]
        else:
            outs = [(dt, x)] * 5
        cases.append(Case('fold_identity_' + dt, [(dt, x)], body, outs))

    # Shape-op and select folds, on every element type.
    for dt in ('f32', 'f64', 'i32', 'i64', 'i1'):
        vals = {'f32': [1.5, -2.0, 3.0, -4.5, 5.0, 6.0],
                'f64': [1.5, -2.0, 3.0, -4.5, 5.0, 6.0],
                'i32': [1, -2, 3, -4, 5, 6], 'i64': [1, -2, 3, -4, 5, 6],
                'i1': [True, False, False, True, True, False]}[dt]
        m = Arr((2, 3), [rnd(v, dt) for v in vals])
        M = T(dt, (2, 3))
        c = fmt_arg(dt, Arr((2, 3), [rnd(v, dt) for v in reversed(vals)]))
        cval = Arr((2, 3), [rnd(v, dt) for v in reversed(vals)])
        splat = fmt_in_scalar(rnd(vals[0], dt), dt)
        body = [
            '%r0 = numjit.reshape %a0 : ' + M + ' -> ' + M,
            '%r1 = numjit.convert %a0 : ' + M + ' -> ' + M,
            '%r2 = numjit.broadcast_in_dim %a0, dims = [0, 1] : ' + M + ' -> ' + M,
            '%r3 = numjit.transpose %a0, permutation = [0, 1] : ' + M + ' -> ' + M,
            '%r4 = numjit.slice %a0, start = [0, 0], limit = [2, 3], '
            'strides = [1, 1] : ' + M + ' -> ' + M,
            '%r5 = "numjit.concatenate"(%a0) {dim = 1 : i64} : (' + M + ') -> ' + M,
            '%%c = numjit.constant dense<%s> : %s' % (c, M),
            '%p = numjit.constant dense<true> : tensor<2x3xi1>',
            '%q = numjit.constant dense<false> : tensor<2x3xi1>',
            '%r6 = numjit.select %p, %a0, %c : tensor<2x3xi1>, ' + M,
            '%r7 = numjit.select %q, %a0, %c : tensor<2x3xi1>, ' + M,
            '%r8 = numjit.select %a1, %a0, %a0 : tensor<2x3xi1>, ' + M,
            '%%s = numjit.constant dense<%s> : %s' % (splat, T(dt, (3,))),
            '%r9 = numjit.broadcast_in_dim %s, dims = [1] : ' + T(dt, (3,)) +
            ' -> ' + T(dt, (2, 3)),
            '%%k = numjit.reshape %%c : %s -> %s' % (M, T(dt, (6,))),
            '%%k2 = numjit.reshape %%k : %s -> %s' % (T(dt, (6,)), T(dt, (3, 2))),
            '%r10 = numjit.reshape %k2 : ' + T(dt, (3, 2)) + ' -> ' + T(dt, (6,)),
            '%%t = numjit.reshape %%a0 : %s -> %s' % (M, T(dt, (3, 2))),
            '%r11 = numjit.reshape %t : ' + T(dt, (3, 2)) + ' -> ' + T(dt, (6,)),
        ]
        outs = [(dt, m)] * 6 + [(dt, m), (dt, cval), (dt, m),
                                (dt, Arr((2, 3), [rnd(vals[0], dt)] * 6)),
                                (dt, Arr((6,), cval.flat)),
                                (dt, Arr((6,), m.flat))]
        if dt != 'i1':
            body.append('%r12 = numjit.reduce sum %a0, dims = [] : ' + M + ' -> ' + M)
            outs.append((dt, m))
        pred = Arr((2, 3), [True, False, True, False, True, False])
        cases.append(Case('fold_shape_' + dt, [(dt, m), ('i1', pred)], body,
                          outs))
    return cases


if __name__ == '__main__':
    import sys
    print(write_file(sys.argv[1], HEADER, build()), 'cases')
