func.func @dimension_size_out_of_range(%x: tensor<?xf32>) {
  %0 = numjit.get_dimension_size %x, dim = 1 : tensor<?xf32>
  return
}
