func.func @signless_i8(%x: tensor<4xi8>) {
  %0 = numjit.add %x, %x : tensor<4xi8>
  return
}
