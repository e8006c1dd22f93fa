package org.homeward.build;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs tasks on worker threads and hands their results to a consumer on the caller's thread, in the order the
 * tasks were given, with at most a window of results pending: the workers get ahead while the caller consumes,
 * and the output is the same as if everything ran on one thread. With one thread, each task runs at once on
 * the caller's.
 */
final class InOrder<T> implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService workers;
    private final int window;
    private final Consumer<T> consumer;
    private final Deque<Future<T>> pending = new ArrayDeque<>();

    /** {@code threads} workers feeding {@code consumer}; fewer than two means none. */
    InOrder(int threads, Consumer<T> consumer) {
        this.consumer = consumer;
        this.window = 4 * threads;
        if (threads < 2) {
            this.workers = null;
        } else {
            String name = "homeward-build-" + POOLS.incrementAndGet() + "-";
            AtomicInteger count = new AtomicInteger();
            this.workers = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task, name + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    /** Runs {@code task}; its result is consumed after those of every earlier task. */
    void submit(Callable<T> task) {
        if (workers == null) {
            consumer.accept(call(task));
            return;
        }
        pending.add(workers.submit(task));
        while (pending.size() > window) {
            consumer.accept(await(pending.poll()));
        }
    }

    /** A result known already, consumed in its turn. */
    void add(T result) {
        if (workers == null) {
            consumer.accept(result);
        } else {
            pending.add(CompletableFuture.completedFuture(result));
        }
    }

    /** Waits for every task and consumes the results still pending. */
    void finish() {
        while (!pending.isEmpty()) {
            consumer.accept(await(pending.poll()));
        }
    }

    /** Stops the workers; tasks not yet consumed are abandoned. */
    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
