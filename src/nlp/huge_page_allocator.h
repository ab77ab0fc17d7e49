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

#include <cstddef>
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
    void* p = mmap(nullptr, rounded(bytes), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
    madvise(p, rounded(bytes), MADV_HUGEPAGE);  // advice only: without THP these are plain pages
#endif
    // MADV_POPULATE_WRITE (Linux 5.14) faults the whole table in at once;
    // older kernels refuse it and the pages come on first touch instead.
    madvise(p, rounded(bytes), kPopulateWrite);
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
  static std::size_t rounded(std::size_t bytes) { return (bytes + kHuge - 1) / kHuge * kHuge; }
};

}  // namespace dyad::nlp
