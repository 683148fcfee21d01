"builtin.module"() ({
  "func.func"() <{arg_attrs = [{numjit.dims = ["n"]}, {}], function_type = (tensor<?x3xf32>, tensor<f32>) -> (tensor<?x3x1xf32>, tensor<?x2xf32>, tensor<?xf32>, tensor<i64>), sym_name = "dynamic"}> ({
  ^bb0(%arg0: tensor<?x3xf32>, %arg1: tensor<f32>):
    %0 = "arith.constant"() <{value = 0 : index}> : () -> index
    %1 = "tensor.dim"(%arg0, %0) : (tensor<?x3xf32>, index) -> index
    %2 = "numjit.broadcast_in_dim"(%arg1, %1) <{dims = array<i64>}> : (tensor<f32>, index) -> tensor<?x3xf32>
    %3 = "numjit.iota"(%1) <{dim = 0 : i64}> : (index) -> tensor<?x3xf32>
    %4 = "numjit.add"(%2, %3) : (tensor<?x3xf32>, tensor<?x3xf32>) -> tensor<?x3xf32>
    %5 = "numjit.reshape"(%4, %1) : (tensor<?x3xf32>, index) -> tensor<?x3x1xf32>
    %6 = "numjit.slice"(%arg0) <{limit = array<i64: -9223372036854775808, 3>, start = array<i64: 0, 1>, strides = array<i64: 1, 1>}> : (tensor<?x3xf32>) -> tensor<?x2xf32>
    %7 = "numjit.reduce"(%arg0) <{dims = array<i64: 1>, kind = 0 : i32}> : (tensor<?x3xf32>) -> tensor<?xf32>
    %8 = "numjit.get_dimension_size"(%arg0) <{dim = 0 : i64}> : (tensor<?x3xf32>) -> tensor<i64>
    "func.return"(%5, %6, %7, %8) : (tensor<?x3x1xf32>, tensor<?x2xf32>, tensor<?xf32>, tensor<i64>) -> ()
  }) : () -> ()
}) : () -> ()

