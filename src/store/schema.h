// The store's schema as a numbered list of migrations. A database records
// the dyad application id (PRAGMA application_id and the meta table) and the
// version it was migrated to; opening applies the missing migrations in one
// transaction and refuses files that are not dyad databases or are newer.
#pragma once
#include <cstdint>
#include <string_view>

#include "store/sql.h"

namespace dyad::store {

// "dyad" in ASCII: tells a dyad database from any other SQLite file.
inline constexpr std::int32_t kApplicationId = 0x64796164;
inline constexpr int kSchemaVersion = 7;

// The version recorded in the database; 0 for an empty (new) file. Throws
// StoreError when the file is not a dyad database.
int schema_version(Connection& db);

// The recorded schema version as text ("5") to its number: 1 to
// kMaxSchemaVersion, else StoreError ("damaged dyad database ...").
inline constexpr int kMaxSchemaVersion = 1000;
int parse_schema_version(std::string_view text);

// Applies migrations up to `target` (tests migrate to older versions) in one
// transaction. Throws StoreError, leaving the file unchanged, when the file
// is not a dyad database or its version is newer than `target`.
void migrate(Connection& db, int target = kSchemaVersion);

}  // namespace dyad::store
