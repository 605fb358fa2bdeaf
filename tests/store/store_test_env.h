// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Shared by the store tests: the two backends as a test parameter, a PostgreSQL server that the
// tests start themselves (a copy of an initdb template in a temporary directory, pg_ctl on a free
// 127.0.0.1 port, stopped at exit), an Engine on our own small dictionary (tests/fixtures/store/store.dict), and helpers to
// run the CLI. Header-only: the test binary compiles only *_test.cc files.

#ifndef DRAGOMAN_TESTS_STORE_STORE_TEST_ENV_H_
#define DRAGOMAN_TESTS_STORE_STORE_TEST_ENV_H_

#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "dragoman/engine.h"
#include "store/content_hash.h"
#include "store/event_store.h"
#include "store/sql_connection.h"
#include "test_util.h"

namespace dragoman::testing {

enum class Backend { kSqlite, kPostgres };

inline std::string BackendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "sqlite" : "postgres";
}

// This process's own directory under the temporary directory: other test processes, of this build
// or of another checkout's build, may run the same tests at the same time. Removed at exit when every
// test passed (kept for a look otherwise).
inline const std::string& StoreTestDir() {
  struct Dir {
    std::string path;
    Dir() {
      std::string t = ::testing::TempDir() + "/dragoman-store-test-XXXXXX";
      if (mkdtemp(t.data()) != nullptr) path = t;
    }
    ~Dir() {
      const auto* unit = ::testing::UnitTest::GetInstance();
      if (!path.empty() && unit != nullptr && unit->Passed()) {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
      }
    }
  };
  static Dir dir;
  return dir.path;
}

// A per-test path in this process's directory.
inline std::string StoreTempPath(const std::string& name) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string test = std::string(info->test_suite_name()) + "_" + info->name();
  for (char& c : test) {
    if (c == '/') c = '_';
  }
  return StoreTestDir() + "/" + test + "_" + name;
}

inline int Shell(const std::string& command) {
  const int rc = std::system(command.c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : 128;
}

// A PostgreSQL server of our own: a data directory in a temporary directory (a copy of an initdb
// template made once in /tmp), started with pg_ctl on a free loopback port, stopped (and its
// directory removed) when the process exits. As root, the server runs as the `postgres` user
// (initdb refuses root).
class PgServer {
 public:
  // The process's server, started on first use. Check ok(); why() says what is missing.
  static PgServer& Get() {
    static PgServer server;
    return server;
  }
  bool ok() const { return port_ > 0; }
  const std::string& why() const { return why_; }

  // A new, empty database; its libpq connection string.
  std::string NewDatabase() {
    static std::atomic<int> n{0};
    const std::string name = "t" + std::to_string(getpid()) + "_" + std::to_string(n++);
    auto conn = OpenPostgresConnection(ConnInfo("postgres"));
    if (!conn.ok()) {
      ADD_FAILURE() << conn.status().ToString();
      return "";
    }
    Status s = (*conn)->Script("CREATE DATABASE " + name);
    if (!s.ok()) ADD_FAILURE() << s.ToString();
    return ConnInfo(name);
  }
  std::string ConnInfo(const std::string& db) const {
    return "host=127.0.0.1 port=" + std::to_string(port_) + " user=postgres dbname=" + db + " connect_timeout=10";
  }

  ~PgServer() {
    if (!dir_.empty()) {
      if (port_ > 0) Shell(as_ + bin_ + "/pg_ctl -D " + dir_ + "/data -m immediate -w stop >/dev/null 2>&1");
      std::error_code ec;
      std::filesystem::remove_all(dir_, ec);
    }
  }

 private:
  PgServer() {
    bin_ = FindBinDir();
    if (bin_.empty()) {
      why_ = "PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's postgresql package";
      return;
    }
    uid_t owner = getuid();
    if (geteuid() == 0) {
      const passwd* pw = getpwnam("postgres");
      if (pw == nullptr) {
        why_ = "running as root and there is no 'postgres' user to run the server as";
        return;
      }
      owner = pw->pw_uid;
      as_ = "runuser -u postgres -- ";
    }
    char dir_template[] = "/tmp/dragoman-pg-XXXXXX";
    if (mkdtemp(dir_template) == nullptr) {
      why_ = "mkdtemp failed";
      return;
    }
    dir_ = dir_template;
    if (chown(dir_.c_str(), owner, static_cast<gid_t>(-1)) != 0 && geteuid() == 0) {
      why_ = "cannot give " + dir_ + " to the postgres user";
      return;
    }
    // initdb once per machine into a template (under a lock: test processes run in parallel), then
    // copy it: a copy takes a fraction of initdb's time.
    const std::string tmpl = "/tmp/dragoman-pg-template-" + std::filesystem::path(bin_).parent_path().filename().string();
    const std::string log = dir_ + "/initdb.log";
    const int lock = open((tmpl + ".lock").c_str(), O_CREAT | O_RDWR, 0644);
    if (lock < 0 || flock(lock, LOCK_EX) != 0) {
      why_ = "cannot lock " + tmpl + ".lock";
      return;
    }
    if (!std::filesystem::exists(tmpl + "/PG_VERSION")) {
      std::error_code ec;
      std::filesystem::remove_all(tmpl, ec);
      std::filesystem::remove_all(tmpl + ".tmp", ec);
      if (Shell(as_ + bin_ + "/initdb -D " + tmpl + ".tmp -U postgres -A trust --no-sync -E UTF8 --locale=C >" + log +
                " 2>&1") != 0) {
        why_ = "initdb failed: " + ReadFile(log);
        close(lock);
        return;
      }
      std::filesystem::rename(tmpl + ".tmp", tmpl, ec);
    }
    const int copied = Shell("cp -a " + tmpl + " " + dir_ + "/data");
    close(lock);
    if (copied != 0) {
      why_ = "cannot copy the initdb template " + tmpl;
      return;
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
      const int port = FreePort();
      const std::string cmd = as_ + bin_ + "/pg_ctl -D " + dir_ + "/data -l " + dir_ + "/server.log -w -t 30 -o \"-p " +
                              std::to_string(port) + " -k " + dir_ +
                              " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                              "-c full_page_writes=off -c max_connections=20 -c shared_buffers=16MB\" start "
                              ">/dev/null 2>&1";
      if (Shell(cmd) == 0) {
        port_ = port;
        return;
      }
    }
    why_ = "pg_ctl start failed: " + ReadFile(dir_ + "/server.log");
  }

  static std::string FindBinDir() {
    std::vector<std::string> found;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator("/usr/lib/postgresql", ec)) {
      const std::string bin = e.path().string() + "/bin";
      if (std::filesystem::exists(bin + "/initdb") && std::filesystem::exists(bin + "/pg_ctl")) found.push_back(bin);
    }
    std::sort(found.begin(), found.end());
    return found.empty() ? "" : found.back();
  }

  static int FreePort() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    int port = 0;
    if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
      socklen_t len = sizeof addr;
      if (getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) port = ntohs(addr.sin_port);
    }
    close(fd);
    return port;
  }

  std::string bin_, as_, dir_, why_;
  int port_ = 0;
};

