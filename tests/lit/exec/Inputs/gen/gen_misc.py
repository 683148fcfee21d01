from lib import *
from sem import *
from gen_shape import m_broadcast, m_transpose
from gen_reduce import m_reduce
import math

HEADER_ES = """\
// Execution tests: whole kernels on rank-0 tensors and on empty tensors,
// chaining ops of every kind so that each stage of the pipeline (fusion,
// bufferization, loops) sees rank-0 and 0-sized values. Empty tensors of
// rank >= 2 appear only inside kernels: as kernel arguments or results they
// do not compile yet (reported).
"""

HEADER_COMP = """\
// Execution tests: longer vectors (37 elements: vector loops plus a
// remainder) for the elementwise ops of every dtype, also at -O=0 and -O=3
// (the default is -O=2), and small fused programs (softmax, a dense layer)
// whose intermediate values are checked through their final result.
"""


def T(dt, shape):
    return tensor_type(dt, shape)


def build_es():
    cases = []
    # ------------------------------------------------------ rank-0 chains
    for dt in FLOATS:
        x, y = rnd(2.25, dt), rnd(-1.5, dt)
        S = T(dt, ())
        body = [
            '%%p = numjit.compare gt, %%a0, %%a1 : %s' % S,
            '%%q = numjit.sqrt %%a0 : %s' % S,
            '%%n = numjit.neg %%a1 : %s' % S,
            '%%r0 = numjit.select %%p, %%q, %%n : tensor<i1>, %s' % S,
            '%%m = numjit.mul %%a0, %%a1 : %s' % S,
            '%%f = numjit.floor %%m : %s' % S,
            '%%r1 = numjit.convert %%f : %s -> tensor<i32>' % S,
            '%%b = numjit.broadcast_in_dim %%a0, dims = [] : %s -> %s' % (
                S, T(dt, (2, 2))),
            '%%r2 = numjit.reduce sum %%b, dims = [0, 1] : %s -> %s' % (
                T(dt, (2, 2)), S),
            '%%t = numjit.reshape %%a1 : %s -> %s' % (S, T(dt, (1, 1))),
            '%%u = numjit.transpose %%t, permutation = [1, 0] : %s -> %s' % (
                T(dt, (1, 1)), T(dt, (1, 1))),
            '%%v = numjit.slice %%u, start = [0, 0], limit = [1, 1], '
            'strides = [1, 1] : %s -> %s' % (T(dt, (1, 1)), T(dt, (1, 1))),
            '%%w = numjit.reshape %%v : %s -> %s' % (T(dt, (1, 1)), S),
            '%%r3 = numjit.dot_general %%w, %%a0, batch = [] x [], '
            'contract = [] x [] : (%s, %s) -> %s' % (S, S, S),
            '%%r4 = numjit.pow %%a0, %%a1 : %s' % S,
            '%%i = numjit.iota dim = 0 : %s' % T(dt, (1,)),
            '%%j = numjit.reshape %%i : %s -> %s' % (T(dt, (1,)), S),
            '%%r5 = numjit.add %%j, %%a1 : %s' % S,
        ]
        outs = [
            (dt, Arr((), [rnd(math.sqrt(x), dt) if x > y else -y])),
            ('i32', Arr((), [math.floor(rnd(x * y, dt))])),
            (dt, Arr((), [rnd(4 * x, dt)])),
            (dt, Arr((), [rnd(x * y, dt)])),
            (dt, Arr((), [rnd(f_pow(x, y), dt)])),
            (dt, Arr((), [y])),
        ]
        cases.append(Case('scalar_chain_' + dt, [(dt, Arr((), [x])),
                                                  (dt, Arr((), [y]))],
                          body, outs, approx={dt: 1e-6 if dt == 'f32'
                                              else 1e-13}))
    for dt in INTS:
        x, y = -17, 5
        S = T(dt, ())
        body = [
            '%%d = numjit.div %%a0, %%a1 : %s' % S,
            '%%m = numjit.rem %%a0, %%a1 : %s' % S,
            '%%r0 = numjit.add %%d, %%m : %s' % S,
            '%%r1 = numjit.convert %%d : %s -> tensor<f64>' % S,
            '%%z = numjit.sub %%a1, %%a1 : %s' % S,
            '%%r2 = numjit.div %%a0, %%z : %s' % S,
            '%%r3 = numjit.rem %%a0, %%z : %s' % S,
            '%%s = numjit.sign %%a0 : %s' % S,
            '%%b = numjit.abs %%a0 : %s' % S,
            '%%r4 = numjit.mul %%s, %%b : %s' % S,
            '%%v = numjit.broadcast_in_dim %%a0, dims = [] : %s -> %s' % (
                S, T(dt, (3,))),
            '%%r5 = numjit.argmax %%v, dim = 0 : %s -> tensor<i32>' % T(dt, (3,)),
            '%%r6 = numjit.reduce prod %%v, dims = [0] : %s -> %s' % (
                T(dt, (3,)), S),
            '%%c = numjit.compare ge, %%a0, %%a1 : %s' % S,
            '%%r7 = numjit.select %%c, %%a0, %%a1 : tensor<i1>, %s' % S,
        ]
        outs = [
            (dt, Arr((), [i_tdiv(x, y, dt) + i_trem(x, y, dt)])),
            ('f64', Arr((), [float(i_tdiv(x, y, dt))])),
            (dt, Arr((), [-1])),
            (dt, Arr((), [x])),
            (dt, Arr((), [x])),
            ('i32', Arr((), [0])),
            (dt, Arr((), [rnd(x ** 3, dt)])),
            (dt, Arr((), [x if x >= y else y])),
        ]
        cases.append(Case('scalar_chain_' + dt, [(dt, Arr((), [x])),
                                                  (dt, Arr((), [y]))],
                          body, outs))

    # ------------------------------------------------------- empty chains
    for dt in ('f32', 'f64', 'i32', 'i64'):
        E = T(dt, (0,))
        body = [
            '%%n = numjit.neg %%a0 : %s' % E,
            '%%s = numjit.add %%n, %%a1 : %s' % E,
            '%%m = numjit.max %%s, %%a0 : %s' % E,
            '%%c = numjit.compare lt, %%m, %%a1 : %s' % E,
            '%%r0 = numjit.select %%c, %%m, %%a1 : tensor<0xi1>, %s' % E,
            '%%r1 = numjit.convert %%m : %s -> tensor<0xi1>' % E,
            '%%r2 = numjit.reduce sum %%m, dims = [0] : %s -> %s' % (E, T(dt, ())),
            '%%r3 = numjit.reduce max %%m, dims = [0] : %s -> %s' % (E, T(dt, ())),
            '%%b = numjit.broadcast_in_dim %%m, dims = [1] : %s -> %s' % (
                E, T(dt, (4, 0))),
            '%%t = numjit.transpose %%b, permutation = [1, 0] : %s -> %s' % (
                T(dt, (4, 0)), T(dt, (0, 4))),
            '%%r4 = numjit.reduce min %%t, dims = [0] : %s -> %s' % (
                T(dt, (0, 4)), T(dt, (4,))),
            '%%r5 = numjit.dot_general %%b, %%a0, batch = [] x [], '
            'contract = [1] x [0] : (%s, %s) -> %s' % (T(dt, (4, 0)), E,
                                                        T(dt, (4,))),
            '%%r6 = numjit.reshape %%t : %s -> %s' % (T(dt, (0, 4)), E),
        ]
        if dt in FLOATS:
            body.append('%%x = numjit.exp %%a0 : %s' % E)
            body.append('%%r7 = numjit.logistic %%x : %s' % E)
        else:
            body.append('%%x = numjit.div %%a0, %%a1 : %s' % E)
            body.append('%%r7 = numjit.rem %%x, %%a1 : %s' % E)
        e = Arr((0,), [])
        outs = [(dt, e), ('i1', e), (dt, Arr((), [rnd(0, dt)])),
                (dt, Arr((), [-INF if dt in FLOATS else IMIN[dt]])),
                (dt, Arr((4,), [INF if dt in FLOATS else IMAX[dt]] * 4)),
                (dt, Arr((4,), [rnd(0, dt)] * 4)), (dt, e), (dt, e)]
        cases.append(Case('empty_chain_' + dt, [(dt, e), (dt, e)], body, outs))
    # i1 through empty shape ops.
    cases.append(Case(
        'empty_chain_i1', [('i1', Arr((0,), [])), ('i1', Arr((), [True]))],
        ['%c = numjit.compare ne, %a0, %a0 : tensor<0xi1>',
         '%b = numjit.broadcast_in_dim %a1, dims = [] : tensor<i1> -> tensor<0x3xi1>',
         '%t = numjit.transpose %b, permutation = [1, 0] : tensor<0x3xi1> -> tensor<3x0xi1>',
         '%r0 = numjit.reshape %t : tensor<3x0xi1> -> tensor<0xi1>',
         '%r1 = numjit.select %c, %c, %a0 : tensor<0xi1>, tensor<0xi1>',
         '%f = numjit.convert %t : tensor<3x0xi1> -> tensor<3x0xf32>',
         '%r2 = numjit.reduce sum %f, dims = [1] : tensor<3x0xf32> -> tensor<3xf32>'],
        [('i1', Arr((0,), [])), ('i1', Arr((0,), [])),
         ('f32', Arr((3,), [0.0] * 3))]))
    return cases


