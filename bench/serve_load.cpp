// Load on a running `dyad serve`: requests/s and latency percentiles for
// /api/events (first pages and deeper pages by cursor), /api/network and
// /api/timeline, each with varied filters so that the cache does not
// answer everything. Loopback only; bounded in time.
//   build/bench/bench_store --benchmark_filter=CountByActor # makes /tmp/dyad-bench-store-1m.db once
//   build/dyad serve --db /tmp/dyad-bench-store-1m.db --port 8099 &
//   build/bench/serve_load 8099 [SECONDS_PER_ENDPOINT=10] [CLIENTS=4]
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace {

using Clock = std::chrono::steady_clock;

const char* kActors[] = {"NLD", "KEN", "USA", "GBRGOV", "FRA", "DEU", "RUSMIL", "CHN", "SOM", "ETH",
                         "MAR", "BEL", "TUR", "IRN", "ISR", "EGYGOV", "NGA", "UKR", "POL", "SWE"};

// The paths one endpoint is asked for, in turn.
std::vector<std::string> paths_for(const std::string& endpoint) {
  std::vector<std::string> out;
  if (endpoint == "events") {
    out.push_back("/api/events");
    out.push_back("/api/events?code=057");
    out.push_back("/api/events?since=2015-03&until=2015-04");
    for (const char* a : kActors) out.push_back(std::string("/api/events?actor=") + a);
    for (int i = 0; i < 5; ++i) out.push_back(std::string("/api/events?actor=") + kActors[i] + "&with=" + kActors[i + 5]);
  } else if (endpoint == "network") {
    out.push_back("/api/network");
    for (int y = 2010; y < 2020; ++y) out.push_back("/api/network?since=" + std::to_string(y) + "&until=" + std::to_string(y));
    for (const char* root : {"04", "05", "19"}) out.push_back(std::string("/api/network?root=") + root);
    for (int q = 1; q <= 4; ++q) out.push_back("/api/network?quad=" + std::to_string(q));
    out.push_back("/api/network?lang=nl");
  } else {
    for (const char* a : kActors) out.push_back(std::string("/api/timeline?actor=") + a);
    for (int i = 0; i < 5; ++i) {
      out.push_back(std::string("/api/timeline?by=week&actor=") + kActors[i] + "&with=" + kActors[i + 5]);
    }
    out.push_back("/api/timeline");
  }
  return out;
}

struct Result {
  std::vector<double> ms;
  std::size_t errors = 0;
};

Result run(int port, const std::string& endpoint, int seconds, int clients) {
  const auto paths = paths_for(endpoint);
  Result all;
  std::mutex mu;
  std::atomic<std::size_t> next{0};
  const auto end = Clock::now() + std::chrono::seconds(seconds);
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&] {
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);
      client.set_read_timeout(60, 0);
      Result mine;
      std::string cursor_path;
      while (Clock::now() < end) {
        // Every third events request follows the cursor of the one before.
        const std::size_t n = next++;
        const std::string path = !cursor_path.empty() && n % 3 == 0 ? cursor_path : paths[n % paths.size()];
        const auto t0 = Clock::now();
        auto res = client.Get(path.c_str());
        mine.ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        if (!res || res->status != 200) {
          ++mine.errors;
          continue;
        }
        cursor_path.clear();
        if (endpoint == "events") {
          const auto j = nlohmann::json::parse(res->body, nullptr, false);
          if (!j.is_discarded() && j["next"].is_string()) {
            const std::string base = path.substr(0, path.find("cursor=") == std::string::npos ? path.size()
                                                                                               : path.find("cursor=") - 1);
            cursor_path = base + (base.find('?') == std::string::npos ? "?" : "&") + "cursor=" + j["next"].get<std::string>();
          }
        }
      }
      std::lock_guard lock(mu);
      all.ms.insert(all.ms.end(), mine.ms.begin(), mine.ms.end());
      all.errors += mine.errors;
    });
  }
  for (auto& t : threads) t.join();
  return all;
}

double percentile(std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  const auto k = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1));
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
  return v[k];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: serve_load PORT [SECONDS_PER_ENDPOINT=10] [CLIENTS=4]\n");
    return 2;
  }
  const int port = std::atoi(argv[1]);
  const int seconds = argc > 2 ? std::clamp(std::atoi(argv[2]), 1, 300) : 10;
  const int clients = argc > 3 ? std::clamp(std::atoi(argv[3]), 1, 64) : 4;
  std::printf("%-10s %9s %9s %9s %9s %9s %7s\n", "endpoint", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors");
  for (const char* endpoint : {"events", "network", "timeline"}) {
    Result r = run(port, endpoint, seconds, clients);
    const std::size_t n = r.ms.size();
    const double max = n ? *std::max_element(r.ms.begin(), r.ms.end()) : 0;
    const double p50 = percentile(r.ms, 0.5), p99 = percentile(r.ms, 0.99);
    std::printf("%-10s %9zu %9.0f %9.1f %9.1f %9.1f %7zu\n", endpoint, n, static_cast<double>(n) / seconds, p50, p99,
                max, r.errors);
  }
  return 0;
}
