#define NUMJIT_LOOPS_NS loops_plain
#include "loops.inc"
