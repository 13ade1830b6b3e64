package org.accountsuccess.benchmarks.tenant;

import java.lang.ref.Reference;

/**
 * Prints what a generated tenant costs: the time to generate it and the heap it keeps, measured
 * as used heap ({@code totalMemory - freeMemory}) after full collections, before and after.
 *
 * <pre>java -Xmx2g -cp benchmarks/target/benchmarks.jar org.accountsuccess.benchmarks.tenant.TenantFootprint M</pre>
 */
public final class TenantFootprint {
    private TenantFootprint() {
    }

    public static void main(String[] args) {
        TenantSize size = TenantSize.valueOf(args.length > 0 ? args[0] : "M");
        long before = usedHeapAfterGc();
        long start = System.nanoTime();
        InMemoryHost host = TenantGenerator.generate(size, TenantGenerator.DEFAULT_SEED);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long after = usedHeapAfterGc();
        System.out.printf("size %s: %s%n", size, host.counts());
        System.out.printf("generated in %d ms; heap kept by the tenant %.1f MiB (used after GC %.1f -> %.1f MiB, max heap %.0f MiB)%n",
                millis, mib(after - before), mib(before), mib(after), mib(Runtime.getRuntime().maxMemory()));
        Reference.reachabilityFence(host);
    }

    static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
