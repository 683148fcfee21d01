from lib import *
from sem import *
import math

HEADER = """\
// Execution tests: float elementwise ops (unary and binary) on f32 and f64,
// each on a vector (a matrix for f64), a rank-0 tensor and an empty tensor.
// Expected values were computed independently in double precision and
// rounded to the element type. Transcendental ops use polynomial
// approximations, so they are printed with fewer digits (--precision).
// Not checked (reported bug): sin_f32(-0.0) gives +0.0 instead of -0.0.
"""

E = 2.718281828459045
PI2 = 1.5707963267948966

UNARY = {
    'neg': (f_neg, [1.5, -2.25, 0.0, -0.0, INF, -INF, NAN, 0.001], 3.0, False),
    'exp': (f_exp, [0.0, 1.0, -1.0, 2.0, 0.5, -2.5, 10.0, -10.0, INF, -INF,
                    NAN, 80.0], 1.0, True),
    'log': (f_log, [1.0, 2.0, 0.5, 10.0, E, 0.001, 100.0, 0.0, -0.0, -1.0,
                    INF, NAN], 2.0, True),
    'sin': (f_sin, [0.0, 0.5, 1.0, -1.0, 2.0, 3.0, -3.0, PI2, 10.0, -0.0,
                    INF, NAN], 1.0, True),
    'cos': (f_cos, [0.0, 0.5, 1.0, -1.0, 2.0, 3.0, -3.0, 0.25, 10.0, -0.0,
                    INF, NAN], 1.0, True),
    'tanh': (f_tanh, [0.0, 0.5, -0.5, 1.0, -2.0, 3.0, 10.0, -20.0, INF, -INF,
                      NAN, 0.001], 0.5, True),
    'sqrt': (f_sqrt, [0.0, -0.0, 1.0, 2.0, 0.25, 16.0, 1e10, -1.0, INF, NAN,
                      3.0, 100.0], 9.0, True),
    'rsqrt': (f_rsqrt, [1.0, 4.0, 0.25, 2.0, 16.0, 0.0, -0.0, -1.0, INF, NAN,
                        100.0, 3.0], 4.0, True),
    'abs': (f_abs, [-1.5, 2.0, -0.0, 0.0, -INF, INF, NAN, -3.25], -7.5, False),
    'sign': (f_sign, [-2.5, 3.0, 0.0, -0.0, NAN, -INF, INF, 1e-30], -0.5,
             False),
    'floor': (f_floor, [1.5, -1.5, 2.0, -0.5, 0.0, -0.0, 3.999, -3.001, INF,
                        -INF, NAN, 8388607.5, 0.49999997, 1e10, -2.0, 0.5],
              -2.5, False),
    'logistic': (f_logistic, [0.0, 1.0, -1.0, 2.0, -2.0, 10.0, -10.0, 50.0,
                              -50.0, INF, -INF, NAN], 0.0, True),
}

BINARY = {
    'add': (f_add, [1.5, -2.0, 0.25, 1e30, INF, INF, NAN, -0.0],
            [2.25, 2.0, -0.125, 1.0, 1.0, -INF, 1.0, -0.0], (1.5, 2.5)),
    'sub': (f_sub, [5.0, -2.0, 0.5, INF, INF, 0.0, 1.0, 3.0],
            [1.5, 2.0, 0.5, 1.0, INF, 0.0, -1.0, 0.1], (1.0, 3.5)),
    'mul': (f_mul, [1.5, -2.0, 0.0, -0.0, INF, INF, 1e20, 3.0],
            [2.0, 2.5, -1.0, -1.0, 0.0, -2.0, 1e20, 1.0 / 3.0], (-3.0, 0.5)),
    'div': (f_div, [1.0, -3.0, 1.0, -1.0, 0.0, 7.0, INF, 1.0, 1.0, NAN],
            [4.0, 2.0, 0.0, 0.0, 0.0, -2.0, INF, -0.0, 3.0, 1.0], (1.0, 8.0)),
    'rem': (f_rem, [7.0, -7.0, 7.0, -7.0, 5.5, 1.0, INF, 1.0, -6.0, 0.75],
            [3.0, 3.0, -3.0, -3.0, 2.0, 0.0, 2.0, INF, 3.0, 0.5], (-7.5, 2.0)),
    'pow': (f_pow, [2.0, 4.0, 2.0, 9.0, 0.0, -2.0, -2.0, 1.0, 0.0, 10.0, 2.5,
                    NAN],
            [3.0, 0.5, -1.0, 0.5, 0.0, 2.0, 0.5, NAN, -1.0, -2.0, 2.0, 0.0],
            (3.0, 4.0)),
    'max': (f_max, [1.0, -2.0, NAN, 3.0, INF, -INF, 2.5, 0.0],
            [2.0, -3.0, 1.0, NAN, 5.0, -5.0, 2.5, NAN], (-1.0, -2.0)),
    'min': (f_min, [1.0, -2.0, NAN, 3.0, INF, -INF, 2.5, 0.0],
            [2.0, -3.0, 1.0, NAN, 5.0, -5.0, 2.5, NAN], (-1.0, -2.0)),
}

# Relative error accepted for approximated ops, per dtype (f32: ~8 ulp).
APPROX = {'f32': 1e-6, 'f64': 1e-13}


def main_shape(dt, n):
    return (n,) if dt == 'f32' else (2, n // 2)


def build():
    cases = []
    for op, (f, data, scalar, approx) in UNARY.items():
        for dt in FLOATS:
            if op == 'sin' and dt == 'f32':
                # sin_f32(-0.0) gives +0.0 (reported bug); not checked here.
                data = [-0.5 if (x == 0 and math.copysign(1, x) < 0) else x
                        for x in data]
            v = Arr(main_shape(dt, len(data)), [rnd(x, dt) for x in data])
            s = Arr((), [rnd(scalar, dt)])
            e = Arr((0,), [])
            args = [(dt, v), (dt, s), (dt, e)]
            body = ['%%r%d = numjit.%s %%a%d : %s' % (i, op, i,
                                                       tensor_type(dt, a.shape))
                    for i, (_, a) in enumerate(args)]
            outs = [(dt, elementwise(f, dt, a)) for _, a in args]
            cases.append(Case('%s_%s' % (op, dt), args, body, outs,
                              approx={dt: APPROX[dt]} if approx else None))
    for op, (f, xs, ys, (sx, sy)) in BINARY.items():
        for dt in FLOATS:
            shp = main_shape(dt, len(xs))
            x = Arr(shp, [rnd(v, dt) for v in xs])
            y = Arr(shp, [rnd(v, dt) for v in ys])
            s = Arr((), [rnd(sx, dt)])
            t = Arr((), [rnd(sy, dt)])
            e = Arr((0,), [])
            args = [(dt, x), (dt, y), (dt, s), (dt, t), (dt, e), (dt, e)]
            body = []
            outs = []
            for i in range(3):
                a, b = args[2 * i][1], args[2 * i + 1][1]
                body.append('%%r%d = numjit.%s %%a%d, %%a%d : %s' % (
                    i, op, 2 * i, 2 * i + 1, tensor_type(dt, a.shape)))
                outs.append((dt, elementwise(f, dt, a, b)))
            cases.append(Case('%s_%s' % (op, dt), args, body, outs,
                              approx={dt: APPROX[dt]} if op == 'pow' else None))
    return cases


if __name__ == '__main__':
    import sys
    n = write_file(sys.argv[1], HEADER, build())
    print(n, 'cases')
