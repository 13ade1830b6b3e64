package org.accountsuccess.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Costly portfolio results kept per (service, parameters, data version), at most {@code capacity}
 * of them, least recently used out first. A new data version drops the older ones. Callers asking
 * for a result that is being computed wait for it instead of computing it again, so many users
 * opening the same page cost one computation. A failed computation is not kept.
 */
final class ResultCache {
    private record Key(long version, String service, List<Object> parameters) {
    }

    private final int capacity;
    private final Map<Key, CompletableFuture<Object>> entries;
    private long newest = Long.MIN_VALUE;

    ResultCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<Object>> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    /** The result of {@code compute} for these parameters on data version {@code version}. */
    @SuppressWarnings("unchecked")
    <T> T get(long version, String service, List<Object> parameters, Supplier<T> compute) {
        if (capacity == 0) {
            return compute.get();
        }
        Key key = new Key(version, service, parameters);
        CompletableFuture<Object> result;
        boolean mine = false;
        synchronized (this) {
            if (version > newest) {
                entries.clear();
                newest = version;
            }
            if (version < newest) {
                // An answer from a version that has just been replaced: computed, never kept.
                result = null;
            } else {
                result = entries.get(key);
                if (result == null) {
                    result = new CompletableFuture<>();
                    entries.put(key, result);
                    mine = true;
                }
            }
        }
        if (result == null) {
            return compute.get();
        }
        if (mine) {
            try {
                T value = compute.get();
                result.complete(value);
                return value;
            } catch (RuntimeException | Error e) {
                synchronized (this) {
                    entries.remove(key, result);
                }
                result.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return (T) result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    synchronized int size() {
        return entries.size();
    }
}
