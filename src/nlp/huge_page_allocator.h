// An allocator for the large weight tables. Loading a model is mostly the
// kernel handing out and zeroing pages for tables of tens of MiB, so:
// - large tables are fresh anonymous mappings, which the kernel zeroes
//   anyway, and are faulted in up front in one call, as 2 MiB pages where
//   the kernel allows (hundreds of faults instead of tens of thousands);
// - memory from allocate() is always zero and elements are
//   default-initialised, so `resize(n)` on an empty vector yields a zero
//   table without writing every byte a second time (a value given
//   explicitly, as in `vector(n, 0.0f)`, is still written).
#pragma once
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

namespace dyad::nlp {

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr std::size_t kHuge = std::size_t{2} << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}

  T* allocate(std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    if (bytes < kHuge) {
      void* p = ::operator new(bytes);
      std::memset(p, 0, bytes);
      return static_cast<T*>(p);
    }
    // Map 2 MiB more and trim to a 2 MiB-aligned start, so every whole 2 MiB
    // of the table can be a large page; the end is trimmed to whole small
    // pages, as a table rounded up to 2 MiB would be resident (the populate
    // below touches it all) up to 2 MiB more than it needs.
    const std::size_t length = rounded(bytes);
    char* raw = static_cast<char*>(mmap(nullptr, length + kHuge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    if (raw == MAP_FAILED) throw std::bad_alloc();
    const std::size_t head = (kHuge - reinterpret_cast<std::uintptr_t>(raw) % kHuge) % kHuge;
    if (head) munmap(raw, head);
    munmap(raw + head + length, kHuge - head);
    void* p = raw + head;
#ifdef MADV_HUGEPAGE
    madvise(p, length, MADV_HUGEPAGE);  // advice only: without THP these are plain pages
#endif
    // MADV_POPULATE_WRITE (Linux 5.14) faults the whole table in at once;
    // older kernels refuse it and the pages come on first touch instead.
    madvise(p, length, kPopulateWrite);
    return static_cast<T*>(p);
  }
  void deallocate(T* p, std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    if (bytes < kHuge) ::operator delete(p);
    else munmap(p, rounded(bytes));
  }

  // Default-initialisation: the memory is already zero (see allocate).
  template <typename U>
  void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(p)) U;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }

 private:
  static constexpr int kPopulateWrite = 23;  // MADV_POPULATE_WRITE, absent from older headers
  static std::size_t rounded(std::size_t bytes) {
    static const std::size_t page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    return (bytes + page - 1) / page * page;
  }
};

}  // namespace dyad::nlp
