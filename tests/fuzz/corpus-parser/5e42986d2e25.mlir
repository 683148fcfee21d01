func.func @dynamic(%x: tensor<?x3xf32> {numjit.dims = ["n"]}, %s: tensor<f32>)
    -> (tensor<?x3x1xf32>, tensor<?x2xf32>, tensor<?xf32>, tensor<i64>) {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?x3xf32>
  %b = numjit.broadcast_in_dim %s, dims = [], sizes = [%n] : tensor<f32> -> tensor<?x3xf32>
  %i = numjit.iota dim = 0, sizes = [%n] : tensor<?x3xf32>
  %a = numjit.add %b, %i : tensor<?x3xf32>
  %r = numjit.reshape %a, sizes = [%n] : tensor<?x3xf32> -> tensor<?x3x1xf32>
  %sl = numjit.slice %x, start = [0, 1], limit = [-9223372036854775808, 3], strides = [1, 1] : tensor<?x3xf32> -> tensor<?x2xf32>
  %red = numjit.reduce sum %x, dims = [1] : tensor<?x3xf32> -> tensor<?xf32>
  %size = numjit.get_dimension_size %x, dim = 0 : tensor<?x3xf32>
  return %r, %sl, %red, %size : tensor<?x3x1xf32>, tensor<?x2xf32>, tensor<?xf32>, tensor<i64>
}
