# FindPgQuery
# -----------
# Finds libpg_query (Debian: libpg-query-dev), which ships neither a CMake
# config nor a pkg-config file. Its protobuf API needs protobuf-c's header.
#
# Imported target: PgQuery::PgQuery

find_path(PgQuery_INCLUDE_DIR NAMES pg_query.h)
find_library(PgQuery_LIBRARY NAMES pg_query)
find_path(PgQuery_PROTOBUF_C_INCLUDE_DIR NAMES protobuf-c/protobuf-c.h)

if(PgQuery_INCLUDE_DIR AND EXISTS "${PgQuery_INCLUDE_DIR}/pg_query.h")
    file(STRINGS "${PgQuery_INCLUDE_DIR}/pg_query.h" _pgq_version_line
         REGEX "^#define PG_VERSION \"[0-9.]+\"")
    string(REGEX REPLACE ".*\"([0-9.]+)\".*" "\\1" PgQuery_VERSION "${_pgq_version_line}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PgQuery
    REQUIRED_VARS PgQuery_LIBRARY PgQuery_INCLUDE_DIR PgQuery_PROTOBUF_C_INCLUDE_DIR
    VERSION_VAR PgQuery_VERSION)

if(PgQuery_FOUND AND NOT TARGET PgQuery::PgQuery)
    add_library(PgQuery::PgQuery UNKNOWN IMPORTED)
    set_target_properties(PgQuery::PgQuery PROPERTIES
        IMPORTED_LOCATION "${PgQuery_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PgQuery_INCLUDE_DIR};${PgQuery_PROTOBUF_C_INCLUDE_DIR}")
endif()

mark_as_advanced(PgQuery_INCLUDE_DIR PgQuery_LIBRARY PgQuery_PROTOBUF_C_INCLUDE_DIR)
