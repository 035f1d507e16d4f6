#include "cli/ordered_pool.h"

#include <algorithm>

namespace chipner::cli {

OrderedPool::OrderedPool(std::size_t threads,
                         const ProcessorFactory& make_processor) {
  for (std::size_t i = 0; i < threads; ++i) {
    std::shared_ptr<BatchProcessor> processor = make_processor();
    threads_.emplace_back([this, processor] { work(*processor); });
  }
}

OrderedPool::~OrderedPool() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (std::thread& thread : threads_) thread.join();
}

void OrderedPool::submit(std::unique_ptr<Batch> batch) {
  {
    const std::lock_guard lock(mutex_);
    auto slot = std::make_shared<Slot>();
    slot->batch = std::move(batch);
    slots_.push_back(std::move(slot));
  }
  work_ready_.notify_one();
}

std::unique_ptr<Batch> OrderedPool::take() {
  std::unique_lock lock(mutex_);
  batch_done_.wait(lock, [this] { return slots_.front()->done; });
  std::unique_ptr<Batch> batch = std::move(slots_.front()->batch);
  slots_.pop_front();
  return batch;
}

std::size_t OrderedPool::in_flight() const {
  const std::lock_guard lock(mutex_);
  return slots_.size();
}

void OrderedPool::work(BatchProcessor& processor) {
  while (true) {
    std::shared_ptr<Slot> slot;
    {
      std::unique_lock lock(mutex_);
      work_ready_.wait(lock, [&] {
        return stopping_ || std::ranges::any_of(slots_, [](const auto& s) {
                 return !s->claimed;
               });
      });
      for (const auto& s : slots_) {
        if (!s->claimed) {
          slot = s;
          break;
        }
      }
      if (!slot) return;  // stopping, nothing left
      slot->claimed = true;
    }
    processor.process(*slot->batch);
    {
      const std::lock_guard lock(mutex_);
      slot->done = true;
    }
    batch_done_.notify_all();
  }
}

}  // namespace chipner::cli