// The location of a fresh, empty store on `backend`, or "" after GTEST_SKIP-worthy trouble (`why`).
inline std::string FreshStoreLocation(Backend backend, const std::string& name, std::string* why) {
  if (backend == Backend::kPostgres) {
    PgServer& pg = PgServer::Get();
    if (!pg.ok()) {
      *why = pg.why();
      return "";
    }
    return pg.NewDatabase();
  }
  const std::string path = StoreTempPath(name);
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return path;
}

// Engine options on our own store dictionary (not the shipped ones, which change as they grow).
inline EngineOptions StoreEngineOptions() {
  EngineOptions o;
  o.replace_default_dictionaries = true;
  o.dictionaries = {SourceDir() + "/tests/fixtures/store/store.dict"};
  return o;
}

inline const Engine& StoreEngine() {
  static std::unique_ptr<Engine> engine = [] {
    auto e = Engine::Create(StoreEngineOptions());
    EXPECT_TRUE(e.ok()) << e.status().ToString();
    return e.ok() ? std::move(e.value()) : nullptr;
  }();
  return *engine;
}

inline std::string StoreFingerprint() {
  static const std::string fp = [] {
    auto f = CodingFingerprint(StoreEngineOptions());
    EXPECT_TRUE(f.ok()) << f.status().ToString();
    return f.ok() ? *f : std::string();
  }();
  return fp;
}

inline std::string StoreFixture(const std::string& name) {
  return ReadFile(SourceDir() + "/tests/fixtures/store/" + name);
}

// Codes one article with `engine`.
inline CodedArticle CodeArticle(const Engine& engine, const std::string& id, const std::string& text,
                                const std::string& date, const std::string& outlet, const std::string& url) {
  auto coder = engine.NewCoder();
  Article a;
  a.id = id;
  a.raw = text;
  a.source = outlet;
  a.url = url;
  return (*coder)->Code(std::move(a), date);
}

// The CLI arguments that select our store dictionary.
inline std::string StoreDictArgs() {
  return "--no-default-dict --dict " + SourceDir() + "/tests/fixtures/store/store.dict";
}

inline std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

inline std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> f;
  size_t start = 0;
  for (;;) {
    size_t t = line.find('\t', start);
    f.push_back(line.substr(start, t == std::string::npos ? std::string::npos : t - start));
    if (t == std::string::npos) break;
    start = t + 1;
  }
  return f;
}

}  // namespace dragoman::testing

#endif  // DRAGOMAN_TESTS_STORE_STORE_TEST_ENV_H_
