# ctest fixture for test_serve: examples/ coded and stored, plus the
# bilingual cluster, in ${DB} (built beside it, then moved into place).
file(REMOVE "${DB}" "${DB}.tmp" "${DB}.tmp-wal" "${DB}.tmp-shm")
execute_process(COMMAND "${DYAD}" ingest --db "${DB}.tmp" "${SOURCE}/examples" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dyad ingest examples/ failed (${rc}): ${err}")
endif()
execute_process(COMMAND "${DYAD}" ingest --db "${DB}.tmp" --coded "${SOURCE}/tests/serve/cluster.jsonl"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dyad ingest --coded failed (${rc}): ${err}")
endif()
file(RENAME "${DB}.tmp" "${DB}")
