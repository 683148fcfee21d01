# numjit_add_kernels(<target> GENERATOR <source-or-target> [LIBRARY <name>] [ARGS ...])
#
# Ahead-of-time kernels built with the project. The generator -- a C++
# source file built here against numjit::numjit, or an executable target
# -- runs at build time (again whenever it changes) as
#     <generator> <output-dir> [ARGS...]
# and passes <output-dir> to nj::aot::Library::write. <target> is then a
# static library holding <output-dir>/<name>.o (LIBRARY: the name the
# generator gives its nj::aot::Library; default <target>), whose include
# directory holds <name>.h and whose link interface is what the object needs
# (<name>.ld: libm, and libomp/OpenBLAS when kernels use them, libdl for a
# CUDA target, whose launcher <name>_cuda.c is compiled in). A consumer
# links <target> and nothing of numjit.
function(numjit_add_kernels target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "GENERATOR;LIBRARY" "ARGS")
  if(NOT arg_GENERATOR)
    message(FATAL_ERROR "numjit_add_kernels(${target}): GENERATOR <source or target> is required")
  endif()
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "numjit_add_kernels(${target}): unexpected arguments ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT arg_LIBRARY)
    set(arg_LIBRARY ${target})
  endif()
  if(TARGET ${arg_GENERATOR})
    set(generator ${arg_GENERATOR})
  else()
    set(generator ${target}-generator)
    add_executable(${generator} ${arg_GENERATOR})
    target_link_libraries(${generator} PRIVATE numjit::numjit)
  endif()

  set(dir "${CMAKE_CURRENT_BINARY_DIR}/${target}.numjit")
  set(outputs "${dir}/${arg_LIBRARY}.o" "${dir}/${arg_LIBRARY}.h" "${dir}/${arg_LIBRARY}.ld"
              "${dir}/${arg_LIBRARY}_cuda.c")
  # A generator that names its library differently writes other files: say so.
  file(WRITE "${dir}/check.cmake"
    "foreach(f ${outputs})\n"
    "  if(NOT EXISTS \"\${f}\")\n"
    "    message(FATAL_ERROR \"numjit_add_kernels(${target}): the generator did not write \${f}; "
    "its nj::aot::Library must be named '${arg_LIBRARY}' (or pass LIBRARY <name>)\")\n"
    "  endif()\n"
    "endforeach()\n")
  add_custom_command(OUTPUT ${outputs}
    COMMAND ${CMAKE_COMMAND} -E make_directory "${dir}"
    COMMAND ${generator} "${dir}" ${arg_ARGS}
    COMMAND ${CMAKE_COMMAND} -P "${dir}/check.cmake"
    DEPENDS ${generator}
    COMMENT "Generating numjit kernels ${arg_LIBRARY} (${target})"
    VERBATIM)
  add_custom_target(${target}-generate DEPENDS ${outputs})

  # <name>_cuda.c: a CUDA target's launcher (C that is also C++), else a
  # placeholder.
  add_library(${target} STATIC "${dir}/${arg_LIBRARY}.o" "${dir}/${arg_LIBRARY}_cuda.c")
  set_source_files_properties("${dir}/${arg_LIBRARY}.o" PROPERTIES
    EXTERNAL_OBJECT TRUE GENERATED TRUE)
  get_property(languages GLOBAL PROPERTY ENABLED_LANGUAGES)
  if(NOT "C" IN_LIST languages)
    set_source_files_properties("${dir}/${arg_LIBRARY}_cuda.c" PROPERTIES LANGUAGE CXX)
  endif()
  if("C" IN_LIST languages)
    set_target_properties(${target} PROPERTIES LINKER_LANGUAGE C)
  else()
    set_target_properties(${target} PROPERTIES LINKER_LANGUAGE CXX)
  endif()
  target_include_directories(${target} INTERFACE "${dir}")
  target_link_libraries(${target} INTERFACE "${dir}/${arg_LIBRARY}.ld")
  add_dependencies(${target} ${target}-generate)
endfunction()