def build_comp():
    cases = []
    n = 37
    for dt in ('f32', 'f64', 'i32', 'i64'):
        if dt in FLOATS:
            xs = [rnd(((k * 7) % 19 - 9) * 0.5, dt) for k in range(n)]
            ys = [rnd(((k * 5) % 13 - 6) * 0.25, dt) for k in range(n)]
        else:
            xs = [((k * 7) % 19 - 9) * 1000 for k in range(n)]
            ys = [(k * 5) % 13 - 6 for k in range(n)]
        x, y = Arr((n,), xs), Arr((n,), ys)
        V = T(dt, (n,))
        ops = ['add', 'sub', 'mul', 'div', 'rem', 'max', 'min']
        body = ['%%r%d = numjit.%s %%a0, %%a1 : %s' % (i, op, V)
                for i, op in enumerate(ops)]
        if dt in FLOATS:
            fs = [f_add, f_sub, f_mul, f_div, f_rem, f_max, f_min]
        else:
            fs = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b,
                  lambda a, b: i_tdiv(a, b, dt), lambda a, b: i_trem(a, b, dt),
                  max, min]
        outs = [(dt, elementwise(f, dt, x, y)) for f in fs]
        k = len(outs)
        for j, op in enumerate(['neg', 'abs', 'sign']):
            body.append('%%r%d = numjit.%s %%a0 : %s' % (k + j, op, V))
        if dt in FLOATS:
            us = [f_neg, f_abs, f_sign]
        else:
            us = [lambda a: -a, abs, i_sign]
        outs += [(dt, elementwise(f, dt, x)) for f in us]
        body.append('%%r%d = numjit.compare lt, %%a0, %%a1 : %s' % (len(outs), V))
        outs.append(('i1', Arr((n,), [a < b for a, b in zip(x.flat, y.flat)])))
        cases.append(Case('long_' + dt, [(dt, x), (dt, y)], body, outs,
                          precision=9 if dt == 'f32' else 17,
                          opt_levels=(0, 3)))

    # softmax over rows of a 2x4 matrix.
    for dt in FLOATS:
        xs = [[1.0, 2.0, 3.0, 4.0], [-1.0, 0.0, 0.5, -2.0]]
        x = Arr((2, 4), [rnd(v, dt) for r in xs for v in r])
        M = T(dt, (2, 4))
        V = T(dt, (2,))
        body = [
            '%%m = numjit.reduce max %%a0, dims = [1] : %s -> %s' % (M, V),
            '%%mb = numjit.broadcast_in_dim %%m, dims = [0] : %s -> %s' % (V, M),
            '%%d = numjit.sub %%a0, %%mb : %s' % M,
            '%%e = numjit.exp %%d : %s' % M,
            '%%s = numjit.reduce sum %%e, dims = [1] : %s -> %s' % (M, V),
            '%%sb = numjit.broadcast_in_dim %%s, dims = [0] : %s -> %s' % (V, M),
            '%r0 = numjit.div %e, %sb : ' + M,
        ]
        out = []
        for r in xs:
            mx = max(r)
            es = [math.exp(v - mx) for v in r]
            s = sum(es)
            out += [rnd(v / s, dt) for v in es]
        cases.append(Case('softmax_' + dt, [(dt, x)], body,
                          [(dt, Arr((2, 4), out))],
                          approx={dt: 1e-6 if dt == 'f32' else 1e-13}))

    # A dense layer: tanh(x W + b), batch 2, 3 -> 2 features.
    for dt in FLOATS:
        x = Arr((2, 3), [rnd(v, dt) for v in [0.5, -1.0, 2.0, 1.5, 0.25, -0.5]])
        w = Arr((3, 2), [rnd(v, dt) for v in [0.25, -0.5, 1.0, 0.75, -0.25, 0.5]])
        b = Arr((2,), [rnd(v, dt) for v in [0.125, -0.25]])
        body = [
            '%%y = numjit.dot_general %%a0, %%a1, batch = [] x [], contract = '
            '[1] x [0] : (%s, %s) -> %s' % (T(dt, (2, 3)), T(dt, (3, 2)),
                                            T(dt, (2, 2))),
            '%%bb = numjit.broadcast_in_dim %%a2, dims = [1] : %s -> %s' % (
                T(dt, (2,)), T(dt, (2, 2))),
            '%%z = numjit.add %%y, %%bb : %s' % T(dt, (2, 2)),
            '%%r0 = numjit.tanh %%z : %s' % T(dt, (2, 2)),
        ]
        out = []
        for i in range(2):
            for j in range(2):
                acc = sum(x.get((i, k)) * w.get((k, j)) for k in range(3))
                out.append(rnd(math.tanh(acc + b.flat[j]), dt))
        cases.append(Case('dense_tanh_' + dt, [(dt, x), (dt, w), (dt, b)], body,
                          [(dt, Arr((2, 2), out))],
                          approx={dt: 1e-6 if dt == 'f32' else 1e-13}))
    return cases


if __name__ == '__main__':
    import sys
    print(write_file(sys.argv[1], HEADER_ES, build_es()), 'cases')
    print(write_file(sys.argv[2], HEADER_COMP, build_comp()), 'cases')
