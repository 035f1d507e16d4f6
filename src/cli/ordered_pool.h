// cli/ordered_pool.h: worker threads that process batches in any order and
// hand them back in submission order.
//
// submit() queues a batch; take() returns the oldest submitted batch once it
// is processed. The caller bounds the batches in flight (it calls take()
// when in_flight() is large), so memory stays bounded however fast the input
// arrives. Each worker owns one BatchProcessor, made by the factory.

#ifndef CHIPNER_CLI_ORDERED_POOL_H_
#define CHIPNER_CLI_ORDERED_POOL_H_

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "cli/batch.h"

namespace chipner::cli {

class OrderedPool {
 public:
  using ProcessorFactory = std::function<std::unique_ptr<BatchProcessor>()>;

  OrderedPool(std::size_t threads, const ProcessorFactory& make_processor);
  ~OrderedPool();
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;
  OrderedPool(OrderedPool&&) = delete;
  OrderedPool& operator=(OrderedPool&&) = delete;

  void submit(std::unique_ptr<Batch> batch);
  // Blocks until the oldest batch in flight is processed and returns it.
  // Precondition: in_flight() > 0.
  std::unique_ptr<Batch> take();
  [[nodiscard]] std::size_t in_flight() const;

 private:
  struct Slot {
    std::unique_ptr<Batch> batch;
    bool claimed = false;
    bool done = false;
  };
  void work(BatchProcessor& processor);

  mutable std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable batch_done_;
  std::deque<std::shared_ptr<Slot>> slots_;  // in submission order
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace chipner::cli

#endif  // CHIPNER_CLI_ORDERED_POOL_H_
