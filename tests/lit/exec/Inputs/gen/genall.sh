#!/bin/sh
# Regenerates tests/lit/exec/*.mlir from these generators (python3 only).
set -e
cd "$(dirname "$0")"
D=../..
python3 gen_float.py $D/elementwise_float.mlir
python3 gen_int.py $D/elementwise_int.mlir
python3 gen_cmp.py $D/compare_select.mlir
python3 gen_convert.py $D/convert.mlir
python3 gen_shape.py $D/shape_ops.mlir
python3 gen_reduce.py $D/reduce.mlir
python3 gen_argmax.py $D/argmax.mlir
python3 gen_dot.py $D/dot_general.mlir
python3 gen_misc.py $D/empty_and_scalar.mlir $D/composite.mlir
python3 gen_fold.py $D/folding.mlir
