// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "store/sql_connection.h"
#include "test_util.h"

namespace dragoman {
namespace {

// Processes opening, at the same moment, a file nobody has put in WAL mode yet: one converts it,
// the others wait for it instead of failing with "database is locked" (SQLite does not call the
// busy handler for the conversion). This is a reader polling a store while the writer creates it.
// Threads of one process do not show it: SQLite settles their locks without the file system.
TEST(SqliteConnectionTest, SimultaneousOpensOfAFreshFileFromManyProcessesAllSucceed) {
  constexpr int kRounds = 10;
  constexpr int kProcesses = 16;
  int failed = 0;
  std::string first_error;
  for (int round = 0; round < kRounds; ++round) {
    const std::string path = testing::TempPath("fresh-" + std::to_string(round) + ".db");
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
    const std::string errors = path + ".errors";
    std::remove(errors.c_str());
    int start[2];
    ASSERT_EQ(pipe(start), 0);
    std::vector<pid_t> children;
    for (int i = 0; i < kProcesses; ++i) {
      const pid_t pid = fork();
      ASSERT_GE(pid, 0);
      if (pid == 0) {
        close(start[1]);
        char c;
        while (read(start[0], &c, 1) > 0) {
        }  // all start when the parent closes the pipe
        auto conn = OpenSqliteConnection(path, /*create=*/true);
        std::string mode;
        Status s = conn.ok() ? (*conn)->Run("PRAGMA journal_mode", {}, [&](const SqlRow& row) {
          mode = row.Text(0);
          return false;
        })
                             : conn.status();
        // Half of them write, as the ingester creating the store does.
        if (s.ok() && i % 2 == 0) s = (*conn)->Script("CREATE TABLE IF NOT EXISTS t(x); INSERT INTO t VALUES (1)");
        if (s.ok() && mode == "wal") _exit(0);
        if (FILE* f = std::fopen(errors.c_str(), "a")) {
          std::fprintf(f, "%s\n", s.ok() ? ("journal mode " + mode).c_str() : s.ToString().c_str());
          std::fclose(f);
        }
        _exit(1);
      }
      children.push_back(pid);
    }
    close(start[0]);
    close(start[1]);
    for (pid_t pid : children) {
      int status = 0;
      waitpid(pid, &status, 0);
      if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) ++failed;
    }
    if (first_error.empty()) first_error = testing::ReadFile(errors);
  }
  EXPECT_EQ(failed, 0) << "of " << kRounds * kProcesses << " opens; first: " << first_error;
}

TEST(SqliteConnectionTest, AFileThatIsNotADatabaseIsRefusedWithItsName) {
  const std::string path = testing::TempPath("not-a-db.db");
  {
    FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fputs("this is a text file, not a SQLite database, and it is long enough to have a header\n", f);
    std::fclose(f);
  }
  auto conn = OpenSqliteConnection(path, /*create=*/false);
  ASSERT_FALSE(conn.ok());
  EXPECT_NE(conn.status().ToString().find(path), std::string::npos) << conn.status().ToString();
}

}  // namespace
}  // namespace dragoman
